// Group commit in RecordStore, against a fake database that records each INSERT: records that
// arrive together share one transaction, each insert() settles only with its transaction, the
// batch and the queue are bounded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecordStore, QueueFullError } from '../../../dist/server/store.js';
import { record } from '../../helpers/consent-server.mjs';

/** A fake Db: each INSERT waits until the test calls `commit()` (or `fail()`). */
function fakeDb(kind = 'pglite') {
  const inserts = [];
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    kind,
    inserts,
    get maxInFlight() {
      return maxInFlight;
    },
    query(sql, params) {
      assert.match(sql, /^INSERT INTO consent_records/);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise((resolve, reject) => {
        inserts.push({
          rows: JSON.parse(params[0]),
          commit: () => (inFlight--, resolve([])),
          fail: (error) => (inFlight--, reject(error)),
        });
      });
    },
  };
}
/** Yields to the event loop (no timer) until `condition` holds; gives up after a second. */
const until = async (condition) => {
  const end = Date.now() + 1000;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise(setImmediate);
  }
};
const settled = (promise) => {
  const state = { done: false };
  promise.then(() => (state.done = 'resolved'), () => (state.done = 'rejected'));
  return state;
};

test('records arriving together go into one INSERT; each is acknowledged only once it committed', async () => {
  const db = fakeDb();
  const store = new RecordStore(db, { maxDelayMs: 20 });
  const states = Array.from({ length: 50 }, () => settled(store.insert(record(), Date.now())));
  await until(() => db.inserts.length == 1);
  // All 50 are in that one INSERT: no record is left to make a second.
  assert.equal(db.inserts[0].rows.length, 50);
  assert.equal(db.inserts.length, 1, 'one transaction');
  assert.ok(states.every((state) => !state.done), 'nothing acknowledged before the commit');
  db.inserts[0].commit();
  await until(() => states.every((state) => state.done));
  assert.ok(states.every((state) => state.done == 'resolved'));
  await store.flushed();
});

test('records that arrive while an INSERT runs wait for the next one (one writer on PGlite); a failed INSERT fails its records only', async () => {
  const db = fakeDb();
  // No batching delay: a record that may be written is written at once, in insert() itself (up
  // to db.query, synchronously), so a second INSERT started too early would already be there.
  const store = new RecordStore(db, { maxDelayMs: 0 });
  const first = settled(store.insert(record(), Date.now()));
  await until(() => db.inserts.length == 1);
  const later = Array.from({ length: 10 }, () => settled(store.insert(record(), Date.now())));
  assert.equal(db.inserts.length, 1, 'no second INSERT while the first runs');
  db.inserts[0].fail(Object.assign(new Error('disk full'), { code: '53100' }));
  await until(() => db.inserts.length == 2);
  assert.equal(first.done, 'rejected');
  assert.equal(db.inserts[1].rows.length, 10);
  db.inserts[1].commit();
  await until(() => later.every((state) => state.done));
  assert.ok(later.every((state) => state.done == 'resolved'));
  assert.equal(db.maxInFlight, 1);
});

test('a batch holds at most maxBatch rows; a server store runs two INSERTs at once', async () => {
  const db = fakeDb('postgres');
  const store = new RecordStore(db, { maxDelayMs: 50, maxBatch: 100 });
  const all = Array.from({ length: 250 }, () => store.insert(record(), Date.now()));
  await until(() => db.inserts.length == 2);
  assert.deepEqual(db.inserts.map((insert) => insert.rows.length), [100, 100]);
  db.inserts[0].commit();
  await until(() => db.inserts.length == 3);
  assert.equal(db.inserts[2].rows.length, 50);
  db.inserts[1].commit();
  db.inserts[2].commit();
  await Promise.all(all);
  assert.equal(db.maxInFlight, 2);
});

test('a full queue refuses at once with QueueFullError instead of growing', async () => {
  const db = fakeDb();
  const store = new RecordStore(db, { maxDelayMs: 1, maxQueue: 5 });
  const running = store.insert(record(), Date.now());
  await until(() => db.inserts.length == 1);
  const waiting = Array.from({ length: 5 }, () => store.insert(record(), Date.now()));
  await assert.rejects(store.insert(record(), Date.now()), QueueFullError);
  db.inserts[0].commit();
  await until(() => db.inserts.length == 2);
  db.inserts[1].commit();
  await Promise.all([running, ...waiting]);
  // Room again once the queue drained.
  const again = store.insert(record(), Date.now());
  await until(() => db.inserts.length == 3);
  db.inserts[2].commit();
  await again;
});

// The consent-records server over real HTTP, against PGlite and a real PostgreSQL server:
// ingest, validation, idempotence, reads behind the token, CORS, rate limit, export, retention.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { post, read, record, startServer, TOKEN } from '../../helpers/consent-server.mjs';
import { startPostgres } from '../../helpers/postgres.mjs';

const DAY = 86_400_000;
const cluster = await startPostgres();
after(() => cluster?.stop());

for (const kind of ['pglite', 'postgres']) {
  describe(`consent server on ${kind}`, { skip: kind == 'postgres' && !cluster && 'PostgreSQL unavailable (see the notice above)' }, () => {
    let server;
    let backend;
    const start = (options) => startServer(backend, options);
    before(async () => {
      backend = kind == 'pglite' ? { kind } : { kind, url: await cluster.newDatabase() };
      server = await start();
    });
    after(() => server?.stop());

    test('GET /health answers 200 without a token', async () => {
      const response = await fetch(`${server.base}/health`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok' });
    });

    test('a beacon (text/plain) is stored once however often it is sent, and read back by its id', async () => {
      const sent = record({ services: { 'google-analytics': true, youtube: false } });
      for (let i = 0; i < 3; i++) assert.equal((await post(server.base, sent)).status, 204);
      assert.equal((await post(server.base, sent, { 'Content-Type': 'application/json' })).status, 204);
      const response = await read(server.base, `/consent/${sent.consentId}`);
      assert.equal(response.status, 200);
      const records = await response.json();
      assert.equal(records.length, 1);
      const { receivedAt, ...stored } = records[0];
      assert.deepEqual(stored, sent);
      assert.ok(Math.abs(receivedAt - Date.now()) < 60_000);
    });

    test("an older client's full user agent is reduced to browser family, major version and device class", async () => {
      const { browser, device, ...rest } = record();
      const userAgent = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1';
      assert.equal((await post(server.base, { ...rest, userAgent })).status, 204);
      const [stored] = await (await read(server.base, `/consent/${rest.consentId}`)).json();
      assert.equal(stored.browser, 'Safari 18');
      assert.equal(stored.device, 'mobile');
      assert.ok(!JSON.stringify(stored).includes('iPhone OS'), 'the full user agent is not stored');
    });

    test('the records of one consent id come back oldest first, whatever order they arrived in', async () => {
      const consentId = crypto.randomUUID();
      const now = Date.now();
      const sent = [
        record({ consentId, timestamp: now - 5000, reason: 'reject-all' }),
        record({ consentId, timestamp: now - 60 * DAY, reason: 'accept-all' }),
        record({ consentId, timestamp: now, reason: 'reset' }),
      ];
      for (const body of sent) assert.equal((await post(server.base, body)).status, 204);
      const records = await (await read(server.base, `/consent/${consentId.toUpperCase()}`)).json();
      assert.deepEqual(records.map((r) => r.reason), ['accept-all', 'reject-all', 'reset']);
    });

    test('invalid records get 400 with an error and store nothing', async () => {
      const consentId = crypto.randomUUID();
      const valid = record({ consentId });
      const cases = {
        'not JSON': 'consentId=1',
        truncated: JSON.stringify(valid).slice(0, 40),
        'an array': '[1,2]',
        'a UUID that is not v4': { ...valid, consentId: consentId.replace(/^(.{14})4/, '$11') },
        'a string timestamp': { ...valid, timestamp: String(valid.timestamp) },
        'a timestamp two days ahead': { ...valid, timestamp: Date.now() + 2 * DAY },
        'a fractional revision': { ...valid, revision: 1.5 },
        'an unknown reason': { ...valid, reason: 'maybe' },
        'an unknown field': { ...valid, ip: '203.0.113.9' },
        'a string choice': { ...valid, choices: { analytics: 'true' } },
        'a category name with SQL': { ...valid, choices: { "x'); DROP TABLE consent_records;--": true } },
        'a language with SQL': { ...valid, language: "fr'; DELETE FROM consent_records; --" },
        'a url with a query': { ...valid, url: 'https://www.example.fr/?email=a@b.fr' },
        'a javascript: url': { ...valid, url: 'javascript:alert(1)' },
        'a bad service id': { ...valid, services: { 'Google Analytics': true } },
        'a gpc that is a string': { ...valid, gpc: '1' },
        'a formula as policy version': { ...valid, policyVersion: '=HYPERLINK("x")' },
        'a device class that does not exist': { ...valid, device: 'fridge' },
      };
      for (const [name, body] of Object.entries(cases)) {
        const response = await post(server.base, body);
        assert.equal(response.status, 400, name);
        const { error } = await response.json();
        assert.equal(typeof error, 'string', name);
      }
      assert.deepEqual(await (await read(server.base, `/consent/${consentId}`)).json(), []);
    });

    test('a body over 8 KiB gets 413, an unknown content type 415', async () => {
      const big = record({ policyVersion: 'v' + 'x'.repeat(60) });
      const body = JSON.stringify(big).replace('}', `,"pad":"${'x'.repeat(9000)}"}`);
      assert.equal((await post(server.base, body)).status, 413);
      // Sent in chunks, without a length: counted as it arrives, refused past 8 KiB too.
      const chunked = (text) =>
        fetch(`${server.base}/consent`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          duplex: 'half',
          body: new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode(text)), controller.close()) }),
        });
      assert.equal((await chunked(body)).status, 413);
      assert.equal((await chunked(JSON.stringify(record()))).status, 204);
      assert.equal((await post(server.base, record(), { 'Content-Type': 'application/x-www-form-urlencoded' })).status, 415);
    });

    test('reads without a token, or with a wrong one, get 401; so does a server with no token configured', async () => {
      const id = crypto.randomUUID();
      for (const path of [`/consent/${id}`, '/export?format=csv', '/stats']) {
        assert.equal((await read(server.base, path, null)).status, 401, path);
        assert.equal((await read(server.base, path, 'wrong')).status, 401, path);
        assert.equal((await read(server.base, path, TOKEN + 'x')).status, 401, path);
        assert.equal((await fetch(`${server.base}${path}`, { headers: { Authorization: TOKEN } })).status, 401, path);
      }
      const closed = await start({ adminToken: undefined });
      try {
        assert.equal((await read(closed.base, `/consent/${id}`)).status, 401);
        assert.equal((await read(closed.base, '/dashboard')).status, 401);
        assert.equal((await post(closed.base, record())).status, 204, 'ingest still works');
      } finally {
        await closed.stop();
      }
    });

    test('CORS headers only for the allowed origins; other origins cannot post', async () => {
      const cors = await start({ allowOrigins: ['https://www.example.fr'] });
      try {
        const preflight = await fetch(`${cors.base}/consent`, {
          method: 'OPTIONS',
          headers: { Origin: 'https://www.example.fr', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
        });
        assert.equal(preflight.status, 204);
        assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://www.example.fr');
        const allowed = await post(cors.base, record(), { 'Content-Type': 'text/plain', Origin: 'https://www.example.fr' });
        assert.equal(allowed.status, 204);
        assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.example.fr');
        const other = await post(cors.base, record(), { 'Content-Type': 'text/plain', Origin: 'https://evil.example' });
        assert.equal(other.status, 403);
        assert.equal(other.headers.get('access-control-allow-origin'), null);
        const otherPreflight = await fetch(`${cors.base}/consent`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
        assert.equal(otherPreflight.headers.get('access-control-allow-origin'), null);
      } finally {
        await cors.stop();
      }
      const open = await post(server.base, record(), { 'Content-Type': 'text/plain', Origin: 'https://anywhere.example' });
      assert.equal(open.status, 204);
      assert.equal(open.headers.get('access-control-allow-origin'), null, 'no --allow-origin: no CORS header');
    });

    test('too many records from one client get 429', async () => {
      const limited = await start({ rateLimit: 5 });
      try {
        const statuses = [];
        for (let i = 0; i < 7; i++) statuses.push((await post(limited.base, record())).status);
        assert.deepEqual(statuses, [204, 204, 204, 204, 204, 429, 429]);
        const response = await post(limited.base, record());
        assert.equal(typeof (await response.json()).error, 'string');
      } finally {
        await limited.stop();
      }
    });

    test('records wait together for one transaction; when the queue is full, 503 with Retry-After, and nothing is lost', async () => {
      // Records wait up to 3 s for companions, at most 3 of them: the 4th and 5th find it full.
      const busy = await start({ batch: { maxDelayMs: 3000, maxQueue: 3 } });
      try {
        const sent = Array.from({ length: 5 }, () => record());
        const responses = await Promise.all(sent.map((body) => post(busy.base, body)));
        const statuses = responses.map((response) => response.status).sort();
        assert.deepEqual(statuses, [204, 204, 204, 503, 503]);
        for (const response of responses.filter((response) => response.status == 503)) {
          assert.equal(response.headers.get('retry-after'), '1');
          assert.equal(typeof (await response.json()).error, 'string');
        }
        for (const [index, body] of sent.entries()) {
          const stored = await (await read(busy.base, `/consent/${body.consentId}`)).json();
          assert.equal(stored.length, responses[index].status == 204 ? 1 : 0, 'acknowledged records are stored, refused ones are not');
        }
      } finally {
        await busy.stop();
      }
    });

    test('the export streams the records of a period as CSV or NDJSON, oldest first', async () => {
      const day = Date.UTC(2026, 0, 1) > Date.now() - 300 * DAY ? Date.now() - 10 * DAY : Date.UTC(2026, 0, 1);
      const date = (offset) => new Date(day + offset * DAY).toISOString().slice(0, 10);
      const consentId = crypto.randomUUID();
      const base = Date.parse(date(0));
      const sent = [
        record({ consentId, timestamp: base + 1000, reason: 'accept-all', policyVersion: 3 }),
        record({ consentId, timestamp: base + DAY + 5, reason: 'save' }),
        record({ consentId, timestamp: base + 2 * DAY + 5, reason: 'reject-all' }),
      ];
      for (const body of sent) assert.equal((await post(server.base, body)).status, 204);
      const ndjson = await read(server.base, `/export?from=${date(0)}&to=${date(1)}&format=ndjson`);
      assert.equal(ndjson.status, 200);
      assert.match(ndjson.headers.get('content-type'), /ndjson/);
      const lines = (await ndjson.text()).trim().split('\n').map((line) => JSON.parse(line)).filter((r) => r.consentId == consentId);
      assert.deepEqual(lines.map((r) => r.reason), ['accept-all', 'save']);
      assert.equal(lines[0].policyVersion, '3');
      const csv = await read(server.base, `/export?from=${date(0)}&to=${date(2)}&format=csv`);
      assert.match(csv.headers.get('content-type'), /text\/csv/);
      const rows = (await csv.text()).trim().split('\r\n');
      assert.match(rows[0], /^consent_id,timestamp,received_at,reason,/);
      assert.deepEqual(rows.filter((row) => row.startsWith(consentId)).map((row) => row.split(',')[3]), ['accept-all', 'save', 'reject-all']);
      for (const bad of ['from=2026-13-99', 'from=yesterday', 'format=xml', `from=${date(2)}&to=${date(0)}`])
        assert.equal((await read(server.base, `/export?${bad}`)).status, 400, bad);
    });

    test('the dashboard figures count decisions per day, category, reason, language and page', async () => {
      const url = `https://stats.example/${crypto.randomUUID()}`;
      const today = new Date().toISOString().slice(0, 10);
      const bodies = [
        record({ url, reason: 'accept-all', choices: { analytics: true, marketing: true }, gpc: false, language: 'de' }),
        record({ url, reason: 'reject-all', choices: { analytics: false, marketing: false }, gpc: true, language: 'de' }),
        record({ url, reason: 'close', choices: { analytics: false, marketing: false }, gpc: false, language: 'de' }),
        record({ url, reason: 'save', choices: { analytics: true, marketing: false }, gpc: false, language: 'de' }),
      ];
      for (const body of bodies) assert.equal((await post(server.base, body)).status, 204);
      const stats = await (await read(server.base, `/stats?from=${today}&to=${today}`)).json();
      const page = stats.pages.find((p) => p.key == url);
      assert.deepEqual(page, { key: url, total: 4, reasons: { 'accept-all': 1, 'reject-all': 1, close: 1, save: 1 } });
      assert.ok(stats.languages.find((l) => l.key == 'de').total >= 4);
      const analytics = stats.categories.find((c) => c.day == today && c.category == 'analytics');
      assert.ok(analytics.total >= 4 && analytics.granted >= 2);
      assert.ok(stats.reasons.some((r) => r.day == today && r.reason == 'reject-all' && r.gpc >= 1));
    });

    test('retention drops whole monthly partitions past the limit, at start and on demand', async () => {
      let clock = Date.now();
      const dated = await start({
        ...(kind == 'postgres' ? { databaseUrl: await cluster.newDatabase() } : {}),
        retentionDays: 60,
        now: () => clock,
      });
      try {
        const old = record({ timestamp: clock - 50 * DAY });
        const recent = record({ timestamp: clock });
        assert.equal((await post(dated.base, old)).status, 204);
        assert.equal((await post(dated.base, recent)).status, 204);
        assert.equal((await post(dated.base, record({ timestamp: clock - 61 * DAY }))).status, 400, 'already past retention');
        clock += 45 * DAY;
        const dropped = await dated.handler.applyRetention();
        const month = new Date(old.timestamp).toISOString().slice(0, 7).replace('-', '_');
        assert.ok(dropped.includes(`consent_records_${month}`), dropped.join());
        assert.deepEqual(await (await read(dated.base, `/consent/${old.consentId}`)).json(), []);
        assert.equal((await (await read(dated.base, `/consent/${recent.consentId}`)).json()).length, 1);
        assert.deepEqual(await dated.handler.applyRetention(), [], 'nothing more to drop');
      } finally {
        await dated.stop();
      }
    });
  });
}

test('a database that cannot be reached gives 503, not 500, and ready rejects', async () => {
  const { createConsentServer } = await import('../../../dist/server/index.js');
  const { createServer } = await import('node:http');
  const handler = createConsentServer({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', log: () => {} });
  await assert.rejects(handler.ready);
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    assert.equal((await post(base, record())).status, 503);
    assert.equal((await fetch(`${base}/health`)).status, 503);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await handler.close();
  }
});

// 10,000 hostile bodies per database: mutated records (wrong types, SQL-looking strings, unknown
// fields, truncations, random bytes, oversized values) mixed with valid ones. The server must
// never answer 5xx, and everything it stored must be a valid record that it acknowledged.
import assert from 'node:assert/strict';
import { Agent } from 'node:http';
import { after, describe, test } from 'node:test';
import { validateRecord } from '../../../dist/server/index.js';
import { read, record, startServer } from '../../helpers/consent-server.mjs';
import { startPostgres } from '../../helpers/postgres.mjs';

const BODIES = 10_000;
const cluster = await startPostgres();
after(() => cluster?.stop());

/** A small deterministic PRNG (mulberry32): a failure replays with the same seed. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = [
  "'; DROP TABLE consent_records; --", "1 OR 1=1", '$1', '\\x00', '\u0000', '\ud800', '𝕏'.repeat(50), '<script>alert(1)</script>',
  '../../etc/passwd', '%00', 'NaN', '-1', '1e400', '', ' ', '=cmd|/C calc', 'x'.repeat(5000), '{"a":', 'null', 'true',
];
const VALUES = [null, true, false, 0, -1, 1.5, 2 ** 53, -0, 1e308, [], [1, 2], {}, { a: 1 }, ...NASTY];

function fuzzBody(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const valid = record({ timestamp: Date.now() - Math.floor(rand() * 1000 * 86_400_000 * 0.03) });
  const roll = rand();
  if (roll < 0.2) return JSON.stringify(valid);
  if (roll < 0.3) return JSON.stringify(valid).slice(0, Math.floor(rand() * 200)); // truncated
  if (roll < 0.35) return Array.from({ length: Math.floor(rand() * 300) }, () => String.fromCharCode(Math.floor(rand() * 0xffff))).join('');
  if (roll < 0.4) return pick(NASTY);
  const body = structuredClone(valid);
  for (let i = 0, n = 1 + Math.floor(rand() * 3); i < n; i++) {
    const keys = Object.keys(body);
    const action = rand();
    if (action < 0.35) body[pick(keys)] = pick(VALUES);
    else if (action < 0.5) delete body[pick(keys)];
    else if (action < 0.6) body[pick(['ip', 'email', '__proto__', 'constructor', 'userId', 'x'])] = pick(VALUES);
    else if (action < 0.75) body.choices = { ...body.choices, [pick([...NASTY, 'ok_name', 'Analytics'])]: pick([true, false, ...VALUES]) };
    else if (action < 0.85) body.services = { [pick(['youtube', 'Bad Id', '-x', ...NASTY])]: pick([true, ...VALUES]) };
    else if (action < 0.9) body.userAgent = pick([...NASTY, 'Mozilla/5.0 (Linux; Android 14) Chrome/150.0 Mobile Safari/537.36']);
    else body.url = pick(['https://a.example/p?q=1', 'ftp://x', 'https://u:p@a.example/', ...NASTY, 'https://a.example/' + 'p'.repeat(3000)]);
  }
  return JSON.stringify(body);
}

for (const kind of ['pglite', 'postgres'])
  describe(`hostile input on ${kind}`, { skip: kind == 'postgres' && !cluster && 'PostgreSQL unavailable (see the notice above)' }, () => {
    test(`${BODIES.toLocaleString('en')} fuzzed bodies: never a 5xx, nothing invalid or unacknowledged stored`, async () => {
      const server = await startServer(kind == 'pglite' ? { kind } : { kind, url: await cluster.newDatabase() });
      const agent = new Agent({ keepAlive: true, maxSockets: 16 });
      const { request } = await import('node:http');
      const send = (body) =>
        new Promise((resolve, reject) => {
          const req = request(`${server.base}/consent`, { method: 'POST', agent, headers: { 'Content-Type': 'text/plain' } }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode));
          });
          req.on('error', reject);
          req.end(body);
        });
      try {
        const rand = random(20261202);
        const statuses = new Map();
        const acknowledged = new Set();
        let next = 0;
        const worker = async () => {
          while (next < BODIES) {
            const body = fuzzBody(rand);
            next++;
            const status = await send(body);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (status == 204) {
              const parsed = JSON.parse(body);
              acknowledged.add(`${parsed.consentId.toLowerCase()}|${parsed.timestamp}|${parsed.reason}`);
            }
          }
        };
        await Promise.all(Array.from({ length: 16 }, worker));
        console.log(`${kind}: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
        for (const status of statuses.keys()) assert.ok([204, 400, 413].includes(status), `status ${status}`);
        assert.ok(statuses.get(204) > BODIES * 0.15 && statuses.get(400) > BODIES * 0.5);

        const exported = await read(server.base, '/export?from=2000-01-01&to=2100-01-01&format=ndjson');
        const stored = (await exported.text()).trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
        assert.equal(stored.length, acknowledged.size, 'one row per acknowledged record');
        for (const row of stored) {
          const { receivedAt, ...rest } = row;
          assert.ok(acknowledged.has(`${row.consentId}|${row.timestamp}|${row.reason}`));
          // Valid by the server's own rules, and already in normal form.
          assert.deepEqual(validateRecord(rest, { now: receivedAt, maxAgeMs: 1826 * 86_400_000 }), rest);
        }
      } finally {
        agent.destroy();
        await server.stop();
      }
    });
  });

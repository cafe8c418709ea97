// npm run bench:server — the consent-records server under load, loopback only, bounded in count
// and time. For PGlite and for a PostgreSQL server (a throwaway cluster, as in the tests):
//   1. sustained ingest at full speed (64 clients): records/s, p50/p99 latency;
//   2. a steady 500 records/s: p50/p99 latency;
//   3. an export of 1,000,000 synthetic records (CSV, streamed): time and the server's peak RSS.
// Writes bench/results/server.md. BENCH_SERVER_RECORDS, BENCH_EXPORT_RECORDS change the sizes.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { migrate, ensurePartition, openPglite, openPostgres } from '../dist/server/db.js';
import { pgliteDir, record, startCli, TOKEN } from '../test/helpers/consent-server.mjs';
import { startPostgres } from '../test/helpers/postgres.mjs';

const RECORDS = Number(process.env.BENCH_SERVER_RECORDS ?? 20_000);
const EXPORT_RECORDS = Number(process.env.BENCH_EXPORT_RECORDS ?? 1_000_000);
const STEADY_RATE = 500;
const STEADY_SECONDS = 10;
const TIME_CAP_MS = 60_000;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function poster(base) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  // A keep-alive socket the server closes just as a request goes out fails with ECONNRESET:
  // send again (the same record twice is stored once), timing from the first attempt.
  const send = (body, started = performance.now(), retry = 1) =>
    new Promise((resolve, reject) => {
      const req = request(`${base}/consent`, { method: 'POST', agent, headers: { 'Content-Type': 'text/plain' } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode == 204 ? resolve(performance.now() - started) : reject(new Error(`status ${res.statusCode}`))));
      });
      req.on('error', (error) => (retry && error.code == 'ECONNRESET' ? resolve(send(body, started, 0)) : reject(error)));
      req.end(JSON.stringify(body));
    });
  return { send, close: () => agent.destroy() };
}

async function sustained(base) {
  const { send, close } = poster(base);
  const latencies = [];
  let sent = 0;
  const started = performance.now();
  const worker = async () => {
    while (sent < RECORDS && performance.now() - started < TIME_CAP_MS) {
      sent++;
      latencies.push(await send(record()));
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
  const seconds = (performance.now() - started) / 1000;
  close();
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function steady(base) {
  const { send, close } = poster(base);
  const latencies = [];
  const total = STEADY_RATE * STEADY_SECONDS;
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < total; i++) {
    // Open-loop: request i leaves at i / rate, whether or not earlier ones have answered.
    const due = started + (i * 1000) / STEADY_RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(record()).then((ms) => latencies.push(ms)));
  }
  await Promise.all(pending);
  close();
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Fills the database with synthetic records over the last 30 days, straight in SQL. */
async function seed(db, count) {
  await migrate(db);
  const now = Date.now();
  const from = now - 30 * 86_400_000;
  for (let month = from; month <= now + 31 * 86_400_000; month += 28 * 86_400_000) await ensurePartition(db, month);
  const step = Math.floor((now - from) / count);
  for (let done = 0; done < count; done += 100_000) {
    const n = Math.min(100_000, count - done);
    await db.query(
      `INSERT INTO consent_records (consent_id, ts, reason, received_at, revision, policy_version, choices, gpc, language, url, browser, device, wording)
       SELECT gen_random_uuid(), $1::bigint + i * $2::bigint, (ARRAY['accept-all','reject-all','save','close'])[1 + i % 4], $1::bigint + i * $2::bigint + 50, 1, '2.0',
              jsonb_build_object('necessary', true, 'analytics', i % 3 = 0, 'marketing', i % 5 = 0), i % 10 = 0,
              (ARRAY['fr','en','de'])[1 + i % 3], 'https://www.example.fr/page-' || (i % 40), 'Chrome 156', 'desktop', 'abc123'
       FROM generate_series($3::bigint, $4::bigint) AS i`,
      [from, step, done, done + n - 1],
    );
  }
}

async function exportAll(server) {
  let peak = server.rss();
  const before = peak;
  const timer = setInterval(() => (peak = Math.max(peak, server.rss())), 50);
  const started = performance.now();
  const response = await fetch(`${server.base}/export?from=2000-01-01&to=2100-01-01&format=csv`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte == 10) lines++;
  }
  clearInterval(timer);
  return { rows: lines - 1, bytes, seconds: (performance.now() - started) / 1000, rssBefore: before, rssPeak: peak };
}

const results = [];
const loadBefore = loadavg()[0];
const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
const cluster = await startPostgres();
try {
  for (const kind of ['pglite', 'postgres']) {
    if (kind == 'postgres' && !cluster) continue;
    const dir = kind == 'pglite' ? await pgliteDir() : undefined;
    const url = kind == 'postgres' ? await cluster.newDatabase() : undefined;
    const args = dir ? ['--data', dir] : ['--database-url', url];
    try {
      let server = await startCli(args);
      const fast = await sustained(server.base);
      console.log(kind, 'sustained', fast);
      const slow = await steady(server.base);
      console.log(kind, `steady ${STEADY_RATE}/s`, slow);
      await server.stop();
      const db = dir ? await openPglite(dir) : await openPostgres(url);
      const seedStarted = performance.now();
      await seed(db, EXPORT_RECORDS);
      await db.close();
      console.log(kind, `seeded ${EXPORT_RECORDS} in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
      server = await startCli(args);
      const exported = await exportAll(server);
      console.log(kind, 'export', exported);
      await server.stop();
      results.push({ kind, fast, slow, exported });
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await cluster?.stop();
}

const ms = (value) => `${value.toFixed(1)} ms`;
const lines = [
  '# Consent-records server benchmark',
  '',
  `Run ${new Date().toISOString()} with \`npm run bench:server\` on ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version},`,
  `shared with other jobs (1-minute load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end): figures vary from run to run.`,
  'Loopback only; the server is the real CLI in its own process, the load generator another.',
  '',
  `Targets: ≥ 1,000 records/s on PGlite, ≥ 3,000 on PostgreSQL; p99 ≤ 50 ms at ${STEADY_RATE} records/s; a 1,000,000-record export in constant memory.`,
  '',
  `| Store | Sustained ingest (64 clients, ${RECORDS.toLocaleString('en')} records) | p50 | p99 | At ${STEADY_RATE}/s for ${STEADY_SECONDS} s: p50 | p99 | Export (CSV) | Rows | Time | Server RSS before → peak |`,
  '|---|---|---|---|---|---|---|---|---|---|',
  ...results.map(({ kind, fast, slow, exported }) =>
    `| ${kind == 'pglite' ? 'PGlite' : 'PostgreSQL'} | ${Math.round(fast.perSecond).toLocaleString('en')} records/s | ${ms(fast.p50)} | ${ms(fast.p99)} | ${ms(slow.p50)} | ${ms(slow.p99)} | ${mb(exported.bytes)} | ${exported.rows.toLocaleString('en')} | ${exported.seconds.toFixed(1)} s | ${mb(exported.rssBefore)} → ${mb(exported.rssPeak)} |`,
  ),
  '',
];
writeFileSync(new URL('./results/server.md', import.meta.url), lines.join('\n'));
console.log(lines.join('\n'));

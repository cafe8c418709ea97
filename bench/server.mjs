// npm run bench:server — the consent-records server under load, loopback only, bounded in count
// and time. For PGlite and for a PostgreSQL server (a throwaway cluster, as in the tests):
//   1. sustained ingest at full speed (64 clients): records/s, p50/p99 latency;
//   2. a steady 500 records/s: p50/p99 latency;
//   3. an export of 1,000,000 synthetic records (CSV, streamed): time and the server's peak RSS,
//      sampled every 50 ms (stopped after BENCH_EXPORT_SECONDS, default 600, if not finished).
// For 1 and 2 it also counts the CPU time the server process and this load generator used, so
// that a run on a busy machine still tells what one record costs and whether the client limited it.
// Writes bench/results/server.md. BENCH_SERVER_RECORDS, BENCH_EXPORT_RECORDS, BENCH_CLIENTS
// (default 64) change the sizes.
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
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 64);
const EXPORT_CAP_MS = Number(process.env.BENCH_EXPORT_SECONDS ?? 600) * 1000;
const TICK = 100; // USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s

/** CPU seconds (user + system) a process has used so far (Linux). */
const processCpu = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICK;
};
const ownCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
/** Runs `work`, adding the CPU seconds of the server process and of this one to its result. */
async function withCpu(server, work) {
  const [server0, client0] = [processCpu(server.child.pid), ownCpu()];
  const result = await work();
  return { ...result, serverCpu: processCpu(server.child.pid) - server0, clientCpu: ownCpu() - client0 };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function poster(base) {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
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
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  const seconds = (performance.now() - started) / 1000;
  close();
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, seconds, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
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
  const seconds = (performance.now() - started) / 1000;
  close();
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
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
  // Bounded in time: past the cap the download is abandoned and the figures say how far it got.
  const signal = AbortSignal.timeout(EXPORT_CAP_MS);
  let bytes = 0;
  let lines = 0;
  let complete = true;
  const samples = [];
  try {
    const response = await fetch(`${server.base}/export?from=2000-01-01&to=2100-01-01&format=csv`, { headers: { Authorization: `Bearer ${TOKEN}` }, signal });
    for await (const chunk of response.body) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte == 10) lines++;
      // RSS as the rows go by: flat if the export streams, rising with the rows if it buffers.
      if (samples.length < Math.floor(lines / 100_000)) samples.push(server.rss());
    }
  } catch (error) {
    if (error.name != 'TimeoutError' && error.name != 'AbortError') throw error;
    complete = false;
  }
  clearInterval(timer);
  return { rows: lines - 1, bytes, complete, seconds: (performance.now() - started) / 1000, rssBefore: before, rssPeak: peak, rssEvery100k: samples };
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
      const loads = [loadavg()[0]];
      const fast = await withCpu(server, () => sustained(server.base));
      loads.push(loadavg()[0]);
      console.log(kind, 'sustained', fast);
      const slow = await withCpu(server, () => steady(server.base));
      console.log(kind, `steady ${STEADY_RATE}/s`, slow);
      await server.stop();
      const db = dir ? await openPglite(dir) : await openPostgres(url);
      const seedStarted = performance.now();
      await seed(db, EXPORT_RECORDS);
      await db.close();
      console.log(kind, `seeded ${EXPORT_RECORDS} in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
      server = await startCli(args);
      loads.push(loadavg()[0]);
      const exported = await exportAll(server);
      loads.push(loadavg()[0]);
      console.log(kind, 'export', exported);
      await server.stop();
      results.push({ kind, fast, slow, exported, loads });
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await cluster?.stop();
}

const ms = (value) => `${value.toFixed(1)} ms`;
const store = (kind) => (kind == 'pglite' ? 'PGlite' : 'PostgreSQL');
const share = (cpu, seconds) => `${Math.round((100 * cpu) / seconds)} %`;
const lines = [
  '# Consent-records server benchmark',
  '',
  `Run ${new Date().toISOString()} with \`npm run bench:server\` on ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version},`,
  `shared with other jobs (1-minute load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end): figures vary from run to run.`,
  'Loopback only; the server is the real CLI in its own process, the load generator another.',
  '',
  `Targets: ≥ 1,000 records/s on PGlite, ≥ 3,000 on PostgreSQL; p99 ≤ 50 ms at ${STEADY_RATE} records/s; a 1,000,000-record export in constant memory.`,
  '',
  '## Ingest',
  '',
  `Sustained: ${CLIENTS} clients on keep-alive connections, each sending its next record as soon as the last was answered, ${RECORDS.toLocaleString('en')} records`,
  `(or ${TIME_CAP_MS / 1000} s). Steady: ${STEADY_RATE} records/s for ${STEADY_SECONDS} s, open loop. "Server CPU / record" is the CPU time the server process`,
  'used divided by the records: what one record costs whatever the load; "CPU share" is CPU time over wall time (100 % = one core busy all along).',
  '',
  `| Store | Sustained | p50 | p99 | Server CPU / record | Server CPU share | Load generator CPU share | At ${STEADY_RATE}/s: p50 | p99 | Load average (sustained, steady) |`,
  '|---|---|---|---|---|---|---|---|---|---|',
  ...results.map(({ kind, fast, slow, loads }) =>
    `| ${store(kind)} | ${Math.round(fast.perSecond).toLocaleString('en')} records/s | ${ms(fast.p50)} | ${ms(fast.p99)} | ${ms((1000 * fast.serverCpu) / fast.count)} | ${share(fast.serverCpu, fast.seconds)} | ${share(fast.clientCpu, fast.seconds)} | ${ms(slow.p50)} | ${ms(slow.p99)} | ${loads[0].toFixed(1)}, ${loads[1].toFixed(1)} |`,
  ),
  '',
  '## Export',
  '',
  `${EXPORT_RECORDS.toLocaleString('en')} synthetic records (30 days, written straight in SQL) plus the ingested ones, exported as CSV over HTTP and read to the end;`,
  `stopped after ${EXPORT_CAP_MS / 1000} s if not finished. The server's resident memory is sampled every 50 ms (peak) and after every 100,000 rows.`,
  '',
  '| Store | Rows | CSV | Time | Rows/s | Server RSS before → peak | RSS after each 100,000 rows (min – max) | Load average |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map(({ kind, exported: e, loads }) =>
    `| ${store(kind)} | ${e.rows.toLocaleString('en')}${e.complete ? '' : ' (stopped: time cap)'} | ${mb(e.bytes)} | ${e.seconds.toFixed(1)} s | ${Math.round(e.rows / e.seconds).toLocaleString('en')} | ${mb(e.rssBefore)} → ${mb(e.rssPeak)} | ${e.rssEvery100k.length ? `${mb(Math.min(...e.rssEvery100k))} – ${mb(Math.max(...e.rssEvery100k))}` : '–'} | ${loads[2].toFixed(1)}, ${loads[3].toFixed(1)} |`,
  ),
  '',
];
writeFileSync(new URL('./results/server.md', import.meta.url), lines.join('\n'));
console.log(lines.join('\n'));

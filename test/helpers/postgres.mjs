// A throwaway PostgreSQL cluster for the server's tests: initdb in a temp dir, listening on a
// free 127.0.0.1 port only, stopped and deleted by stop(). As root, postgres refuses to run,
// so the cluster belongs to the `postgres` user. TEST_DATABASE_URL skips all this.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

function binDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return;
  const version = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb'))).sort((a, b) => b - a)[0];
  return version && join(root, version, 'bin');
}

/** Resolves to `{ url, newDatabase(), stop() }`, or to `undefined` with the reason printed loudly. */
export async function startPostgres() {
  if (process.env.TEST_DATABASE_URL) return withDatabases(process.env.TEST_DATABASE_URL, async () => {});
  const bin = binDir();
  if (!bin) return notice('no PostgreSQL under /usr/lib/postgresql (apt-get install -y postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'ce-pg-'));
  const root = process.getuid?.() === 0;
  const run = (command, args) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'pipe', timeout: 60_000 })
      : execFileSync(join(bin, command), args, { stdio: 'pipe', timeout: 60_000 });
  try {
    if (root) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(dir, uid, gid);
    }
    const port = await freePort();
    run('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    run('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-t', '60', '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=60 -c shared_buffers=64MB`, 'start']);
    const stop = async () => {
      try {
        run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    return withDatabases(`postgres://postgres@127.0.0.1:${port}/postgres`, stop);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return notice(`could not start a PostgreSQL cluster: ${error.stderr?.toString() || error.message}`);
  }
}

async function withDatabases(url, stop) {
  const { default: pg } = await import('pg');
  let count = 0;
  return {
    url,
    /** A fresh, empty database on the cluster: each test starts from nothing. */
    async newDatabase() {
      const name = `ce_test_${process.pid}_${++count}`;
      const client = new pg.Client(url);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      const next = new URL(url);
      next.pathname = `/${name}`;
      return next.href;
    },
    stop,
  };
}

function notice(reason) {
  const line = '!'.repeat(100);
  console.error(`\n${line}\n!! PostgreSQL tests SKIPPED: ${reason}\n${line}\n`);
  return undefined;
}

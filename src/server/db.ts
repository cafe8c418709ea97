/**
 * One PostgreSQL schema and one set of queries for both stores: PGlite (PostgreSQL compiled to
 * WebAssembly, in a directory, nothing to install or start) and a PostgreSQL server (`pg`).
 * Both take `$1` parameters; `pg` returns bigints as strings, PGlite as numbers, so callers
 * convert with `Number()`.
 */

export interface Queryable {
  /** `name`: a statement run often (the ingest INSERT), prepared once per connection on a server. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], name?: string): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction on one connection. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A dependency the server needs that is not installed: the message says which and how. */
export class MissingDependencyError extends Error {}

async function importOptional<T>(name: string, why: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    if ((error as { code?: string }).code == 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${name}'`))
      throw new MissingDependencyError(`${why} needs the package "${name}": npm install ${name}`);
    throw error;
  }
}

export async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await importOptional<typeof import('@electric-sql/pglite')>('@electric-sql/pglite', 'The embedded database (--data)');
  // relaxedDurability stays off: a query resolves only once its writes reached the files, so a
  // 204 sent after an insert survives the process being killed.
  const pg = await PGlite.create(dataDir, { relaxedDurability: false });
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pg.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
    transaction: (work) =>
      pg.transaction((tx) =>
        work({
          query: async <T>(sql: string, params: unknown[] = []) => (await tx.query(sql, params)).rows as T[],
          exec: async (sql: string) => void (await tx.exec(sql)),
        }),
      ),
    close: () => pg.close(),
  };
}

export async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await importOptional<{ default: typeof import('pg') }>('pg', 'A PostgreSQL server (--database-url)');
  const pool = new pg.Pool({ connectionString: url, max: 8, application_name: 'consent-elements-server' });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = [], name?: string) {
      return (await pool.query(name ? { name, text: sql, values: params } : { text: sql, values: params })).rows as T[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      const tx: Queryable = {
        query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
        exec: async (sql: string) => void (await client.query(sql)),
      };
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Migrations, applied in order once each, under an advisory lock so that two servers starting
 * on one database do not race. Never edit one that shipped: add the next.
 */
const MIGRATIONS: string[] = [
  `CREATE TABLE consent_records (
     consent_id uuid NOT NULL,
     ts bigint NOT NULL,
     reason text NOT NULL,
     received_at bigint NOT NULL,
     revision integer NOT NULL,
     policy_version text,
     choices jsonb NOT NULL,
     services jsonb,
     gpc boolean NOT NULL,
     language text NOT NULL,
     url text NOT NULL,
     browser text,
     device text,
     wording text,
     PRIMARY KEY (consent_id, ts, reason)
   ) PARTITION BY RANGE (ts);
   CREATE INDEX consent_records_time ON consent_records (ts, consent_id, reason);`,
];

export async function migrate(db: Db): Promise<void> {
  await db.exec(`CREATE TABLE IF NOT EXISTS consent_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(8787001)`);
    const [{ version }] = await tx.query<{ version: number | null }>(`SELECT max(version) AS version FROM consent_schema`);
    for (let index = version ?? 0; index < MIGRATIONS.length; index++) {
      await tx.exec(MIGRATIONS[index]);
      await tx.query(`INSERT INTO consent_schema (version) VALUES ($1)`, [index + 1]);
    }
  });
}

/** First instant (ms, UTC) of the month holding `time`, shifted by `offset` months. */
export const monthStart = (time: number, offset = 0): number => {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1);
};

const partitionName = (start: number): string => {
  const date = new Date(start);
  return `consent_records_${date.getUTCFullYear()}_${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** Creates the monthly partition holding `time` unless it exists (another server may create it at the same moment). */
export async function ensurePartition(db: Db, time: number): Promise<void> {
  const start = monthStart(time);
  try {
    await db.exec(
      `CREATE TABLE IF NOT EXISTS ${partitionName(start)} PARTITION OF consent_records FOR VALUES FROM (${start}) TO (${monthStart(time, 1)})`,
    );
  } catch (error) {
    // 42P07: created by a concurrent server between the check and the creation.
    if ((error as { code?: string }).code != '42P07') throw error;
  }
}

/** The monthly partitions with their bounds, oldest first. */
export async function listPartitions(db: Db): Promise<{ name: string; start: number }[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'consent_records'::regclass ORDER BY c.relname`,
  );
  return rows.flatMap(({ name }) => {
    const match = /^consent_records_(\d{4})_(\d{2})$/.exec(name);
    return match ? [{ name, start: Date.UTC(+match[1], +match[2] - 1, 1) }] : [];
  });
}

/**
 * Drops every monthly partition whose last record is older than `retentionDays` before `now`:
 * whole months go at once, so a record is kept at least that long and at most one month more.
 * Returns the names dropped.
 */
export async function dropExpiredPartitions(db: Db, now: number, retentionDays: number): Promise<string[]> {
  const cutoff = now - retentionDays * 86_400_000;
  const dropped: string[] = [];
  for (const { name, start } of await listPartitions(db)) {
    if (monthStart(start, 1) > cutoff) continue;
    await db.exec(`DROP TABLE IF EXISTS ${name}`);
    dropped.push(name);
  }
  return dropped;
}

import { ensurePartition, monthStart, type Db } from './db.js';
import type { Reason, StoredRecord, ValidRecord } from './record.js';

interface Row {
  consent_id: string;
  ts: number | string;
  reason: Reason;
  received_at: number | string;
  revision: number;
  policy_version: string | null;
  choices: Record<string, boolean>;
  services: Record<string, boolean> | null;
  gpc: boolean;
  language: string;
  url: string;
  browser: string | null;
  device: StoredRecord['device'] | null;
  wording: string | null;
}

const COLUMNS = 'consent_id, ts, reason, received_at, revision, policy_version, choices, services, gpc, language, url, browser, device, wording';

function fromRow(row: Row): StoredRecord {
  const record: StoredRecord = {
    consentId: row.consent_id,
    timestamp: Number(row.ts),
    receivedAt: Number(row.received_at),
    revision: row.revision,
    choices: row.choices,
    reason: row.reason,
    gpc: row.gpc,
    language: row.language,
    url: row.url,
  };
  if (row.policy_version != null) record.policyVersion = row.policy_version;
  if (row.services != null) record.services = row.services;
  if (row.browser != null) record.browser = row.browser;
  if (row.device != null) record.device = row.device;
  if (row.wording != null) record.wording = row.wording;
  return record;
}

interface Pending {
  row: ValidRecord & { receivedAt: number };
  /** When it was queued (performance.now()). */
  at: number;
  resolve(): void;
  reject(error: unknown): void;
}

/** How the store groups records into transactions (group commit). */
export interface BatchOptions {
  /** Longest a record waits for others to share its transaction, in ms. Default 4. */
  maxDelayMs?: number;
  /** Most records one INSERT carries (one JSON parameter). Default 500. */
  maxBatch?: number;
  /** Most records waiting for a transaction; beyond that `insert()` rejects with `QueueFullError`. Default 5,000. */
  maxQueue?: number;
  /** INSERTs in flight at once: 1 for PGlite (one connection anyway), 2 for a server. */
  parallel?: number;
}

/** The queue of records waiting for a transaction is full: the caller should answer 503 and let the client retry. */
export class QueueFullError extends Error {}

/**
 * Stores records with group commit: a record waits at most `maxDelayMs` (or until `maxBatch`
 * records are waiting, or until a writer is free) and goes into the database with the others
 * that arrived meanwhile, in one multi-row INSERT … ON CONFLICT DO NOTHING, one transaction.
 * Each `insert()` resolves only after the transaction holding its record committed, so a
 * record acknowledged to its client survives a crash. The queue is bounded: when `maxQueue`
 * records are waiting, `insert()` rejects at once with `QueueFullError` instead of growing.
 *
 * Without the wait, PGlite (which runs on the event loop's thread) would block the loop for each
 * INSERT, only one request would be read in between, and every transaction would carry one row.
 */
export class RecordStore {
  private queue: Pending[] = [];
  private running = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle: (() => void)[] = [];
  private readonly maxDelayMs: number;
  private readonly maxBatch: number;
  private readonly maxQueue: number;
  private readonly parallel: number;

  constructor(
    readonly db: Db,
    options: BatchOptions = {},
  ) {
    this.maxDelayMs = options.maxDelayMs ?? 4;
    this.maxBatch = options.maxBatch ?? 500;
    this.maxQueue = options.maxQueue ?? 5000;
    this.parallel = options.parallel ?? (db.kind == 'pglite' ? 1 : 2);
  }

  insert(record: ValidRecord, receivedAt: number): Promise<void> {
    if (this.queue.length >= this.maxQueue) return Promise.reject(new QueueFullError('too many records waiting to be stored'));
    return new Promise((resolve, reject) => {
      this.queue.push({ row: { ...record, receivedAt }, at: performance.now(), resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once every queued record is written (or failed). */
  flushed(): Promise<void> {
    if (!this.running && !this.queue.length) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Starts a write if a writer is free and the oldest record waited long enough (or a batch is full); else sets a timer. */
  private schedule(): void {
    while (this.queue.length && this.running < this.parallel) {
      const wait = this.queue.length >= this.maxBatch ? 0 : this.queue[0].at + this.maxDelayMs - performance.now();
      if (wait > 0) {
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          this.schedule();
        }, wait);
        return;
      }
      void this.flush(this.queue.splice(0, this.maxBatch));
    }
  }

  private async flush(batch: Pending[]): Promise<void> {
    this.running++;
    try {
      await this.write(batch.map((pending) => pending.row));
      for (const pending of batch) pending.resolve();
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    }
    this.running--;
    this.schedule();
    if (!this.running && !this.queue.length) for (const resolve of this.idle.splice(0)) resolve();
  }

  private async write(rows: Pending['row'][]): Promise<void> {
    const json = JSON.stringify(
      rows.map((r) => ({
        consent_id: r.consentId,
        ts: r.timestamp,
        reason: r.reason,
        received_at: r.receivedAt,
        revision: r.revision,
        policy_version: r.policyVersion ?? null,
        choices: r.choices,
        services: r.services ?? null,
        gpc: r.gpc,
        language: r.language,
        url: r.url,
        browser: r.browser ?? null,
        device: r.device ?? null,
        wording: r.wording ?? null,
      })),
    );
    // ON CONFLICT DO NOTHING: the same (consentId, timestamp, reason) sent twice is stored once.
    const sql = `INSERT INTO consent_records (${COLUMNS})
      SELECT ${COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r(consent_id uuid, ts bigint, reason text,
        received_at bigint, revision integer, policy_version text, choices jsonb, services jsonb, gpc boolean,
        language text, url text, browser text, device text, wording text)
      ON CONFLICT DO NOTHING`;
    try {
      await this.db.query(sql, [json], 'consent_insert');
    } catch (error) {
      // 23514: no partition for a month (a record dated last month on the 1st, a fresh database).
      if ((error as { code?: string }).code != '23514') throw error;
      for (const month of new Set(rows.map((r) => monthStart(r.timestamp)))) await ensurePartition(this.db, month);
      await this.db.query(sql, [json], 'consent_insert');
    }
  }

  /** Every record of one consent id, oldest first. */
  async byConsentId(consentId: string): Promise<StoredRecord[]> {
    const rows = await this.db.query<Row>(
      `SELECT ${COLUMNS} FROM consent_records WHERE consent_id = $1 ORDER BY ts, received_at, reason`,
      [consentId],
    );
    return rows.map(fromRow);
  }

  /**
   * Records with `from <= timestamp < to`, oldest first, read in pages by keyset (no cursor,
   * no long transaction that would hold up ingest), so memory stays flat whatever the range.
   */
  async *range(from: number, to: number, pageSize = 2000): AsyncGenerator<StoredRecord> {
    let after: [number, string, string] = [from - 1, 'ffffffff-ffff-ffff-ffff-ffffffffffff', '~'];
    for (;;) {
      // Each page must walk the (ts, consent_id, reason) index and stop after pageSize rows.
      // Without fresh statistics (PGlite has no autovacuum; a table that just grew) the planner
      // guesses a few rows match and sorts every remaining row for each page instead: a
      // 1,000,000-record export then took 12 minutes. Sorting is turned off for this query only.
      const rows = await this.db.transaction(async (tx) => {
        await tx.query('SET LOCAL enable_sort = off');
        return tx.query<Row>(
          `SELECT ${COLUMNS} FROM consent_records
           WHERE ts >= $1 AND ts < $2 AND (ts, consent_id, reason) > ($3::bigint, $4::uuid, $5::text)
           ORDER BY ts, consent_id, reason LIMIT ${pageSize}`,
          [from, to, after[0], after[1], after[2]],
        );
      });
      for (const row of rows) yield fromRow(row);
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1];
      after = [Number(last.ts), last.consent_id, last.reason];
    }
  }

  /** The figures the dashboard draws, for `from <= timestamp < to`. */
  async stats(from: number, to: number): Promise<Stats> {
    const range = [from, to];
    const [categories, reasons, languages, pages] = await Promise.all([
      this.db.query<{ day: number | string; category: string; granted: number | string; total: number | string }>(
        `SELECT ts / 86400000 AS day, c.key AS category, count(*) FILTER (WHERE c.value = 'true'::jsonb) AS granted, count(*) AS total
         FROM consent_records, jsonb_each(choices) AS c WHERE ts >= $1 AND ts < $2 AND reason <> 'reset'
         GROUP BY 1, 2 ORDER BY 1, 2`,
        range,
      ),
      this.db.query<{ day: number | string; reason: Reason; count: number | string; gpc: number | string }>(
        `SELECT ts / 86400000 AS day, reason, count(*) AS count, count(*) FILTER (WHERE gpc) AS gpc
         FROM consent_records WHERE ts >= $1 AND ts < $2 GROUP BY 1, 2 ORDER BY 1, 2`,
        range,
      ),
      this.db.query<{ key: string; reason: Reason; count: number | string }>(
        `SELECT language AS key, reason, count(*) AS count FROM consent_records WHERE ts >= $1 AND ts < $2 GROUP BY 1, 2`,
        range,
      ),
      this.db.query<{ key: string; reason: Reason; count: number | string }>(
        `WITH top AS (SELECT url FROM consent_records WHERE ts >= $1 AND ts < $2 GROUP BY url ORDER BY count(*) DESC LIMIT 20)
         SELECT url AS key, reason, count(*) AS count FROM consent_records
         WHERE ts >= $1 AND ts < $2 AND url IN (SELECT url FROM top) GROUP BY 1, 2`,
        range,
      ),
    ]);
    const day = (value: number | string) => new Date(Number(value) * 86_400_000).toISOString().slice(0, 10);
    const grouped = (rows: { key: string; reason: Reason; count: number | string }[]) => {
      const map = new Map<string, Partial<Record<Reason, number>>>();
      for (const row of rows) {
        const entry = map.get(row.key) ?? {};
        entry[row.reason] = Number(row.count);
        map.set(row.key, entry);
      }
      return [...map]
        .map(([key, reasons]) => ({ key, reasons, total: Object.values(reasons).reduce((a, b) => a + b, 0) }))
        .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
    };
    return {
      from: new Date(from).toISOString().slice(0, 10),
      to: new Date(to - 1).toISOString().slice(0, 10),
      categories: categories.map((r) => ({ day: day(r.day), category: r.category, granted: Number(r.granted), total: Number(r.total) })),
      reasons: reasons.map((r) => ({ day: day(r.day), reason: r.reason, count: Number(r.count), gpc: Number(r.gpc) })),
      languages: grouped(languages),
      pages: grouped(pages),
    };
  }
}

export interface Stats {
  from: string;
  to: string;
  /** Per day and category: decisions that granted it, decisions that named it (resets left out). */
  categories: { day: string; category: string; granted: number; total: number }[];
  /** Per day and reason: decisions, and how many of them had Global Privacy Control on. */
  reasons: { day: string; reason: Reason; count: number; gpc: number }[];
  languages: { key: string; reasons: Partial<Record<Reason, number>>; total: number }[];
  /** The 20 pages with the most decisions. */
  pages: { key: string; reasons: Partial<Record<Reason, number>>; total: number }[];
}

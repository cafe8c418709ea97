import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { rateLimiter } from 'hono-rate-limiter';
import { dropExpiredPartitions, ensurePartition, migrate, monthStart, openPglite, openPostgres, type Db } from './db.js';
import { parseRecord, RecordError, type StoredRecord } from './record.js';
import { QueueFullError, RecordStore, type BatchOptions } from './store.js';

export interface ConsentServerOptions {
  /** PGlite directory (created if missing). Default `./consent-data`. Ignored with `databaseUrl`. */
  dataDir?: string;
  /** A PostgreSQL server, e.g. `postgres://user:pass@127.0.0.1/consent`. */
  databaseUrl?: string;
  /** Bearer token for the reads (lookup, export, dashboard data). None: reads are disabled. */
  adminToken?: string;
  /** Origins allowed to send records from a browser (CORS); others get 403. Empty: any origin, no CORS headers. */
  allowOrigins?: string[];
  /** Days a record is kept at least (whole months are dropped). Default 1826 (5 years). */
  retentionDays?: number;
  /** Records one client may send per minute; `0` turns the limit off. Default 120. */
  rateLimit?: number;
  /** Behind a reverse proxy: rate-limit by the last address of `X-Forwarded-For`, not the socket's. */
  trustProxy?: boolean;
  /** How far in the future a record's timestamp may be, ms. Default one day. */
  maxFutureMs?: number;
  /**
   * Group commit: how long a record may wait for others to share its transaction (`maxDelayMs`,
   * default 4), the most rows per transaction (`maxBatch`, 500), the most records waiting
   * (`maxQueue`, 5,000; beyond it a record gets `503` with `Retry-After`), and the INSERTs in
   * flight at once (`parallel`: 1 on PGlite, 2 on a PostgreSQL server).
   */
  batch?: BatchOptions;
  /** The clock (tests). */
  now?: () => number;
  /** Where operational messages go (never record content). Default `console.error`. */
  log?: (message: string) => void;
}

export interface ConsentServer {
  (req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Settles once the database is open and migrated (requests wait for it anyway). */
  readonly ready: Promise<void>;
  /** Applies the retention now; resolves to the partitions dropped. Also runs at start and every 6 hours. */
  applyRetention(): Promise<string[]>;
  /** Finishes the writes in flight, then closes the database. */
  close(): Promise<void>;
}

const DAY = 86_400_000;
const RETENTION_EVERY = 6 * 3600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_BODY = 8 * 1024;

const dashboardFiles: Record<string, [file: string, type: string]> = {
  '/dashboard': ['index.html', 'text/html; charset=utf-8'],
  '/dashboard/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/dashboard/app.css': ['app.css', 'text/css; charset=utf-8'],
  '/dashboard/uplot.js': ['uPlot.iife.min.js', 'text/javascript; charset=utf-8'],
  '/dashboard/uplot.css': ['uPlot.min.css', 'text/css; charset=utf-8'],
};

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * The consent-records server as a Node `(req, res)` handler: mount it on `http.createServer`,
 * or under a path of an existing server. See docs/server.md.
 */
export function createConsentServer(options: ConsentServerOptions = {}): ConsentServer {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string) => console.error(message));
  const retentionDays = options.retentionDays ?? 1826;
  if (!(Number.isInteger(retentionDays) && retentionDays > 0)) throw new TypeError('retentionDays must be a positive integer');
  const allowOrigins = options.allowOrigins ?? [];
  const tokenDigest = options.adminToken ? digest(options.adminToken) : undefined;

  let db: Db | undefined;
  let store: RecordStore | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let closed = false;

  const applyRetention = async () => {
    if (!db) return [];
    // The current and the next month exist before they are needed; older ones appear on demand.
    await ensurePartition(db, now());
    await ensurePartition(db, monthStart(now(), 1));
    const dropped = await dropExpiredPartitions(db, now(), retentionDays);
    if (dropped.length) log(`consent-elements-server: retention (${retentionDays} days) dropped ${dropped.join(', ')}`);
    return dropped;
  };

  const ready = (async () => {
    db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir ?? './consent-data');
    if (closed) {
      await db.close();
      db = undefined;
      return;
    }
    await migrate(db);
    store = new RecordStore(db, options.batch);
    await applyRetention();
    timer = setInterval(() => applyRetention().catch((error) => log(`consent-elements-server: retention failed (${errorCode(error)})`)), RETENTION_EVERY);
    timer.unref();
  })();
  ready.catch(() => {});

  const app = new Hono();

  const secure = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: false,
  });
  // Pages and reads get the full set; an ingest answer (a 204 read by no one) only nosniff,
  // which keeps the hot path's responses small.
  app.use(async (c, next) => {
    if (c.req.path != '/consent') return secure(c, next);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.onError((error, c) => {
    if (error instanceof Unavailable) return c.json({ error: 'storage unavailable, try again later' }, 503);
    log(`consent-elements-server: ${c.req.method} ${c.req.routePath} failed (${errorCode(error)})`);
    return c.json({ error: 'the server could not complete the request' }, 500);
  });
  app.notFound((c) => c.json({ error: 'not found' }, 404));

  const database = async (): Promise<RecordStore> => {
    await ready.catch(() => {});
    if (!store) throw new Unavailable();
    return store;
  };

  app.get('/health', async (c) => {
    try {
      await (await database()).db.query('SELECT 1');
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  // --- Ingest -------------------------------------------------------------------------------
  const clientKey = (c: Context): string => {
    if (options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
      if (forwarded) return forwarded;
    }
    return getConnInfo(c).remote.address ?? 'unknown';
  };
  const ingest: MiddlewareHandler[] = [
    cors({ origin: allowOrigins, allowMethods: ['POST'], allowHeaders: ['Content-Type'], maxAge: 86400 }),
    async (c, next) => {
      const origin = c.req.header('origin');
      if (allowOrigins.length && origin && !allowOrigins.includes(origin)) return c.json({ error: 'origin not allowed' }, 403);
      await next();
    },
  ];
  const limit = options.rateLimit ?? 120;
  if (limit > 0)
    ingest.push(
      rateLimiter({
        windowMs: 60_000,
        limit,
        standardHeaders: 'draft-6',
        keyGenerator: clientKey,
        handler: (c) => c.json({ error: 'too many records from this client, try again later' }, 429),
      }),
    );
  const tooLarge = (c: Context) => c.json({ error: `the record is larger than ${MAX_BODY} bytes` }, 413);
  const limitStream = bodyLimit({ maxSize: MAX_BODY, onError: tooLarge });
  ingest.push((c, next) => {
    // The usual case (a beacon, a fetch) declares its length, which Node's parser enforces:
    // check the header only. Hono's bodyLimit would build a full web Request to look at the
    // body, a third of the CPU an ingest took; it still guards chunked bodies.
    const length = c.req.header('content-length');
    if (length !== undefined && /^\d+$/.test(length) && c.req.header('transfer-encoding') === undefined)
      return Number(length) > MAX_BODY ? Promise.resolve(tooLarge(c)) : next();
    return limitStream(c, next);
  });

  app.use('/consent', ingest[0]);
  for (const middleware of ingest.slice(1)) app.post('/consent', middleware);
  app.post('/consent', async (c) => {
    const type = (c.req.header('content-type') ?? 'text/plain').split(';')[0].trim().toLowerCase();
    if (type != 'text/plain' && type != 'application/json') return c.json({ error: 'send the record as text/plain or application/json' }, 415);
    const body = await c.req.text();
    let record;
    try {
      record = parseRecord(body, { now: now(), maxFutureMs: options.maxFutureMs, maxAgeMs: retentionDays * DAY });
    } catch (error) {
      if (error instanceof RecordError) return c.json({ error: error.message }, 400);
      throw error;
    }
    const records = await database();
    try {
      await records.insert(record, now());
    } catch (error) {
      // A full queue is load, not a failure: the client may send the record again in a moment.
      if (error instanceof QueueFullError) return c.json({ error: 'the server is busy, try again later' }, 503, { 'Retry-After': '1' });
      log(`consent-elements-server: a record could not be stored (${errorCode(error)})`);
      return c.json({ error: 'storage unavailable, try again later' }, 503);
    }
    return c.body(null, 204);
  });

  // --- Reads (token only) -------------------------------------------------------------------
  const authorised: MiddlewareHandler = async (c, next) => {
    if (!tokenDigest) return c.json({ error: 'reads are disabled: the server has no CONSENT_ADMIN_TOKEN' }, 401);
    const match = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
    // Digests have one length whatever was sent, so the comparison takes the same time.
    if (!match || !timingSafeEqual(digest(match[1]), tokenDigest)) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json({ error: 'a valid admin token is required' }, 401);
    }
    await next();
  };

  app.get('/consent/:consentId', authorised, async (c) => {
    const id = c.req.param('consentId');
    if (!UUID.test(id)) return c.json({ error: 'not a consent id' }, 400);
    return c.json(await (await database()).byConsentId(id.toLowerCase()));
  });

  /** `from`/`to` (inclusive, UTC days) → [start, end) in ms; defaults: the last 30 days. */
  const period = (c: Context): [number, number] | string => {
    const from = c.req.query('from');
    const to = c.req.query('to');
    const parse = (value: string) => (DATE.test(value) ? Date.parse(value + 'T00:00:00Z') : NaN);
    const end = to === undefined ? Math.floor(now() / DAY) * DAY + DAY : parse(to) + DAY;
    const start = from === undefined ? end - 30 * DAY : parse(from);
    if (Number.isNaN(start) || Number.isNaN(end)) return 'from and to must be dates (YYYY-MM-DD)';
    if (start >= end) return 'from must not be after to';
    return [start, end];
  };

  app.get('/export', authorised, async (c) => {
    const range = period(c);
    if (typeof range == 'string') return c.json({ error: range }, 400);
    const format = c.req.query('format') ?? 'ndjson';
    if (format != 'csv' && format != 'ndjson') return c.json({ error: 'format must be csv or ndjson' }, 400);
    const records = (await database()).range(...range);
    const encoder = new TextEncoder();
    let header = format == 'csv';
    // Pulled by the response as the client reads: one page of rows in memory at a time.
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (header) {
          header = false;
          controller.enqueue(encoder.encode(CSV_COLUMNS.join(',') + '\r\n'));
          return;
        }
        let chunk = '';
        for (let i = 0; i < 500; i++) {
          const next = await records.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += format == 'csv' ? csvLine(next.value) : JSON.stringify(next.value) + '\n';
        }
        controller.enqueue(encoder.encode(chunk));
      },
      async cancel() {
        await records.return(undefined);
      },
    });
    const [start, end] = range;
    const name = `consent-records-${new Date(start).toISOString().slice(0, 10)}-${new Date(end - DAY).toISOString().slice(0, 10)}`;
    return c.body(stream, 200, {
      'Content-Type': format == 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
    });
  });

  app.get('/stats', authorised, async (c) => {
    const range = period(c);
    if (typeof range == 'string') return c.json({ error: range }, 400);
    if (range[1] - range[0] > 400 * DAY) return c.json({ error: 'choose at most 400 days' }, 400);
    return c.json(await (await database()).stats(...range));
  });

  // The dashboard's files hold no data: the page asks for the token and fetches /stats with it.
  const assets = new Map<string, Promise<string>>();
  for (const [path, [file, type]] of Object.entries(dashboardFiles))
    app.get(path, async (c) => {
      if (!tokenDigest) return c.json({ error: 'reads are disabled: the server has no CONSENT_ADMIN_TOKEN' }, 401);
      if (!assets.has(file)) assets.set(file, readFile(new URL(`./dashboard/${file}`, import.meta.url), 'utf8'));
      return c.body(await assets.get(file)!, 200, { 'Content-Type': type });
    });

  const listener = getRequestListener((request, env) => app.fetch(request, env));
  return Object.assign((req: IncomingMessage, res: ServerResponse) => listener(req, res), {
    ready,
    applyRetention: async () => (await ready, applyRetention()),
    async close() {
      closed = true;
      clearInterval(timer);
      await ready.catch(() => {});
      if (store) await store.flushed();
      store = undefined;
      await db?.close();
      db = undefined;
    },
  });
}

/** The database failed to open, or the server is closing. */
class Unavailable extends Error {}

const errorCode = (error: unknown): string => {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return String(code ?? name ?? 'error');
};

export const CSV_COLUMNS = [
  'consent_id', 'timestamp', 'received_at', 'reason', 'revision', 'policy_version', 'choices', 'services',
  'gpc', 'language', 'url', 'browser', 'device', 'wording',
];

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet (OWASP CSV injection). */
const cell = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  let text = typeof value == 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const csvLine = (r: StoredRecord): string =>
  [
    r.consentId, new Date(r.timestamp).toISOString(), new Date(r.receivedAt).toISOString(), r.reason, r.revision,
    r.policyVersion, r.choices, r.services, r.gpc, r.language, r.url, r.browser, r.device, r.wording,
  ].map(cell).join(',') + '\r\n';

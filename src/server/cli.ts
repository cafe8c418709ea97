import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

export const USAGE = `Usage: consent-elements-server [--port 8787] [--host 127.0.0.1] [--data DIR] [--database-url URL]
                              [--allow-origin ORIGIN]… [--retention-days N] [--rate-limit N] [--trust-proxy]
Environment: DATABASE_URL (a PostgreSQL server instead of the embedded --data directory),
             CONSENT_ADMIN_TOKEN (enables GET /consent/<id>, /export and /dashboard).`;

/** Runs the CLI; resolves once the server listens, with a function that stops it. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: './consent-data' },
      'database-url': { type: 'string' },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      'retention-days': { type: 'string', default: '1826' },
      'rate-limit': { type: 'string', default: '120' },
      'trust-proxy': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return async () => {};
  }
  const integer = (name: string, value: string, min: number) => {
    if (!/^\d+$/.test(value) || +value < min) throw new TypeError(`--${name} must be an integer ≥ ${min}\n${USAGE}`);
    return +value;
  };
  const port = integer('port', values.port, 0);
  // Loaded here, not at the top: --help works even before the server's packages are installed.
  const { createConsentServer } = await import('./server.js');
  const databaseUrl = values['database-url'] ?? env.DATABASE_URL;
  const handler = createConsentServer({
    dataDir: values.data,
    databaseUrl,
    adminToken: env.CONSENT_ADMIN_TOKEN || undefined,
    allowOrigins: values['allow-origin'],
    retentionDays: integer('retention-days', values['retention-days'], 1),
    rateLimit: integer('rate-limit', values['rate-limit'], 0),
    trustProxy: values['trust-proxy'],
  });
  await handler.ready;
  const server = createServer(handler);
  // Longer than the idle timeout of common reverse proxies and load balancers (60 s), so that
  // they never reuse a connection the server is closing.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, values.host, resolve);
  });
  const address = server.address();
  const where = databaseUrl ? 'PostgreSQL server' : `PGlite in ${values.data}`;
  const shown = typeof address == 'object' && address ? `http://${values.host}:${address.port}` : String(address);
  console.log(`consent-elements-server listening on ${shown} (${where}; reads ${env.CONSENT_ADMIN_TOKEN ? 'enabled' : 'disabled: no CONSENT_ADMIN_TOKEN'})`);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await handler.close();
  };
}

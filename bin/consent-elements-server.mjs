#!/usr/bin/env node
// consent-elements-server: the proof-of-consent records server. Its packages are optional peer
// dependencies of consent-elements (a browser-only install does not download them): say
// exactly which are missing, and the one command that installs them, before importing anything.
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log((await import('../dist/server/cli.js')).USAGE);
  process.exit(0);
}
const postgres = argv.some((arg) => arg.startsWith('--database-url')) || !!process.env.DATABASE_URL;
const needed = ['hono', '@hono/node-server', 'hono-rate-limiter', postgres ? 'pg' : '@electric-sql/pglite'];
const missing = needed.filter((name) => {
  try {
    import.meta.resolve(name);
    return false;
  } catch {
    return true;
  }
});
if (missing.length) {
  console.error(
    `consent-elements-server: missing ${missing.map((name) => `"${name}"`).join(', ')}.\n` +
      `Install the server's packages next to consent-elements:\n\n` +
      `  npm install ${missing.join(' ')}\n`,
  );
  process.exit(1);
}

const { main } = await import('../dist/server/cli.js');
try {
  const stop = await main(argv);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop().then(() => process.exit(0), () => process.exit(1));
    });
} catch (error) {
  console.error(`consent-elements-server: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

/**
 * What a bundler user ships: each npm entry of package.json "exports" bundled from dist/ as a
 * site's own bundler would (rollup + @rollup/plugin-node-resolve + terser, ES output with code
 * splitting), gzip -9 per chunk. Run by `npm run bench` after the build; alone:
 *
 *   npm run build && node bench/npm-entries.mjs
 *
 * - The entry module is `export * from 'consent-elements/<entry>'`: everything the entry offers
 *   is kept (an app that imports one name may tree-shake a little more). The package is found
 *   by its name through a temporary node_modules link, so "exports" and "sideEffects" apply.
 * - "all" bundles lit, @lit/context and js-cookie too; "ours only" leaves every other package
 *   external: the bytes of consent-elements itself.
 * - "initial" is the entry chunk with the chunks it imports statically, what a page loads at
 *   once; "+ fr" adds the chunks of the French tables (loaded on demand, i18n/<layer>/fr.js);
 *   the other on-demand chunks (every language, the catalogue) are counted, not weighed.
 * Writes bench/results/npm-entries.md and npm-entries.json.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { minify } from 'terser';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const ENTRIES = ['.', './core', './define', './consent-banner', './consent-preferences', './privacy-policy'];
/** Issue 19: a bundler user who imports only the banner ships at most 6 KiB gzip of ours. */
const BANNER_LIMIT = 6 * 1024;

const gz = (code) => gzipSync(code, { level: 9 }).length;

async function bundle(work, entry, oursOnly) {
  const specifier = entry === '.' ? 'consent-elements' : `consent-elements/${entry.slice(2)}`;
  const input = join(work, 'entry.js');
  await writeFile(input, `export * from '${specifier}';\n`);
  const build = await rollup({
    input,
    external: oursOnly ? (id) => /^(lit|@lit\/|lit-|js-cookie)/.test(id) : [],
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      {
        name: 'node-env',
        transform: (code) => (code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"production"') : null),
      },
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entryChunk = output.find((o) => o.type === 'chunk' && o.isEntry);
  // The entry and everything it imports statically.
  const initial = new Set();
  const walk = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const next of chunks.get(name).imports) if (chunks.has(next)) walk(next);
  };
  walk(entryChunk.fileName);
  const lazy = [...chunks.values()].filter((c) => !initial.has(c.fileName));
  const french = lazy.filter((c) => c.facadeModuleId && /[\\/]i18n[\\/][\w-]+[\\/]fr\.js$/.test(c.facadeModuleId));
  // Terser on the chunks we count, as @rollup/plugin-terser would (module, top level); the
  // thousands of on-demand chunks (catalogue, languages) are only counted.
  const minified = async (list) => Promise.all(list.map(async (c) => (await minify(c.code, { module: true, toplevel: true, format: { comments: false } })).code));
  const initialCode = await minified([...initial].map((name) => chunks.get(name)));
  const frenchCode = await minified(french);
  const sum = (codes) => codes.reduce((total, code) => total + gz(code), 0);
  return {
    initial: sum(initialCode),
    initialChunks: initial.size,
    french: sum(frenchCode),
    frenchChunks: french.length,
    lazyChunks: lazy.length,
    raw: initialCode.reduce((total, code) => total + code.length, 0),
  };
}

export async function npmEntries() {
  const work = await mkdtemp(join(tmpdir(), 'consent-npm-entries-'));
  try {
    // A site's node_modules with our package in it (a link to this checkout, dist/ built).
    await mkdir(join(work, 'node_modules'));
    await symlink(root, join(work, 'node_modules', 'consent-elements'), 'dir');
    const rows = [];
    for (const entry of ENTRIES) rows.push({ entry, all: await bundle(work, entry, false), ours: await bundle(work, entry, true) });
    return rows;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const B = (n) => `${n.toLocaleString('en')} B`;

export function npmEntriesMarkdown(rows, date = new Date().toISOString()) {
  const banner = rows.find((r) => r.entry === './consent-banner');
  return [
    '# npm entries: what a bundler user ships',
    '',
    `\`node bench/npm-entries.mjs\` (run by \`npm run bench\`), ${date}: each entry of package.json "exports" bundled`,
    'from dist/ with rollup, @rollup/plugin-node-resolve and terser (ES output, code splitting), the entry module being',
    "`export * from 'consent-elements/<entry>'`; gzip -9 per chunk, summed. **all**: with lit, @lit/context and",
    'js-cookie bundled too; **ours only**: those packages left external. **initial**: the entry chunk and the chunks it',
    'imports statically, minified by terser; **+ fr**: the French tables, fetched on demand; **on-demand chunks**: how many',
    'chunks the bundler splits off to load later (languages, catalogue entries), counted only.',
    '',
    '| entry | initial, all | initial, ours only | + fr, ours | on-demand chunks | minified raw, all |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| \`${r.entry === '.' ? 'consent-elements' : `consent-elements/${r.entry.slice(2)}`}\` | ${B(r.all.initial)} | ${B(r.ours.initial)} | ${r.ours.frenchChunks ? B(r.ours.french) : '–'} | ${r.all.lazyChunks} | ${B(r.all.raw)} |`,
    ),
    '',
    'Target (issue 19): a bundler user who imports only `consent-elements/consent-banner` ships ≤ 6 KiB (6,144 B) gzip of ours,',
    `initially: ${B(banner.ours.initial)}, ${banner.ours.initial <= BANNER_LIMIT ? 'met' : '**not met**'}` +
      (banner.ours.frenchChunks ? `; with the French tables it fetches on demand, ${B(banner.ours.initial + banner.ours.french)}.` : '.'),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const rows = await npmEntries();
  const table = npmEntriesMarkdown(rows);
  await mkdir(join(here, 'results'), { recursive: true });
  await writeFile(join(here, 'results', 'npm-entries.md'), table);
  await writeFile(join(here, 'results', 'npm-entries.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(table);
  console.log(`wrote bench/results/npm-entries.md and npm-entries.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

// Builds consent-elements/server: tsc into dist/server/, then the dashboard's files and
// uPlot (served by the server itself, no CDN) into dist/server/dashboard/. Prints the bytes.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.server.json')], { stdio: 'inherit' });

const out = join(root, 'dist/server/dashboard');
mkdirSync(out, { recursive: true });
const uplot = dirname(createRequire(import.meta.url).resolve('uplot/dist/uPlot.iife.min.js'));
const files = [
  ...readdirSync(join(root, 'src/server/dashboard')).map((file) => join(root, 'src/server/dashboard', file)),
  join(uplot, 'uPlot.iife.min.js'),
  join(uplot, 'uPlot.min.css'),
];
for (const file of files) copyFileSync(file, join(out, file.split('/').pop()));
for (const file of readdirSync(join(root, 'dist/server'), { recursive: true }).sort()) {
  const path = join(root, 'dist/server', file);
  if (statSync(path).isFile() && !file.endsWith('.d.ts')) console.log(`  server/${file.padEnd(29)} ${String(statSync(path).size).padStart(7)} B`);
}

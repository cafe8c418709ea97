// Prints how big the service catalogue is: entries, cookies, and the bytes (raw, gzip -9) of
// the data, in total and per entry, so that a change to the data shows what it costs to ship.
// Usage: node scripts/catalogue-stats.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../catalogue/', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const minified = (buffer) => Buffer.from(JSON.stringify(JSON.parse(buffer.toString('utf8'))));
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

const services = readdirSync(new URL('services/', root)).filter((f) => f.endsWith('.json')).sort();
const files = [...services.map((f) => `services/${f}`), 'cookie-purposes.json', 'safeguards.json'];
const entries = services.map((f) => JSON.parse(read(`services/${f}`).toString('utf8')));

let raw = 0, min = 0, gzEach = 0;
for (const file of files) {
  const buffer = read(file);
  raw += buffer.length;
  min += minified(buffer).length;
  gzEach += gzip(minified(buffer));
}
// One bundle of everything, minified: what a page would download if it took the whole catalogue.
const bundle = Buffer.from(JSON.stringify(Object.fromEntries(files.map((f) => [f, JSON.parse(read(f).toString('utf8'))]))));
const perService = services.map((f) => minified(read(`services/${f}`)));
const avg = (xs) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);

const byCategory = {};
for (const e of entries) byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
const cookies = entries.reduce((n, e) => n + e.cookies.length, 0);

console.log(`entries: ${entries.length} (${Object.entries(byCategory).map(([k, v]) => `${k} ${v}`).join(', ')})`);
console.log(`cookies: ${cookies} (${entries.filter((e) => e.cookies.length === 0).length} entries set none)`);
console.log(`files as stored: ${raw} B raw`);
console.log(`minified, file by file: ${min} B raw, ${gzEach} B gzip`);
console.log(`minified, one bundle: ${bundle.length} B raw, ${gzip(bundle)} B gzip`);
console.log(`per service entry (minified): ${avg(perService.map((b) => b.length))} B raw, ${avg(perService.map(gzip))} B gzip on average`);
console.log(`shared vocabularies (minified): cookie-purposes ${minified(read('cookie-purposes.json')).length} B, safeguards ${minified(read('safeguards.json')).length} B`);

// The library ships one language per page: the whole catalogue with its texts in one language.
const slice = (lang) => {
  const one = (table) => ({ [lang]: table[lang] });
  const cp = JSON.parse(read('cookie-purposes.json').toString('utf8'));
  const sg = JSON.parse(read('safeguards.json').toString('utf8'));
  return Buffer.from(JSON.stringify({
    services: entries.map((e) => ({ ...e, purpose: one(e.purpose) })),
    cookiePurposes: Object.fromEntries(Object.entries(cp).map(([k, v]) => [k, one(v)])),
    safeguards: Object.fromEntries(Object.entries(sg).map(([k, v]) => [k, one(v)])),
  }));
};
for (const lang of ['en', 'fr']) {
  const b = slice(lang);
  console.log(`whole catalogue in one language (${lang}), minified: ${b.length} B raw, ${gzip(b)} B gzip`);
}

// Checks the relative links of the repository's Markdown files: the file exists, and a
// `#anchor` matches a heading of the target (GitHub's slugs: lower case, punctuation dropped,
// spaces to hyphens, `-1`, `-2`… for repeats). Links inside code are ignored.
// Usage: node scripts/check-links.mjs [file.md…]   (default: README, CONTRIBUTING, SECURITY, docs/, catalogue/)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const markdown = (dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((name) => name.endsWith('.md')).map((name) => join(dir, name)) : []);
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', ...markdown('docs'), ...markdown('catalogue')].filter((file) => existsSync(join(root, file)));

const withoutCode = (text) => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
const slug = (heading) =>
  heading.trim().toLowerCase().replace(/[`*_]|<[^>]+>/g, '').replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');

function anchors(file) {
  const seen = new Map();
  const found = new Set();
  for (const [, heading] of withoutCode(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count ? `${base}-${count}` : base);
  }
  return found;
}

let broken = 0;
for (const file of files) {
  const path = resolve(root, file);
  const text = withoutCode(readFileSync(path, 'utf8')).replace(/`[^`\n]*`/g, '');
  for (const [, target] of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:…
    const [pathPart, anchor] = target.split('#');
    const dest = pathPart ? resolve(dirname(path), decodeURI(pathPart)) : path;
    const problem = !existsSync(dest)
      ? 'no such file'
      : anchor && dest.endsWith('.md') && !anchors(dest).has(decodeURIComponent(anchor))
        ? 'no such heading'
        : '';
    if (problem) {
      broken++;
      console.log(`${relative(root, path)}: ${target} (${problem})`);
    }
  }
}
console.log(broken ? `${broken} broken link(s) in ${files.length} file(s)` : `links resolve in ${files.length} file(s)`);
process.exitCode = broken ? 1 : 0;

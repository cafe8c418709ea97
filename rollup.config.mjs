import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { buildCatalogue } from './scripts/build-catalogue.mjs';

// The catalogue's on-demand modules (src/catalogue/generated/), from catalogue/*.json.
buildCatalogue();

/**
 * The catalogue's per-entry modules (`src/catalogue/generated/<id>.js`, `<id>.<lang>.js`,
 * `embeds.js`) ship once, as the npm build writes them (`dist/catalogue/generated/`): the
 * script-tag chunks import those files instead of carrying copies of their own.
 */
const CATALOGUE_ENTRY = /[\\/]src[\\/]catalogue[\\/]generated[\\/](?!index\b)([\w.-]+)\.js$/;
const catalogueFiles = {
  external: (id) => CATALOGUE_ENTRY.test(id),
  paths: (id) => id.replace(/^.*[\\/]src[\\/]catalogue[\\/]generated[\\/]/, './catalogue/generated/'),
};

const chunkName = ({ name }) => `consent-elements-${name.replace(/^consent-/, '')}.js`;

/** Prints raw and gzip bytes of every file a build writes (STYLE.md: measure what ships). */
const printSizes = () => ({
  name: 'print-sizes',
  writeBundle(options, bundle) {
    for (const [file, chunk] of Object.entries(bundle)) {
      if (!file.endsWith('.js') || (options.preserveModules && !/^(index|headless|define)\.js$/.test(file))) continue;
      const code = chunk.code ?? chunk.source;
      const gzip = gzipSync(code, { level: 9 }).length;
      console.log(`  ${file.padEnd(36)} ${String(code.length).padStart(7)} B  ${String(gzip).padStart(6)} B gzip`);
    }
  },
});

/**
 * `dist/consent-default.js`: the few hundred bytes a page inlines before the core when it loads
 * the core `async` (README, "The fastest install"): the Consent Mode default, the core's own,
 * before any Google tag. Copied as written.
 */
const consentDefaultSnippet = () => ({
  name: 'consent-default-snippet',
  buildStart() {
    this.emitFile({ type: 'asset', fileName: 'consent-default.js', source: readFileSync('src/script-tag/consent-default.js', 'utf8') });
  },
});

const minify = (options = {}) =>
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 3, unsafe_arrows: true },
    format: { comments: false },
    ...options,
  });

/** Browsers that run the script-tag build: everything since 2021 (ES2021, dynamic import). */
const scriptTagTypescript = () =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', noEmitOnError: true });

/**
 * Squeezes the whitespace out of `css` and `html` templates (Lit's, and the plain `css` tag of
 * src/internal/styles.ts, which the Lit-free banner uses), which terser leaves as
 * written: runs of blanks become one space, and CSS loses the blanks around its punctuation
 * (`/` too: only `+` and `-` need blanks inside `calc()`).
 */
const minifyTemplates = () => ({
  name: 'minify-templates',
  transform(code, id) {
    if (!/\.ts$/.test(id) || !/\b(css|html|svg) ?`/.test(code)) return null;
    const edits = [];
    const walk = (node) => {
      if (!node || typeof node.type != 'string') return;
      if (node.type == 'TaggedTemplateExpression' && /^(css|html|svg)$/.test(node.tag.name)) {
        const isCss = node.tag.name == 'css';
        for (const quasi of node.quasi.quasis) {
          let text = code.slice(quasi.start, quasi.end);
          if (/<pre|white-space/.test(text)) continue;
          text = text.replace(/\s+/g, ' ');
          if (isCss)
            text = text
              .replace(/\/\*.*?\*\//g, '')
              .replace(/\s*([{};,>/])\s*/g, '$1')
              .replace(/\s+!important/g, '!important')
              .replace(/:\s+/g, ':')
              .replace(/;}/g, '}')
              .replace(/([^\w.-])0\.(\d)/g, '$1.$2')
              .replace(/=(['"])([a-z][\w-]*)\1\]/gi, '=$2]');
          edits.push([quasi.start, quasi.end, text]);
        }
      }
      for (const value of Object.values(node))
        for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child == 'object') walk(child);
    };
    walk(this.parse(code));
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + text + code.slice(end);
    return { code, map: null };
  },
});

/**
 * How the on-demand chunks share code: `lit` holds Lit (and the store controller), for the
 * dialog and the policy; the Lit-free helpers that the banner uses with them (language
 * resolution, texts, registry, shared styles) stay in the banner's own chunk, which the others
 * import. So a first visit downloads one chunk for the banner (no chain of small shared ones),
 * and a policy page that opens the dialog downloads Lit once.
 */
/**
 * The script-tag chunks load a language's table by its file name, `consent-elements-<layer>-<lang>.js`,
 * rather than carrying one `import()` per language (200 B gzip per layer): each layer's list
 * (`src/i18n/<layer>/index.ts`, literal paths, for the bundlers of npm users) becomes one
 * template `import()`, and each table listed there is written as its own file. `emit` names
 * layers whose tables this build writes although none of its modules imports their list: the
 * `page` tables, which the core (a classic script, build (b)) imports by file name.
 */
const tableFiles = ({ emit = [] } = {}) => ({
  name: 'table-files',
  buildStart() {
    for (const layer of emit) {
      const id = resolve(`src/i18n/${layer}/index.ts`);
      emitTables(this, id, layer, readFileSync(id, 'utf8'));
    }
  },
  transform(code, id) {
    const layer = /\/src\/i18n\/(banner|preferences|page|placeholder|policy)\/index\.ts$/.exec(id.replace(/\\/g, '/'))?.[1];
    if (!layer) return null;
    const { list, langs } = emitTables(this, id, layer, code);
    // Written as BUILT_IN_LANGUAGES is (localize.ts), so that gzip finds the list twice in a chunk.
    const imports = `Object.fromEntries('${langs.join('')}'.match(/../g).map((lang) => [lang, () => import(\`./consent-elements-${layer}-\${lang}.js\`)]))`;
    return { code: code.slice(0, list.index) + imports + code.slice(list.index + list[0].length), map: null };
  },
});

/** Writes each table that `code`, the list of `layer` (at `id`), names as `consent-elements-<layer>-<lang>.js`. */
function emitTables(context, id, layer, code) {
  const list = /\{\s*(\w+: \(\) => import\('\.\/[\w-]+\.js'\),\s*)+\}/.exec(code);
  const langs = [...list[0].matchAll(/(\w+): \(\) => import/g)].map((m) => m[1]);
  if (langs.some((lang) => lang.length != 2)) throw new Error(`${id}: the table-files plugin expects two-letter languages`);
  for (const lang of langs)
    context.emitFile({ type: 'chunk', id: id.replace(/index\.ts$/, `${lang}.ts`), fileName: `consent-elements-${layer}-${lang}.js` });
  return { list, langs };
}

const manualChunks = (id) => {
  const path = id.replace(/\\/g, '/');
  // The catalogue's expansion and formatting serve the dialog and the policy, as Lit does.
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context\/.*controllers)\/|\/src\/context\/store-controller\b|\/src\/i18n\/(preferences\/index|dialog-texts)\b|\/src\/catalogue\/(expand|format|generated\/index)\b/.test(path)) return 'lit';
  if (/\/node_modules\/@lit\/context\/.*(context-request-event|create-context)|\/src\/(core|internal\/(mount|settled|safe-url|styles)|i18n\/(localize|strings|tables|banner\/index)|context\/store-context|script-tag\/consent-elements-ui)\b/.test(path))
    return 'ui';
};

export default [
  // (a) The npm package: ES modules and .d.ts, one file per source module; Lit and js-cookie stay imports.
  {
    input: ['src/index.ts', 'src/headless.ts', 'src/core/index.ts', 'src/define.ts'],
    external: [/^lit/, /^@lit\//, 'js-cookie'],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [typescript({ tsconfig: './tsconfig.json', noEmitOnError: true }), printSizes()],
  },
  // (b) The script-tag core: a classic script for <head>, no Lit.
  {
    input: 'src/script-tag/consent-elements.ts',
    output: {
      file: 'dist/consent-elements.js',
      format: 'iife',
      // The core's private members are named `_x`: nothing outside this file may read them.
      // Its getters have no side effects, and no object literal's method is ever called with
      // `new`. Not `unsafe`: it turns `String(x)` into `x + ""`, which throws on a Symbol.
      plugins: [
        minify({
          compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, unsafe_proto: true, pure_getters: true },
          mangle: { properties: { regex: /^_[a-z]/ } },
        }),
      ],
    },
    plugins: [nodeResolve(), scriptTagTypescript(), consentDefaultSnippet(), printSizes()],
  },
  // (c) The chunks the core imports on demand, found next to it, built together so that they
  // share one Lit: the preferences dialog (the UI chunk's own on-demand chunk) and the policy
  // each import `consent-elements-lit.js`. The banner is Lit-free: the UI chunk imports no Lit.
  // Also the page tables (`consent-elements-page-<lang>.js`, the reopen control's name), which
  // the core imports by file name, all that a returning visitor downloads besides the core.
  {
    input: {
      'consent-elements-ui': 'src/script-tag/consent-elements-ui.ts',
      'consent-elements-policy': 'src/script-tag/consent-elements-policy.ts',
    },
    // The entry keeps its own name and exports (`mount`) even when a chunk it loads imports from it.
    preserveEntrySignatures: 'allow-extension',
    external: catalogueFiles.external,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      paths: catalogueFiles.paths,
      // Stable names (language tables): the files are versioned by the package, and a
      // rebuild replaces them instead of piling up hashed copies.
      chunkFileNames: chunkName,
      manualChunks,
      plugins: [minify()],
    },
    plugins: [tableFiles({ emit: ['page'] }), nodeResolve(), scriptTagTypescript(), minifyTemplates(), printSizes()],
  },
  // (d) The tag loader's placeholders and withdrawal clean-up: Lit-free and self-contained, so a
  // returning visitor on a page with a blocked embed downloads this file alone, and its
  // language's placeholder table (consent-elements-placeholder-<lang>.js).
  {
    input: { 'consent-elements-tags': 'src/script-tag/consent-elements-tags.ts' },
    external: catalogueFiles.external,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkName, paths: catalogueFiles.paths, plugins: [minify()] },
    plugins: [tableFiles(), nodeResolve(), scriptTagTypescript(), printSizes()],
  },
  // (e) The development-time config notice, on its own: production pages never download it.
  {
    input: { 'consent-elements-notice': 'src/script-tag/consent-elements-notice.ts' },
    external: catalogueFiles.external,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkName, paths: catalogueFiles.paths, plugins: [minify()] },
    plugins: [nodeResolve(), scriptTagTypescript(), printSizes()],
  },
];

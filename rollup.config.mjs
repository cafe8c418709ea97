import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Prints raw and gzip bytes of every file a build writes (STYLE.md: measure what ships). */
const printSizes = () => ({
  name: 'print-sizes',
  writeBundle(options, bundle) {
    for (const [file, chunk] of Object.entries(bundle)) {
      if (!file.endsWith('.js') || (options.preserveModules && !/^(index|define)\.js$/.test(file))) continue;
      const code = chunk.code ?? chunk.source;
      const gzip = gzipSync(code, { level: 9 }).length;
      console.log(`  ${file.padEnd(36)} ${String(code.length).padStart(7)} B  ${String(gzip).padStart(6)} B gzip`);
    }
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
 * The on-demand builds share their language tables by file name: fail the build if two of
 * them ever write different code under one name.
 */
const writtenChunks = new Map();
const sharedChunksMatch = () => ({
  name: 'shared-chunks-match',
  generateBundle(_, bundle) {
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type != 'chunk' || chunk.isEntry) continue;
      if (writtenChunks.has(file) && writtenChunks.get(file) != chunk.code)
        this.error(`${file} is built twice with different code: give the chunks distinct names`);
      writtenChunks.set(file, chunk.code);
    }
  },
});

export default [
  // (a) The npm package: ES modules and .d.ts, one file per source module; Lit and js-cookie stay imports.
  {
    input: ['src/index.ts', 'src/core/index.ts', 'src/define.ts'],
    external: [/^lit/, /^@lit\//, 'js-cookie'],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [typescript({ tsconfig: './tsconfig.json', noEmitOnError: true }), printSizes()],
  },
  // (b) The script-tag core: a classic script for <head>, no Lit.
  {
    input: 'src/auto.ts',
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
    plugins: [nodeResolve(), scriptTagTypescript(), printSizes()],
  },
  // (c) The chunks the core imports on demand, found next to it. Each is built on its own and
  // holds all it needs, so showing the banner costs one request plus its language table, not
  // a chain of shared chunks. The banner is Lit-free; the preferences dialog is the UI chunk's
  // own on-demand chunk, which carries Lit and imports the rest (texts, styles) from it.
  ...Object.entries({
    'consent-elements-ui': 'src/ui.ts',
    'consent-elements-policy': 'src/policy.ts',
    // Tag-loader placeholders and withdrawal clean-up.
    'consent-elements-tags': 'src/integrations/tag-extras.ts',
  }).map(([name, input]) => ({
    input: { [name]: input },
    // The entry keeps its own name and exports (`mount`) even when a chunk it loads imports from it.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      // Stable names (language tables): the files are versioned by the package, and a
      // rebuild replaces them instead of piling up hashed copies.
      chunkFileNames: ({ name }) => `consent-elements-${name.replace(/^consent-/, '')}.js`,
      plugins: [minify()],
    },
    plugins: [nodeResolve(), scriptTagTypescript(), minifyTemplates(), printSizes(), sharedChunksMatch()],
  })),
];

/**
 * Dev-server side of the tag-loader tests:
 * - starts the counting "third-party" origin (./tag-server.mjs) with the test server;
 * - the `tag-server` command answers `{ action: 'origin' }` with its origin and
 *   `{ action: 'requests', run }` with the paths it received for that run (read on the
 *   server, so reading adds no request);
 * - pages under /test/fixtures/tag-loader/ get `%TAGS%` replaced by `<origin>/<run>` (the
 *   `run` query parameter) and, with a `csp` query parameter, that Content-Security-Policy
 *   as a real response header;
 * - `/__tag-harness.js` is test/fixtures/tag-loader/harness.ts bundled as a classic script,
 *   so fixture pages start the tag loader synchronously in <head>, as the script-tag build does.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startTagServer } from './tag-server.mjs';

const FIXTURES = '/test/fixtures/tag-loader/';
const HARNESS = fileURLToPath(new URL('../fixtures/tag-loader/harness.ts', import.meta.url));

export function tagServerPlugin() {
  /** @type {Awaited<ReturnType<typeof startTagServer>> | undefined} */
  let tags;
  return {
    name: 'tag-server',
    async serverStart() {
      tags = await startTagServer();
    },
    async serverStop() {
      await tags?.close();
    },
    async serve(context) {
      if (context.path != '/__tag-harness.js') return;
      const result = await build({
        entryPoints: [HARNESS],
        bundle: true,
        format: 'iife',
        target: 'es2021',
        write: false,
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js', headers: { 'cache-control': 'no-store' } };
    },
    transform(context) {
      if (!context.path.startsWith(FIXTURES) || !context.response.is('html') || !tags) return;
      const run = context.URL.searchParams.get('run') ?? 'none';
      const csp = context.URL.searchParams.get('csp');
      return {
        body: context.body.replaceAll('%TAGS%', `${tags.origin}/${run}`),
        headers: { 'cache-control': 'no-store', ...(csp ? { 'content-security-policy': csp } : {}) },
        transformCache: false,
      };
    },
    executeCommand({ command, payload }) {
      if (command != 'tag-server' || !tags) return;
      if (payload?.action == 'origin') return tags.origin;
      if (payload?.action == 'requests') return tags.requests(String(payload.run));
      throw new Error(`tag-server: unknown action ${payload?.action}`);
    },
  };
}

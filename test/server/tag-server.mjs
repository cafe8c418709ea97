/**
 * A fake "third-party" origin for the tag-loader tests and the click-to-tag benchmark:
 * a plain Node server on 127.0.0.1 (a different origin from the test pages) that logs
 * EVERY request it receives, with the time it arrived.
 *
 * Paths are `/<run>/<file>?<options>`; `<run>` is chosen by each test so that tests running
 * side by side count only their own requests. What it answers, by file extension:
 * - `.js`: a script that pushes its `id` (default: the file name) to `window.ran`, then
 *   throws when the name starts with `throw`; `missing*.js` answers 404;
 * - `.html`: a tiny page; `.gif`: a 1×1 pixel; anything else: 204.
 * `delay=<ms>` holds the answer back (to prove ordering against a slow script);
 * `cookie=<name>` makes a script set that cookie (a tag recreating its cookie).
 */
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** @returns {Promise<{ origin: string, log: { path: string, time: number }[], requests(run: string): string[], close(): Promise<void> }>} */
export async function startTagServer() {
  /** Every request, in arrival order; `time` is epoch milliseconds (sub-millisecond precision). */
  const log = [];
  const server = createServer((req, res) => {
    log.push({ path: req.url, time: performance.timeOrigin + performance.now() });
    const url = new URL(req.url, 'http://tags');
    const file = url.pathname.split('/').pop() ?? '';
    const [name, extension] = file.split('.');
    const id = url.searchParams.get('id') ?? name;
    const cookie = url.searchParams.get('cookie');
    const headers = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
    const answer = () => {
      if (extension == 'js') {
        if (name.startsWith('missing')) return res.writeHead(404, headers).end('not found');
        let body = `(window.ran = window.ran || []).push(${JSON.stringify(id)});`;
        if (cookie) body += `document.cookie = ${JSON.stringify(`${cookie}=1;path=/`)};`;
        if (name.startsWith('throw')) body += `throw new Error(${JSON.stringify(`${id} failed`)});`;
        return res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(body);
      }
      if (extension == 'html')
        return res
          .writeHead(200, { ...headers, 'content-type': 'text/html' })
          .end(`<!doctype html><title>${id}</title><p>third-party frame ${id}</p>`);
      if (extension == 'gif') return res.writeHead(200, { ...headers, 'content-type': 'image/gif' }).end(PIXEL);
      res.writeHead(204, headers).end();
    };
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    requests: (run) => log.filter((entry) => entry.path.startsWith(`/${run}/`)).map((entry) => entry.path),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

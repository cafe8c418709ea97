import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  // Next 16's default, written out: a route left by a client-side link stays in the DOM, hidden.
  cacheComponents: true,
  partialPrefetching: true,
  // The app sits inside the library's checkout, whose lock file would otherwise be taken as the root.
  turbopack: { root },
  outputFileTracingRoot: root,
};

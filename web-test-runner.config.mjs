import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, chromePath } from './scripts/chrome-path.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { busyProofMiddleware, flakyMiddleware } from './test/hardening/server.mjs';
import { testPlugins } from './test/plugins.mjs';
import { buildCatalogue } from './scripts/build-catalogue.mjs';

// The catalogue's on-demand modules, which the dialog, the policy and the tag loader import.
buildCatalogue();

/** Lit's development build says so once per page; once per run is enough. */
let litNoticeShown = false;

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  // Lit's development build, so its warnings reach the tests (test/helpers/lit-warnings.ts).
  nodeResolve: { exportConditions: ['development'] },
  middleware: [flakyMiddleware, busyProofMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }), ...testPlugins],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        // `*.example` (a reserved name) is this machine, for tests on a production-like host
        // (`*.localhost` resolves to it already, but the library treats it as development).
        args: [...chromeArgs, '--host-resolver-rules=MAP *.example 127.0.0.1'],
      },
      // One browser context (cookie jar, storage) per test page: test files run two at a time and
      // most of them write the consent cookie, which a shared context would let them see.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  filterBrowserLogs: ({ args }) => {
    if (!String(args[0]).startsWith('Lit is in dev mode')) return true;
    return !litNoticeShown && (litNoticeShown = true);
  },
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  testsFinishTimeout: 300000,
};

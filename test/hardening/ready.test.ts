/**
 * `consent-ready` is not missed: the README starts the library, then listens, in the same task.
 * The npm entry (`startConsentElements`), as a bundler would serve it, in a fresh page.
 */
import { expect } from '@open-wc/testing';
import { cleanUp, openPage } from '../helpers/page.js';
import { until } from '../helpers/wait.js';

const config = { revision: 1, categories: { analytics: { label: 'Analytics' } }, ui: { reopenButton: false } };

describe('consent-ready after startConsentElements()', () => {
  afterEach(cleanUp);

  it('reaches a listener added right after the call, in the same task; store.whenReady resolves too', async () => {
    const page = await openPage(`<script type="module">
      import { startConsentElements } from '/src/page/start-page.ts';
      window.heard = [];
      const store = startConsentElements(${JSON.stringify(config)});
      document.addEventListener('consent-ready', (e) => heard.push(['event', e.detail.decided]));
      document.addEventListener('consent-change', (e) => heard.push(['change', e.detail.reason]));
      store.whenReady.then((detail) => heard.push(['promise', detail.decided]));
      window.started = true;
    </script>`);
    await until(() => page.win.started && page.win.heard.length == 2, 'the event and the promise');
    expect(page.win.heard).to.deep.equal([
      ['event', false],
      ['promise', false],
    ]);
    // After the fact, the promise still answers at once.
    expect((await page.win.consentElements.whenReady).decided).to.equal(false);
  });
});

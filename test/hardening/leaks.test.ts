/**
 * What the library requests, counted by Chromium itself for the whole page and its frames
 * (the script-tag build: `npx rollup -c` first). Before consent and after a refusal: its own
 * files, the `data-config` URL and the proof endpoint, nothing else. After acceptance: also
 * the third-party tags the site declared, and only those.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cleanUp, openUrl, until } from '../helpers/page.js';

interface Request {
  url: string;
  method: string;
  type: string;
  runner: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Page = Window & Record<string, any>;

/** Requests since the last call (or `requests-start`) made by the pages under test (not by the test runner itself). */
async function recorded(): Promise<Request[]> {
  const all = (await executeServerCommand<Request[]>('requests-take'))!;
  // data: URLs are no network request (Chromium's offline error page in a third-party frame uses
  // them); the runner's own frame (the test, the browser's favicon request) is not the site.
  return all.filter((r) => !r.url.startsWith('data:') && !r.runner && new URL(r.url).pathname != '/favicon.ico');
}

let sentinels = 0;
/**
 * Like `recorded`, up to a request `win` makes now (left out): Chromium may report a request
 * late, but once it has reported this one, it has reported those the page made before it.
 */
async function recordedUntilNow(win: Window): Promise<Request[]> {
  const sentinel = `${location.origin}/test/hardening/fixtures/leaks.html?sentinel=${++sentinels}`;
  win.fetch(sentinel).catch(() => {});
  const seen: Request[] = [];
  await until(async () => (seen.push(...(await recorded())), seen.some((r) => r.url == sentinel)), 'the sentinel request');
  return seen.filter((r) => r.url != sentinel);
}

const OWN = /^\/dist\/consent-elements[\w-]*\.js$/;
const describeRequest = (r: Request) => `${r.method} ${r.url}`;

describe('no leaks', () => {
  let storageBefore: string[] = [];
  beforeEach(() => {
    storageBefore = [...Object.keys(localStorage), ...Object.keys(sessionStorage)];
  });
  afterEach(async () => {
    cleanUp();
    await executeServerCommand('requests-stop');
  });

  it('requests nothing but its own files, the data-config URL and the proof endpoint; tags only once consented', async function () {
    this.timeout(20_000);
    const proofsBefore = (await executeServerCommand<unknown[]>('proof-log', { key: 'leaks' }))!.length;
    await executeServerCommand('requests-start');
    const win = (await openUrl('/test/hardening/fixtures/leaks.html?utm_campaign=x')).win as Page;
    const store = await until(() => win.consentElements?.ready && win.consentElements);

    // First visit: banner, preferences, policy and placeholders all shown.
    await until(() => win.document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="accept-button"]'));
    store.openPreferences();
    await until(() => win.document.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog[open]'));
    store.closePreferences();
    await until(() => win.document.querySelector('privacy-policy')?.textContent?.includes('Example SARL'));
    await until(() => win.document.querySelector('.consent-placeholder'));
    const firstVisit = await recordedUntilNow(win);
    const paths = firstVisit.map((r) => new URL(r.url));
    const unexpected = firstVisit.filter((r, i) => {
      const url = paths[i];
      if (url.origin != location.origin) return true;
      return !(
        url.pathname == '/test/hardening/fixtures/leaks.html' ||
        url.pathname == '/test/hardening/fixtures/leaks-config.json' ||
        OWN.test(url.pathname)
      );
    });
    expect(unexpected.map(describeRequest), `requests before any decision: ${unexpected.map(describeRequest).join(', ')}`).to.deep.equal([]);
    // The counter does see the page, the script, its config and the UI chunks.
    expect(paths.map((u) => u.pathname)).to.include.members([
      '/test/hardening/fixtures/leaks.html',
      '/dist/consent-elements.js',
      '/test/hardening/fixtures/leaks-config.json',
      '/dist/consent-elements-ui.js',
    ]);
    expect(paths.filter((u) => u.pathname == '/test/hardening/fixtures/leaks-config.json')).to.have.length(1);

    // Refusing: one request, the proof of consent.
    store.rejectAll();
    // The proof is sent as the decision is made: before the sentinel.
    const afterRefusal = await recordedUntilNow(win);
    expect(afterRefusal.map(describeRequest), 'requests after refusing').to.deep.equal([`POST ${location.origin}/__proof/leaks`]);

    // Accepting: the proof, and the third-party tags the site declared (which fail offline).
    store.acceptAll();
    // The inline tag runs after the external ones before it have loaded or failed; the embed and
    // the pixel were given their address as the decision was made: all before the sentinel.
    await until(() => win.__inlineAnalytics);
    const afterAcceptance = await recordedUntilNow(win);
    const declared = [
      `POST ${location.origin}/__proof/leaks`,
      'GET https://www.googletagmanager.com/gtag/js?id=G-LEAKTEST',
      'GET https://connect.facebook.net/en_US/fbevents.js',
      'GET https://www.youtube-nocookie.com/embed/leak-test',
      'GET https://www.facebook.com/tr?id=1&ev=PageView',
    ];
    expect(afterAcceptance.map(describeRequest).sort(), 'requests after accepting').to.deep.equal(declared.sort());
    // Two proofs reached the endpoint, neither carrying the page's query string.
    const proofs = (await executeServerCommand<Array<{ body: string }>>('proof-log', { key: 'leaks' }))!.slice(proofsBefore);
    expect(proofs.map((p) => JSON.parse(p.body).reason)).to.deep.equal(['reject-all', 'accept-all']);
    expect(proofs.map((p) => p.body).join()).to.not.contain('utm_campaign');

    // Storage: one cookie of its own, no web storage.
    expect(win.document.cookie.split('; ').map((c: string) => c.split('=')[0])).to.deep.equal(['consent_elements']);
    expect([...Object.keys(localStorage), ...Object.keys(sessionStorage)]).to.deep.equal(storageBefore);
  });
});

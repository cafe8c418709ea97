/**
 * The script-tag build (`npx rollup -c` first) across navigations: a single-page app moving
 * with history.pushState, a page restored from the back/forward cache, and a page left open
 * past the 13-month lifetime of a decision.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { addMonths, encodeRecord } from '../../src/core/consent-record.js';
import { until } from '../helpers/page.js';
import { proofsReceived } from '../helpers/proofs.js';

const FIXTURE = '/test/hardening/fixtures/nav.html';
let run = 0;
const newKey = () => `nav-${Date.now().toString(36)}-${++run}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Page = Window & Record<string, any>;
const frames: HTMLIFrameElement[] = [];

async function openFixture(url: string): Promise<Page> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as Page;
}

/** The proofs `/__proof/<key>` received, once `count` are in and a sentinel sent after them too. */
async function proofs(key: string, count: number): Promise<Array<Record<string, unknown>>> {
  return (await proofsReceived(key, count)).map((entry) => JSON.parse(entry.body));
}

function clearCookies() {
  for (const cookie of document.cookie.split('; ')) {
    const name = cookie.split('=')[0];
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

describe('navigation', function () {
  this.timeout(15_000);
  afterEach(() => {
    frames.splice(0).forEach((frame) => frame.remove());
    clearCookies();
  });

  it('single-page app: pushState keeps one store and its decision; later decisions and tags follow the new URL', async () => {
    const key = newKey();
    const win = await openFixture(`${FIXTURE}?key=${key}&utm_source=newsletter`);
    const store = win.consentElements;
    store.acceptAll();
    win.history.pushState({}, '', '/shop/product-42?ref=secret#reviews');
    win.dispatchEvent(new PopStateEvent('popstate'));
    expect(win.consentElements).to.equal(store);
    expect(win.__log.filter((entry: string) => entry.startsWith('ready'))).to.have.length(1);
    expect(store.decided).to.equal(true);
    expect(store.bannerOpen).to.equal(false);

    // The new "page" renders a blocked tag: it runs, since analytics is granted.
    const tag = win.document.createElement('script');
    tag.type = 'text/plain';
    tag.dataset.consentCategory = 'analytics';
    tag.textContent = 'window.__spaTagRan = (window.__spaTagRan || 0) + 1';
    win.document.body.append(tag);
    await until(() => win.__spaTagRan);

    store.save({ analytics: true });
    const sent = await proofs(key, 2);
    expect(sent.map((p) => [p.reason, p.url])).to.deep.equal([
      ['accept-all', `${location.origin}${FIXTURE}`],
      ['save', `${location.origin}/shop/product-42`],
    ]);
    // The library's own popstate listener was added first: it has run when the test's runs.
    const popped = new Promise((resolve) => win.addEventListener('popstate', resolve, { once: true }));
    win.history.back();
    await popped;
    // Blocked scripts run through one queue, in order: a sentinel added now runs after any re-run would have.
    const sentinel = win.document.createElement('script');
    sentinel.type = 'text/plain';
    sentinel.dataset.consentCategory = 'analytics';
    sentinel.textContent = 'window.__sentinelRan = true';
    win.document.body.append(sentinel);
    await until(() => win.__sentinelRan, 'the sentinel tag');
    expect(win.consentElements).to.equal(store);
    expect(store.get('marketing')).to.equal(false);
    expect(win.__spaTagRan).to.equal(1);
  });

  describe('back/forward cache (a real top-level page)', () => {
    const inspect = `({ log: __log, decided: consentElements.decided, analytics: consentElements.get('analytics'), bannerOpen: consentElements.bannerOpen })`;
    const bfcache = (act: string) =>
      executeServerCommand<Array<{ log: string[]; decided: boolean; analytics: boolean; bannerOpen: boolean }>>('bfcache', {
        first: `${location.origin}${FIXTURE}?key=${newKey()}`,
        second: `${location.origin}${FIXTURE}?key=${newKey()}&page=b`,
        act,
        inspect,
      });

    it('a decision stored meanwhile without a message (another subdomain): the restored page applies it', async () => {
      const value = encodeRecord({
        consentId: '3f1c7b9e-2a4d-4e8f-9b6a-0c1d2e3f4a5b',
        timestamp: Date.now() - 1000,
        revision: 1,
        choices: { necessary: true, analytics: true, marketing: false },
      });
      const [before, , after] = (await bfcache(`document.cookie = 'consent_elements=${value}; path=/', true`))!;
      expect(before).to.include({ decided: false, bannerOpen: true });
      // Restored from the cache, not reloaded: same page, one consent-ready.
      expect(after.log).to.include('pageshow:true');
      expect(after.log.filter((entry) => entry.startsWith('ready'))).to.have.length(1);
      expect(after.log).to.include('change:sync');
      expect(after).to.include({ decided: true, analytics: true, bannerOpen: false });
    });

    it('a decision taken on the next page: the page back shows it (cached or reloaded)', async () => {
      const [, , after] = (await bfcache(`consentElements.acceptAll(), true`))!;
      expect(after).to.include({ decided: true, analytics: true, bannerOpen: false });
    });

    it('a withdrawal on the next page: the page back asks again', async () => {
      const [, , after] = (await bfcache(`consentElements.acceptAll(), consentElements.reset(), true`))!;
      expect(after).to.include({ decided: false, analytics: false, bannerOpen: true });
    });
  });

  describe('a page left open past the 13-month lifetime (injected clock)', () => {
    it('forgets the decision when the visitor comes back to the tab, asks again, and tells Consent Mode', async () => {
      const key = newKey();
      const win = await openFixture(`${FIXTURE}?key=${key}&clock=1`);
      const store = win.consentElements;
      store.acceptAll();
      const decidedAt = win.__clock;
      const visible = () => win.document.dispatchEvent(new Event('visibilitychange'));

      // One day short of 13 calendar months: still valid.
      win.__clock = addMonths(decidedAt, 13).getTime() - 864e5;
      visible();
      expect(store.decided).to.equal(true);
      expect(store.get('analytics')).to.equal(true);

      win.__clock = addMonths(decidedAt, 13).getTime() + 1000;
      visible();
      expect(win.__log.filter((entry: string) => entry.startsWith('change:'))).to.deep.equal(['change:accept-all', 'change:expired']);
      expect(store.decided).to.equal(false);
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: false, marketing: false });
      expect(store.bannerOpen).to.equal(true);
      await until(() => win.document.querySelector('consent-banner'));
      const updates = (win.dataLayer as ArrayLike<unknown>[]).filter((entry) => entry[0] == 'consent' && entry[1] == 'update');
      expect(updates.at(-1)![2]).to.deep.include({ analytics_storage: 'denied', ad_storage: 'denied' });
      // Expiry is not a decision: only the accept-all was sent as a proof.
      expect((await proofs(key, 1)).map((p) => p.reason)).to.deep.equal(['accept-all']);
    });
  });
});

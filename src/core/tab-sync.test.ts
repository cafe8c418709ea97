import { expect, waitUntil } from '@open-wc/testing';
import { ConsentStore } from './consent-store.js';
import { syncTabs } from './tab-sync.js';
import { sampleConfig } from '../../test/helpers/store.js';
import { cleanUp, cookieChangesReported, openPage, scriptTag, until } from '../../test/helpers/page.js';
import type { ConsentChangeDetail } from './types.js';

/** A page's store on the real consent cookie, as each tab of the site has one. */
function tab() {
  const changes: ConsentChangeDetail[] = [];
  const store = new ConsentStore({ target: null, globalPrivacyControl: false }).load(sampleConfig({ cookie: { name: 'sync_test' } }));
  store.on('consent-change', (detail) => changes.push(detail));
  return { store, changes, stop: syncTabs(store) };
}

describe('tabs in sync (the consent cookie)', () => {
  const stops: Array<() => void> = [];
  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
    document.cookie = 'sync_test=; max-age=0; path=/';
  });
  const open = () => {
    const t = tab();
    stops.push(t.stop);
    return t;
  };

  it('a decision in one tab reaches the other at once (Cookie Store change event), with reason sync', async () => {
    const [first, second] = [open(), open()];
    await cookieChangesReported();
    first.store.save({ analytics: true });
    await waitUntil(() => second.changes.length, 'the other tab never heard of it');
    expect(second.changes.map((c) => [c.reason, c.changed])).to.deep.equal([['sync', ['analytics']]]);
    expect(second.store.get('analytics')).to.equal(true);
    expect(second.store.consentId).to.equal(first.store.consentId);
    // The tab that decided hears its own write and finds nothing new.
    expect(first.changes.map((c) => c.reason)).to.deep.equal(['save']);
  });

  it('a reset in one tab forgets the decision in the other', async () => {
    const first = open();
    first.store.acceptAll();
    const second = open();
    expect(second.store.decided).to.equal(true);
    await cookieChangesReported();
    first.store.reset();
    await waitUntil(() => !second.store.decided, 'the other tab kept the decision');
    expect(second.changes.map((c) => c.reason)).to.deep.equal(['sync']);
  });

  it('without change events, the window getting the focus or the tab becoming visible re-reads the cookie', () => {
    const first = open();
    const second = open();
    first.store.rejectAll();
    // Synchronously, before any change event can arrive.
    dispatchEvent(new Event('focus'));
    expect(second.store.decided).to.equal(true);
    expect(second.changes.map((c) => c.reason)).to.deep.equal(['sync']);
    first.store.acceptAll();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(second.store.get('marketing')).to.equal(true);
  });

  it('stops listening when stopped', async () => {
    const first = open();
    const second = tab();
    second.stop();
    // A tab still listening hears the change event that the stopped one would have heard too.
    const witness = open();
    await cookieChangesReported();
    first.store.acceptAll();
    await waitUntil(() => witness.store.decided, 'the listening tab never heard the change');
    // The focus handler runs synchronously: had it stayed, the stopped tab would sync now.
    dispatchEvent(new Event('focus'));
    expect(second.store.decided).to.equal(false);
  });

  it('the script tag reaches the Cookie Store only once the page has loaded (it costs main-thread time at start)', async () => {
    const RECORD = `<script>window.__cookieStoreAt=[];let o=window;while(!Object.getOwnPropertyDescriptor(o,'cookieStore'))o=Object.getPrototypeOf(o);const get=Object.getOwnPropertyDescriptor(o,'cookieStore').get;
Object.defineProperty(window,'cookieStore',{configurable:true,get(){__cookieStoreAt.push(document.readyState);return get.call(this)}})</script>`;
    try {
      const page = await openPage(RECORD + scriptTag(sampleConfig({ cookie: { name: 'sync_test' } })));
      await until(() => page.win.__cookieStoreAt.length);
      expect(page.win.__cookieStoreAt).to.deep.equal(['complete']);
    } finally {
      cleanUp();
    }
  });
});

/** Global Privacy Control: the store's rules, then the script-tag build in a page whose browser sends GPC. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { encodeRecord } from '../../src/core/consent-record.js';
import { memoryStorage } from '../../src/core/storage/memory-storage.js';
import type { ConsentChangeDetail } from '../../src/core/types.js';
import { cleanUp, openPage, scriptTag, until } from '../helpers/page.js';
import { DAY, NOW, makeStore, record, sampleConfig } from '../helpers/store.js';

const NONE = { necessary: true, analytics: false, marketing: false, functional: false };

describe('Global Privacy Control in the store', () => {
  for (const signal of [true, '1'])
    it(`${JSON.stringify(signal)}: marketing starts refused, with a gpc consent-change right after consent-ready`, async () => {
      const target = new EventTarget();
      const events: string[] = [];
      target.addEventListener('consent-ready', () => events.push('ready'));
      target.addEventListener('consent-change', (e) => events.push((e as CustomEvent<ConsentChangeDetail>).detail.reason));
      const { store } = makeStore({ globalPrivacyControl: signal, target });
      await store.whenReady;
      expect(events).to.deep.equal(['ready', 'gpc']);
      expect(store.gpcApplied).to.equal(true);
      expect(store.gpcCategories).to.deep.equal(['marketing']);
      expect(store.getAll()).to.deep.equal(NONE);
      // GPC is not a decision: nothing stored, and the banner still asks about the rest.
      expect(store.decided).to.equal(false);
      expect(store.bannerOpen).to.equal(true);
    });

  for (const signal of [false, '0', 0, 1, 'true', null, undefined])
    it(`${JSON.stringify(signal) ?? 'undefined'} is no signal`, () => {
      const { store, target } = makeStore({ globalPrivacyControl: signal, load: false });
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      store.load(sampleConfig());
      expect(store.gpcApplied).to.equal(false);
      expect(store.gpcCategories).to.deep.equal([]);
      expect(changes).to.deep.equal([]);
    });

  it('is ignored when the config says gpc: false', () => {
    const { store, target } = makeStore({ globalPrivacyControl: true, load: false });
    const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
    store.load(sampleConfig({ gpc: false }));
    expect(store.gpcApplied).to.equal(false);
    expect(changes).to.deep.equal([]);
    store.acceptAll();
    expect(store.get('marketing')).to.equal(true);
  });

  it('never grants: acceptAll leaves the GPC categories refused, and the detail says so', () => {
    const { store, target } = makeStore({ globalPrivacyControl: true });
    const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
    store.acceptAll();
    expect(store.getAll()).to.deep.equal({ necessary: true, analytics: true, marketing: false, functional: true });
    expect(changes[0].categories.marketing).to.equal(false);
    expect(changes[0].changed).to.deep.equal(['analytics', 'functional']);
    store.rejectAll();
    expect(store.getAll()).to.deep.equal(NONE);
  });

  it('the visitor switching a GPC category on by hand is their own choice (save), as the banner tells them', () => {
    const { store } = makeStore({ globalPrivacyControl: true });
    store.save({ marketing: true });
    expect(store.get('marketing')).to.equal(true);
  });

  it('follows the categories marked gpc: true, and marketing: { gpc: false }', () => {
    const config = sampleConfig();
    config.categories!.marketing.gpc = false;
    config.categories!.sale = { label: 'Sale of data', gpc: true };
    const { store } = makeStore({ globalPrivacyControl: true, config });
    expect(store.gpcCategories).to.deep.equal(['sale']);
    store.acceptAll();
    expect(store.get('marketing')).to.equal(true);
    expect(store.get('sale')).to.equal(false);
  });

  it('never lists necessary, even marked gpc: true, and necessary stays granted', () => {
    const config = sampleConfig();
    config.categories!.necessary.gpc = true;
    const { store } = makeStore({ globalPrivacyControl: true, config });
    expect(store.gpcCategories).to.deep.equal(['marketing']);
    store.acceptAll();
    expect(store.get('necessary')).to.equal(true);
  });

  it('leaves a valid stored decision as it is, without a gpc event', () => {
    const stored = encodeRecord({
      consentId: '3f1c7b9e-2a4d-4e8f-9b6a-0c1d2e3f4a5b',
      timestamp: NOW - DAY,
      revision: 1,
      choices: { necessary: true, analytics: true, marketing: false, functional: false },
    });
    const { store, target } = makeStore({ globalPrivacyControl: true, storage: memoryStorage(stored), load: false });
    const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
    store.load(sampleConfig());
    expect(changes).to.deep.equal([]);
    expect(store.get('analytics')).to.equal(true);
    expect(store.bannerOpen).to.equal(false);
  });

  it('an expired stored decision gives one consent-change (expired), not a second one for gpc', async () => {
    const stored = encodeRecord({
      consentId: '3f1c7b9e-2a4d-4e8f-9b6a-0c1d2e3f4a5b',
      timestamp: NOW - 400 * DAY,
      revision: 1,
      choices: { necessary: true, analytics: true, marketing: true, functional: true },
    });
    const { store, target } = makeStore({ globalPrivacyControl: true, storage: memoryStorage(stored), load: false });
    const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
    await store.load(sampleConfig()).whenReady;
    expect(changes.map((c) => c.reason)).to.deep.equal(['expired']);
    expect(store.getAll()).to.deep.equal(NONE);
  });
});

/** Makes the page's browser send GPC before the library runs (Chromium has no such setting). */
const gpcSignal = (value: unknown) =>
  `<script>Object.defineProperty(Navigator.prototype,'globalPrivacyControl',{get:()=>${JSON.stringify(value)},configurable:true});` +
  `window.__changes=[];document.addEventListener('consent-change',e=>__changes.push(e.detail))</script>`;

describe('Global Privacy Control through the script-tag build', function () {
  this.timeout(15_000);
  afterEach(cleanUp);

  for (const signal of [true, '1'])
    it(`navigator.globalPrivacyControl = ${JSON.stringify(signal)}: refused from the start, never granted, proven`, async () => {
      const key = `gpc-${Date.now().toString(36)}-${String(signal).length}`;
      const config = sampleConfig({ proofOfConsent: { endpoint: `/__proof/${key}` } });
      const page = await openPage(gpcSignal(signal) + scriptTag(config));
      const store = page.win.consentElements;
      expect(page.win.__changes.map((c: ConsentChangeDetail) => c.reason)).to.deep.equal(['gpc']);
      expect(store.gpcCategories).to.deep.equal(['marketing']);
      // The banner tells the visitor which categories GPC keeps refused.
      const notice = await until(() => page.doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part="gpc"]'));
      expect(notice.textContent).to.contain('Global Privacy Control').and.contain('Publicité');

      store.acceptAll();
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: true, marketing: false, functional: true });
      expect(page.doc.cookie).to.match(/consent_elements=[^;]*marketing=0/);
      const updates = (page.win.dataLayer as ArrayLike<unknown>[])
        .filter((entry) => entry[0] == 'consent' && entry[1] == 'update')
        .map((entry) => entry[2] as Record<string, string>);
      expect(updates.at(-1)).to.deep.include({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });

      // One proof, for the visitor's decision only (none for the gpc pre-setting, which would
      // have been sent at load, before this one): wait for the decision's, then count.
      const proofs = await until(async () => {
        const log: Array<{ body: string }> = await executeServerCommand('proof-log', { key });
        return log.some((proof) => JSON.parse(proof.body).reason == 'accept-all') && log;
      }, 'the proof of the decision');
      expect(proofs).to.have.length(1);
      expect(JSON.parse(proofs[0].body)).to.deep.include({ reason: 'accept-all', gpc: true });
      expect(JSON.parse(proofs[0].body).choices.marketing).to.equal(false);
    });

  it('without the signal nothing is pre-refused', async () => {
    const page = await openPage(gpcSignal(false) + scriptTag(sampleConfig()));
    expect(page.win.__changes).to.deep.equal([]);
    await until(() => page.doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="accept-button"]'));
    expect(page.doc.querySelector('consent-banner')!.shadowRoot!.querySelector('[part="gpc"]')).to.equal(null);
    page.win.consentElements.acceptAll();
    expect(page.win.consentElements.get('marketing')).to.equal(true);
  });
});

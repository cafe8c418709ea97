import { expect } from '@open-wc/testing';
import { memoryStorage } from '../core/storage/memory-storage.js';
import { normalizeConfig } from '../core/config.js';
import { makeStore, sampleConfig } from '../../test/helpers/store.js';
import { cleanUp, openPage, reloadPage, scriptTag } from '../../test/helpers/page.js';
import { connectConsentMode, ensureGtag, setConsentDefaults } from './consent-mode.js';

const args = (entry: unknown) => [...(entry as ArrayLike<unknown>)];
const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) == '[object Arguments]';
const ALL_DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

describe('Google Consent Mode v2', () => {
  describe('in isolation', () => {
    it('gtag pushes its arguments object, not an array', () => {
      const win: { dataLayer?: unknown[] } = {};
      ensureGtag(win)('event', 'x');
      expect(isArguments(win.dataLayer![0])).to.equal(true);
      expect(Array.isArray(win.dataLayer![0])).to.equal(false);
    });

    it('keeps a site gtag and dataLayer that already exist', () => {
      const dataLayer = ['site entry'];
      const gtag = () => {};
      const win = { dataLayer, gtag };
      expect(ensureGtag(win)).to.equal(gtag);
      expect(win.dataLayer).to.equal(dataLayer);
    });

    it('replaces a dataLayer of the wrong type, with one error', () => {
      const win: { dataLayer?: unknown } = { dataLayer: 'oops' };
      const original = console.error;
      const errors: unknown[] = [];
      console.error = (m: unknown) => errors.push(m);
      try {
        ensureGtag(win as { dataLayer?: unknown[] });
      } finally {
        console.error = original;
      }
      expect(win.dataLayer).to.deep.equal([]);
      expect(errors).to.have.length(1);
    });

    it('sets every type denied but security_storage, with wait_for_update', () => {
      const win: { dataLayer?: unknown[] } = {};
      setConsentDefaults(normalizeConfig({}).config, win);
      expect(win.dataLayer!.map(args)).to.deep.equal([['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]]);
    });

    it('adds region defaults, ads_data_redaction and url_passthrough when configured', () => {
      const win: { dataLayer?: unknown[] } = {};
      const { config } = normalizeConfig({
        consentMode: {
          waitForUpdate: 800,
          adsDataRedaction: true,
          urlPassthrough: true,
          regions: [{ region: ['US-CA'], analytics_storage: 'granted' }],
        },
      });
      setConsentDefaults(config, win);
      expect(win.dataLayer!.map(args)).to.deep.equal([
        ['consent', 'default', { ...ALL_DENIED, analytics_storage: 'granted', region: ['US-CA'] }],
        ['consent', 'default', { ...ALL_DENIED, wait_for_update: 800 }],
        ['set', 'ads_data_redaction', true],
        ['set', 'url_passthrough', true],
      ]);
    });

    it('sends nothing at all when Consent Mode is turned off', () => {
      const win: { dataLayer?: unknown[] } = {};
      const { config } = normalizeConfig({ consentMode: { enabled: false } });
      setConsentDefaults(config, win);
      const { store } = makeStore({ config: { consentMode: { enabled: false }, categories: { analytics: {} } } });
      connectConsentMode(store, win);
      store.acceptAll();
      expect(win.dataLayer).to.equal(undefined);
    });

    it('after each decision: one full update and a consent_update event', () => {
      const win: { dataLayer?: unknown[] } = {};
      const { store } = makeStore();
      connectConsentMode(store, win);
      expect(win.dataLayer).to.equal(undefined);
      store.save({ analytics: true });
      expect(win.dataLayer).to.have.length(2);
      expect(args(win.dataLayer![0])).to.deep.equal(['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }]);
      expect(win.dataLayer![1]).to.deep.include({ event: 'consent_update' });
    });

    it('maps marketing to the three ad types and functional to two', () => {
      const win: { dataLayer?: unknown[] } = {};
      const { store } = makeStore();
      connectConsentMode(store, win);
      store.save({ marketing: true, functional: true });
      expect(args(win.dataLayer![0])[2]).to.deep.equal({
        ...ALL_DENIED,
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
      });
    });

    it('follows a custom mapping', () => {
      const win: { dataLayer?: unknown[] } = {};
      const { store } = makeStore({
        config: sampleConfig({ consentMode: { mapping: { functional: ['analytics_storage'] } } }),
      });
      connectConsentMode(store, win);
      store.save({ functional: true, analytics: true });
      expect(args(win.dataLayer![0])[2]).to.deep.equal({ ...ALL_DENIED, analytics_storage: 'granted' });
    });

    it('updates at once from a stored decision', () => {
      const storage = memoryStorage();
      makeStore({ storage }).store.acceptAll();
      const win: { dataLayer?: unknown[] } = {};
      connectConsentMode(makeStore({ storage }).store, win);
      expect(args(win.dataLayer![0])[1]).to.equal('update');
      expect(args(win.dataLayer![0])[2]).to.include({ analytics_storage: 'granted', ad_storage: 'granted' });
    });
  });

  describe('in a page with the script tag', () => {
    afterEach(cleanUp);
    const config = sampleConfig();

    it('issues the default before the site’s own gtag config, as Arguments', async () => {
      const page = await openPage(`${scriptTag(config)}<script>gtag('js', new Date()); gtag('config', 'G-TEST')</script>`);
      const layer = page.win.dataLayer as unknown[];
      expect(layer.every((entry) => isArguments(entry))).to.equal(true);
      expect(layer.map((e) => args(e).slice(0, 2))).to.deep.equal([
        ['consent', 'default'],
        ['js', args(layer[1])[1]],
        ['config', 'G-TEST'],
      ]);
    });

    it('a returning visitor: the update follows the default at once, before the site’s tags', async () => {
      let page = await openPage(scriptTag(config));
      page.win.consentElements.save({ analytics: true });
      page = await reloadPage(page);
      const layer = page.win.dataLayer as unknown[];
      expect(args(layer[0]).slice(0, 2)).to.deep.equal(['consent', 'default']);
      expect(args(layer[1])).to.deep.equal(['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }]);
    });

    it('one full update per decision, never partial', async () => {
      const page = await openPage(scriptTag(config));
      const before = (page.win.dataLayer as unknown[]).length;
      page.win.consentElements.acceptAll();
      page.win.consentElements.rejectAll();
      const updates = (page.win.dataLayer as unknown[]).slice(before).filter((e) => isArguments(e));
      expect(updates).to.have.length(2);
      for (const update of updates) expect(Object.keys(args(update)[2] as object)).to.have.length(7);
    });
  });
});

import { expect } from '@open-wc/testing';
import type { ConsentChangeDetail, ConsentReadyDetail } from './types.js';
import { ConsentStore } from './consent-store.js';
import { encodeRecord } from './consent-record.js';
import { memoryStorage } from './storage/memory-storage.js';
import { DAY, NOW, makeStore, record, sampleConfig } from '../../test/helpers/store.js';

describe('ConsentStore', () => {
  describe('before any decision', () => {
    it('refuses every category but necessary', () => {
      const { store } = makeStore();
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: false, marketing: false, functional: false });
      expect(store.decided).to.equal(false);
      expect(store.bannerOpen).to.equal(true);
    });

    it('answers false for a category it does not know', () => {
      const { store } = makeStore();
      expect(store.get('unknown')).to.equal(false);
      expect(store.get('__proto__')).to.equal(false);
    });

    it('fires consent-ready once, with the stored state', async () => {
      const { store, target } = makeStore({ load: false });
      const ready = record<ConsentReadyDetail>(target as EventTarget, 'consent-ready');
      store.load(sampleConfig());
      store.load(sampleConfig());
      await store.whenReady;
      expect(ready).to.have.length(1);
      expect(ready[0]).to.deep.equal({
        categories: { necessary: true, analytics: false, marketing: false, functional: false },
        services: { 'google-analytics': false },
        decided: false,
        consentId: null,
        timestamp: null,
        revision: 1,
      });
    });

    it('dispatches its events on document by default, bubbling and composed', async () => {
      const store = new ConsentStore({ storage: memoryStorage(), globalPrivacyControl: false });
      let event: CustomEvent | undefined;
      const listener = (e: Event) => (event = e as CustomEvent);
      document.addEventListener('consent-ready', listener);
      try {
        store.load(sampleConfig());
        await store.whenReady;
      } finally {
        document.removeEventListener('consent-ready', listener);
      }
      expect(event?.bubbles).to.equal(true);
      expect(event?.composed).to.equal(true);
      expect(event?.detail.decided).to.equal(false);
    });

    it('dispatches consent-ready to a listener added after load() in the same task, as the README shows', async () => {
      const { store, target } = makeStore({ load: false });
      const events: string[] = [];
      store.load(sampleConfig());
      // The store's own listeners would have heard it already; the page's DOM listener comes now.
      for (const type of ['consent-ready', 'consent-change'])
        target!.addEventListener(type, (e) => events.push(type + ':' + ((e as CustomEvent).detail.reason ?? '')));
      expect(events).to.deep.equal([]);
      await store.whenReady;
      expect(events).to.deep.equal(['consent-ready:']);
    });

    it('lets out consent-ready before a decision taken in the same task as load()', () => {
      const { store, target } = makeStore({ load: false });
      const events: string[] = [];
      store.load(sampleConfig());
      for (const type of ['consent-ready', 'consent-change'])
        target!.addEventListener(type, (e) => events.push(type + ':' + ((e as CustomEvent).detail.reason ?? '')));
      store.acceptAll();
      expect(events).to.deep.equal(['consent-ready:', 'consent-change:accept-all']);
    });

    it('whenReady resolves with the consent-ready detail, before and after the fact', async () => {
      const { store } = makeStore({ load: false });
      const early = store.whenReady;
      store.load(sampleConfig());
      const detail = await early;
      expect(detail.decided).to.equal(false);
      expect(await store.whenReady).to.equal(detail);
      expect(store.ready).to.equal(true);
    });

    it('whenReady resolves for an invalid config too (everything refused)', async () => {
      const { store } = makeStore({ config: { revision: 'x' } });
      expect((await store.whenReady).categories).to.deep.equal({ necessary: true });
    });
  });

  describe('decisions', () => {
    it('acceptAll grants every category and says so', () => {
      const { store, target } = makeStore();
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      store.acceptAll();
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: true, marketing: true, functional: true });
      expect(changes).to.deep.equal([
        {
          categories: { necessary: true, analytics: true, marketing: true, functional: true },
          services: { 'google-analytics': true },
          changed: ['analytics', 'marketing', 'functional'],
          reason: 'accept-all',
          consentId: '00000000-0000-4000-8000-000000000001',
          timestamp: NOW,
          revision: 1,
        },
      ]);
    });

    it('rejectAll refuses everything but necessary, and still records a decision', () => {
      const { store, target } = makeStore();
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      store.rejectAll();
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: false, marketing: false, functional: false });
      expect(store.decided).to.equal(true);
      expect(store.bannerOpen).to.equal(false);
      expect(changes[0].reason).to.equal('reject-all');
      expect(changes[0].changed).to.deep.equal([]);
    });

    it('save grants only the categories set to true', () => {
      const { store } = makeStore();
      store.save({ analytics: true, marketing: false });
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: true, marketing: false, functional: false });
    });

    it('save refuses truthy values that are not exactly true', () => {
      const { store } = makeStore();
      store.save({ analytics: 'yes', marketing: 1 } as unknown as Record<string, boolean>);
      expect(store.get('analytics')).to.equal(false);
      expect(store.get('marketing')).to.equal(false);
    });

    it('save ignores categories the config does not declare', () => {
      const { store } = makeStore();
      store.save({ analytics: true, tracking: true });
      expect(store.getAll()).to.not.have.property('tracking');
      expect(store.get('tracking')).to.equal(false);
    });

    it('save cannot refuse necessary', () => {
      const { store } = makeStore();
      store.save({ necessary: false });
      expect(store.get('necessary')).to.equal(true);
    });

    it('save survives nonsense arguments', () => {
      const { store } = makeStore();
      store.save(null as unknown as Record<string, boolean>);
      expect(store.decided).to.equal(true);
      expect(store.get('analytics')).to.equal(false);
    });

    it('lists in `changed` only what changed since the previous decision', () => {
      const { store, target } = makeStore();
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      store.save({ analytics: true });
      store.save({ analytics: true, marketing: true });
      store.rejectAll();
      expect(changes.map((c) => c.changed)).to.deep.equal([['analytics'], ['marketing'], ['analytics', 'marketing']]);
    });

    it('keeps one consent id across decisions, and stamps each with the clock', () => {
      const { store, clock } = makeStore();
      store.acceptAll();
      const id = store.consentId;
      clock.now += 60_000;
      store.rejectAll();
      expect(store.consentId).to.equal(id);
      expect(store.timestamp).to.equal(NOW + 60_000);
    });

    it('makes random UUIDs by default', () => {
      const { store } = makeStore({ randomId: undefined });
      store.acceptAll();
      expect(store.consentId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it('reset forgets the decision, re-opens the banner and issues a new id next time', () => {
      const { store, target } = makeStore();
      store.acceptAll();
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      store.reset();
      expect(store.decided).to.equal(false);
      expect(store.bannerOpen).to.equal(true);
      expect(changes[0]).to.include({ reason: 'reset', consentId: null, timestamp: null });
      expect(changes[0].changed).to.deep.equal(['analytics', 'marketing', 'functional']);
      store.acceptAll();
      expect(store.consentId).to.equal('00000000-0000-4000-8000-000000000002');
    });

    it('returns an unsubscribe function from on()', () => {
      const { store } = makeStore();
      const reasons: string[] = [];
      const stop = store.on('consent-change', (detail) => reasons.push(detail.reason));
      store.acceptAll();
      stop();
      store.rejectAll();
      expect(reasons).to.deep.equal(['accept-all']);
    });

    it('keeps going when a listener throws', () => {
      const { store } = makeStore();
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      let second = false;
      try {
        store.on('consent-change', () => {
          throw new Error('a broken site listener');
        });
        store.on('consent-change', () => (second = true));
        store.acceptAll();
      } finally {
        console.error = original;
      }
      expect(second).to.equal(true);
      expect(store.get('analytics')).to.equal(true);
      expect(errors).to.have.length(1);
    });
  });

  describe('layers', () => {
    it('openPreferences and closePreferences drive the dialog state and notify', () => {
      const { store } = makeStore();
      let notified = 0;
      store.on('ui', () => notified++);
      store.openPreferences();
      expect(store.preferencesOpen).to.equal(true);
      store.closePreferences();
      expect(store.preferencesOpen).to.equal(false);
      expect(notified).to.equal(2);
    });

    it('openBanner shows the first layer again after a decision, until the next one', () => {
      const { store } = makeStore();
      store.rejectAll();
      expect(store.bannerOpen).to.equal(false);
      store.openBanner();
      expect(store.bannerOpen).to.equal(true);
      store.acceptAll();
      expect(store.bannerOpen).to.equal(false);
    });

    it('a decision closes the preferences', () => {
      const { store } = makeStore();
      store.openPreferences();
      store.save({ analytics: true });
      expect(store.preferencesOpen).to.equal(false);
    });
  });

  describe('persistence', () => {
    it('a new page with the same storage restores the decision', () => {
      const storage = memoryStorage();
      makeStore({ storage }).store.save({ analytics: true });
      const { store } = makeStore({ storage });
      expect(store.decided).to.equal(true);
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: true, marketing: false, functional: false });
      expect(store.bannerOpen).to.equal(false);
    });

    it('writes the expiry 13 calendar months after the decision', () => {
      const written: Date[] = [];
      const storage = { ...memoryStorage(), write: (_value: string, expires: Date) => (written.push(expires), true) };
      const clock = { now: new Date(2025, 0, 31, 9).getTime() };
      makeStore({ storage, clock }).store.acceptAll();
      expect(written[0].getFullYear()).to.equal(2026);
      expect(written[0].getMonth()).to.equal(1);
      expect(written[0].getDate()).to.equal(28);
    });

    it('re-asks once the 13 months are over, with reason expired', async () => {
      const storage = memoryStorage();
      const clock = { now: NOW };
      makeStore({ storage, clock }).store.acceptAll();
      clock.now = new Date(2026, 6, 15, 10).getTime(); // exactly 13 months later
      const { store, target } = makeStore({ storage, clock, load: false });
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      await store.load(sampleConfig()).whenReady;
      expect(store.decided).to.equal(false);
      expect(store.get('analytics')).to.equal(false);
      expect(changes[0].reason).to.equal('expired');
      expect(store.reasked).to.equal('expired');
      expect(changes[0].changed).to.deep.equal(['analytics', 'marketing', 'functional']);
    });

    it('keeps the decision one day before the 13 months are over', () => {
      const storage = memoryStorage();
      const clock = { now: NOW };
      makeStore({ storage, clock }).store.acceptAll();
      clock.now = new Date(2026, 6, 14, 10).getTime();
      expect(makeStore({ storage, clock }).store.decided).to.equal(true);
    });

    it('re-asks everyone when the revision goes up, with reason revision', async () => {
      const storage = memoryStorage();
      makeStore({ storage }).store.acceptAll();
      const { store, target } = makeStore({ storage, load: false });
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      await store.load(sampleConfig({ revision: 2 })).whenReady;
      expect(store.decided).to.equal(false);
      expect(changes.map((c) => c.reason)).to.deep.equal(['revision']);
    });

    it('re-asks everyone when the privacy policy version changes, and says why', async () => {
      const storage = memoryStorage();
      makeStore({ storage, config: sampleConfig({ privacyPolicy: { version: '1.0' } }) }).store.acceptAll();
      const same = makeStore({ storage, config: sampleConfig({ privacyPolicy: { version: '1.0' } }) }).store;
      expect(same.decided).to.equal(true);
      expect(same.reasked).to.equal(undefined);
      const { store, target } = makeStore({ storage, load: false });
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      await store.load(sampleConfig({ privacyPolicy: { version: '2.0' } })).whenReady;
      expect(store.decided).to.equal(false);
      expect(store.reasked).to.equal('revision');
      expect(changes.map((c) => c.reason)).to.deep.equal(['revision']);
    });

    it('re-asks when the config gained a category the visitor was never asked about', () => {
      const storage = memoryStorage();
      makeStore({ storage }).store.acceptAll();
      const config = sampleConfig();
      config.categories!.chat = { label: 'Chat' };
      const { store } = makeStore({ storage, config });
      expect(store.decided).to.equal(false);
      expect(store.get('analytics')).to.equal(false);
    });

    it('ignores a decision dated in the future (tampered cookie)', () => {
      const value = encodeRecord({
        consentId: '00000000-0000-4000-8000-000000000009',
        timestamp: NOW + 30 * DAY,
        revision: 1,
        choices: { necessary: true, analytics: true, marketing: true, functional: true },
      });
      const { store } = makeStore({ storage: memoryStorage(value) });
      expect(store.decided).to.equal(false);
      expect(store.get('marketing')).to.equal(false);
    });

    it('grants nothing from a forged cookie naming unknown categories', () => {
      const value = '1|00000000-0000-4000-8000-000000000009|' + NOW.toString(36) + '|1|necessary=1&analytics=0&marketing=0&functional=0&admin=1';
      const { store } = makeStore({ storage: memoryStorage(value) });
      expect(store.decided).to.equal(true);
      expect(store.get('admin')).to.equal(false);
      expect(store.getAll()).to.not.have.property('admin');
    });

    it('keeps the decision in memory when storage refuses it', () => {
      const storage = { read: () => undefined, write: () => false, remove() {} };
      const { store } = makeStore({ storage });
      store.save({ analytics: true });
      expect(store.persisted).to.equal(false);
      expect(store.get('analytics')).to.equal(true);
      expect(store.bannerOpen).to.equal(false);
    });
  });

  describe('tabs and long-lived pages (sync)', () => {
    it('applies a decision stored by another tab, with reason sync', () => {
      const storage = memoryStorage();
      const { store, target } = makeStore({ storage });
      const other = makeStore({ storage, clock: { now: NOW + 1000 } }).store;
      other.save({ marketing: true });
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      store.sync();
      expect(store.get('marketing')).to.equal(true);
      expect(changes.map((c) => [c.reason, c.changed])).to.deep.equal([['sync', ['marketing']]]);
    });

    it('does nothing when nothing changed', () => {
      const storage = memoryStorage();
      const { store, target } = makeStore({ storage });
      store.acceptAll();
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      store.sync();
      expect(changes).to.have.length(0);
    });

    it('forgets the decision when another tab reset it', () => {
      const storage = memoryStorage();
      const { store } = makeStore({ storage });
      store.acceptAll();
      storage.remove();
      store.sync();
      expect(store.decided).to.equal(false);
    });

    it('expires the decision of a page left open past the 13 months', () => {
      const clock = { now: NOW };
      const { store, target } = makeStore({ clock });
      store.acceptAll();
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      clock.now += 400 * DAY;
      store.sync();
      expect(store.get('analytics')).to.equal(false);
      expect(store.bannerOpen).to.equal(true);
      expect(changes.map((c) => c.reason)).to.deep.equal(['expired']);
    });
  });

  describe('invalid config', () => {
    it('logs one error naming the field and refuses everything, even with a stored grant', () => {
      const storage = memoryStorage();
      makeStore({ storage }).store.acceptAll();
      const errors: string[] = [];
      const original = console.error;
      console.error = (message: string) => errors.push(message);
      let store;
      try {
        store = makeStore({ storage, config: { categories: { analytics: { services: 'GA' } } } }).store;
      } finally {
        console.error = original;
      }
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('categories.analytics.services');
      expect(store.get('analytics')).to.equal(false);
      expect(store.bannerOpen).to.equal(false);
      store.acceptAll();
      expect(store.get('analytics')).to.equal(false);
    });
  });

  describe('Global Privacy Control', () => {
    it('starts advertising refused with reason gpc, and accept all leaves it refused', async () => {
      const { store, target } = makeStore({ globalPrivacyControl: true, load: false });
      const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
      await store.load(sampleConfig()).whenReady;
      expect(changes.map((c) => c.reason)).to.deep.equal(['gpc']);
      expect(store.gpcCategories).to.deep.equal(['marketing']);
      store.acceptAll();
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: true, marketing: false, functional: true });
    });

    it('still lets the visitor grant advertising explicitly', () => {
      const { store } = makeStore({ globalPrivacyControl: true });
      store.save({ marketing: true });
      expect(store.get('marketing')).to.equal(true);
    });

    it('is ignored when the config says gpc: false', () => {
      const { store } = makeStore({ globalPrivacyControl: true, config: sampleConfig({ gpc: false }) });
      expect(store.gpcApplied).to.equal(false);
      store.acceptAll();
      expect(store.get('marketing')).to.equal(true);
    });
  });
});

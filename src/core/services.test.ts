import { expect } from '@open-wc/testing';
import { normalizeConfig } from './config.js';
import { decodeRecord, encodeRecord } from './consent-record.js';
import type { ConsentChangeDetail } from './types.js';
import { memoryStorage } from './storage/memory-storage.js';
import { makeStore, record } from '../../test/helpers/store.js';
import { expandServices } from '../catalogue/expand.js';
import { connectConsentMode } from '../integrations/consent-mode.js';

const config = {
  categories: {
    analytics: { services: ['google-analytics', { name: 'Mon Outil Maison', cookies: [{ name: 'mo_id' }] }] },
    marketing: { services: [{ preset: 'youtube', name: 'Vidéos', cookies: [{ name: 'YSC', lifetime: 'session' }] }, 'meta-pixel'] },
  },
};

describe('services: presets in the config', () => {
  it('gives every service an id: the catalogue id, else one derived from the name', () => {
    const { config: c, error } = normalizeConfig(config);
    expect(error).to.equal(undefined);
    expect(c.categories.analytics.services!.map((s) => s.id)).to.deep.equal(['google-analytics', 'mon-outil-maison']);
    expect(c.categories.marketing.services![0]).to.include({ id: 'youtube', preset: 'youtube', name: 'Vidéos' });
  });

  it('names the bad field: a custom service without name, a bad id, an id used twice', () => {
    expect(normalizeConfig({ categories: { analytics: { services: [{ provider: 'X' }] } } }).error).to.contain('"categories.analytics.services[0].name"');
    expect(normalizeConfig({ categories: { analytics: { services: ['Google Analytics'] } } }).error).to.contain('"categories.analytics.services[0].preset"');
    expect(normalizeConfig({ categories: { analytics: { services: ['hotjar'] }, marketing: { services: ['hotjar'] } } }).error).to.contain(
      '"categories.marketing.services[0]" has the id "hotjar"',
    );
  });

  it('expands presets on demand, field by field: the config wins where it speaks', async () => {
    const { config: c } = normalizeConfig(config);
    const services = await expandServices(c, 'fr');
    const [ga, own] = services.analytics;
    expect(ga).to.include({ id: 'google-analytics', name: 'Google Analytics', provider: 'Google Ireland Limited', privacyUrl: 'https://policies.google.com/privacy' });
    expect(ga.cookies!.map((k) => [k.name, k.lifetime])).to.deep.equal([['_ga', 'P2Y'], ['_ga_*', 'P2Y']]);
    expect((ga.purpose as Record<string, string>).fr).to.be.a('string').and.not.empty;
    expect(own).to.include({ id: 'mon-outil-maison', name: 'Mon Outil Maison' });
    const [youtube] = services.marketing;
    expect(youtube).to.include({ name: 'Vidéos', provider: 'Google Ireland Limited' });
    expect(youtube.cookies).to.deep.equal([{ name: 'YSC', lifetime: 'session' }]);
    expect(youtube.localStorage).to.include('yt-remote-*');
  });
});

describe('services: the store', () => {
  it('getService follows the category until the visitor says otherwise', () => {
    const { store } = makeStore({ config });
    expect(store.getService('google-analytics')).to.equal(false);
    store.save({ analytics: true });
    expect(store.getService('google-analytics')).to.equal(true);
    expect(store.getService('unknown')).to.equal(false);
  });

  it('save(choices, services) keeps per-service choices, in consent-change and in the cookie', () => {
    const storage = memoryStorage();
    const { store, target } = makeStore({ config, storage });
    const changes = record<ConsentChangeDetail>(target as EventTarget, 'consent-change');
    store.save({ analytics: true }, { 'mon-outil-maison': false, youtube: true });
    expect(changes[0].services).to.deep.equal({ 'google-analytics': true, 'mon-outil-maison': false, youtube: true, 'meta-pixel': false });
    expect(store.get('analytics')).to.equal(true);
    expect(store.get('marketing')).to.equal(false);
    // Only the exceptions travel in the cookie.
    expect(storage.read()).to.match(/\|mon-outil-maison=0&youtube=1$/);
    const again = makeStore({ config, storage }).store;
    expect(again.getServices()).to.deep.equal(changes[0].services);
  });

  it('a category choice sets all its services; reject all refuses them all', () => {
    const { store } = makeStore({ config });
    store.save({ marketing: true }, { youtube: false });
    store.acceptAll();
    expect(Object.values(store.getServices()).every(Boolean)).to.equal(true);
    store.rejectAll();
    expect(Object.values(store.getServices()).some(Boolean)).to.equal(false);
  });

  it('allowService before any decision grants that service alone and keeps the banner', () => {
    const storage = memoryStorage();
    const { store } = makeStore({ config, storage });
    store.allowService('youtube');
    expect(store.getService('youtube')).to.equal(true);
    expect(store.decided).to.equal(false);
    expect(store.bannerOpen).to.equal(true);
    expect(store.getAll()).to.deep.equal({ necessary: true, analytics: false, marketing: false });
    const again = makeStore({ config, storage }).store;
    expect(again.getService('youtube')).to.equal(true);
    expect(again.decided).to.equal(false);
    // The visitor then decides on the banner: the decision keeps the same consent id.
    again.save({ analytics: true }, again.getServices());
    expect(again.getService('youtube')).to.equal(true);
    expect(again.get('marketing')).to.equal(false);
  });

  it('round-trips the cookie, and refuses a forged service part', () => {
    const value = encodeRecord({ consentId: '00000000-0000-4000-8000-000000000001', timestamp: 1, revision: 1, choices: { analytics: true }, services: { youtube: true } });
    expect(decodeRecord(value)!.services).to.deep.equal({ youtube: true });
    expect(decodeRecord(value + '&x=1&x=0')).to.equal(undefined);
    expect(decodeRecord(value.replace('youtube=1', 'You Tube=1'))).to.equal(undefined);
  });

  it('Consent Mode stays per category: a service granted alone grants no consent type', () => {
    const { store } = makeStore({ config });
    const win: { dataLayer?: unknown[] } = {};
    connectConsentMode(store, win);
    store.save({ analytics: true }, { youtube: true, 'mon-outil-maison': false });
    const update = [...(win.dataLayer!.at(-2) as ArrayLike<unknown>)][2] as Record<string, string>;
    expect(update).to.include({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  });
});

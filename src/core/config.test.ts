import { expect } from '@open-wc/testing';
import { normalizeConfig } from './config.js';

describe('config', () => {
  it('fills in the defaults', () => {
    const { config, error } = normalizeConfig({ categories: { analytics: {} } });
    expect(error).to.equal(undefined);
    expect(config.revision).to.equal(1);
    expect(config.language).to.equal('auto');
    expect(config.cookie).to.include({ name: 'consent_elements', path: '/', sameSite: 'Lax' });
    expect(Object.keys(config.categories)).to.deep.equal(['necessary', 'analytics']);
    expect(config.consentMode).to.include({ enabled: true, mode: 'basic', waitForUpdate: 500 });
    expect(config.consentMode.mapping.marketing).to.deep.equal(['ad_storage', 'ad_user_data', 'ad_personalization']);
    expect(config.gpc).to.equal(true);
  });

  it('takes a cookie name alone, with SameSite left to its default', () => {
    const { config, error } = normalizeConfig({ cookie: { name: 'cc' } });
    expect(error).to.equal(undefined);
    expect(config.cookie).to.include({ name: 'cc', sameSite: 'Lax' });
  });

  it('puts necessary first whatever the order of the config', () => {
    const { config } = normalizeConfig({ categories: { marketing: {}, necessary: { label: 'Essentiels' } } });
    expect(Object.keys(config.categories)).to.deep.equal(['necessary', 'marketing']);
    expect(config.categories.necessary.label).to.equal('Essentiels');
  });

  const invalid: Array<[string, unknown, string]> = [
    ['not an object', 'consent', '"config"'],
    ['an array', [], '"config"'],
    ['null', null, '"config"'],
    ['a negative revision', { revision: -1 }, '"revision"'],
    ['a revision as text', { revision: '2' }, '"revision"'],
    ['a fractional revision', { revision: 1.5 }, '"revision"'],
    ['categories as an array', { categories: ['analytics'] }, '"categories"'],
    ['a category that is not an object', { categories: { analytics: true } }, '"categories.analytics"'],
    ['a __proto__ category', JSON.parse('{"categories":{"__proto__":{}}}'), '"categories.__proto__"'],
    ['a category name with spaces', { categories: { 'my stats': {} } }, '"categories.my stats"'],
    ['services that are not an array', { categories: { analytics: { services: {} } } }, '"categories.analytics.services"'],
    ['a service without a name', { categories: { analytics: { services: [{}] } } }, '"categories.analytics.services[0].name"'],
    ['scripts that are not strings', { categories: { analytics: { services: [{ name: 'GA', scripts: [1] }] } } }, '"categories.analytics.services[0].scripts"'],
    ['a cookie without a name', { categories: { analytics: { services: [{ name: 'GA', cookies: [{}] }] } } }, '"categories.analytics.services[0].cookies[0].name"'],
    ['a label that is a number', { categories: { analytics: { label: 3 } } }, '"categories.analytics.label"'],
    ['a per-language label with a non-string', { categories: { analytics: { label: { fr: {} } } } }, '"categories.analytics.label"'],
    ['a bad SameSite', { cookie: { sameSite: 'lax; Domain=evil' } }, '"cookie.sameSite"'],
    ['a cookie name with a semicolon', { cookie: { name: 'a;b' } }, '"cookie.name"'],
    ['secure as text', { cookie: { secure: 'yes' } }, '"cookie.secure"'],
    ['an unknown Consent Mode mode', { consentMode: { mode: 'full' } }, '"consentMode.mode"'],
    ['a negative wait_for_update', { consentMode: { waitForUpdate: -5 } }, '"consentMode.waitForUpdate"'],
    ['a mapping to an unknown type', { consentMode: { mapping: { analytics: ['analytics'] } } }, '"consentMode.mapping.analytics"'],
    ['regions that are not an array', { consentMode: { regions: 'FR' } }, '"consentMode.regions"'],
    ['gpc as text', { gpc: 'true' }, '"gpc"'],
    ['a proof endpoint that is not a string', { proofOfConsent: { endpoint: 42 } }, '"proofOfConsent.endpoint"'],
    ['texts as a string', { texts: 'hello' }, '"texts"'],
    ['a privacy policy that is a string', { privacyPolicy: 'see page' }, '"privacyPolicy"'],
    // A `;` in the path would add attributes: `max-age=0` deleted the consent cookie on every write.
    ['a cookie path with a semicolon', { cookie: { path: '/; max-age=0' } }, '"cookie.path"'],
    ['a cookie path with a comma', { cookie: { path: '/a,b' } }, '"cookie.path"'],
    ['a cookie path with a space', { cookie: { path: '/a b' } }, '"cookie.path"'],
    ['a cookie path with a control character', { cookie: { path: '/a\u0000' } }, '"cookie.path"'],
    ['a relative cookie path', { cookie: { path: 'shop' } }, '"cookie.path"'],
    ['a cookie domain of another site', { cookie: { domain: 'example.com' } }, '"cookie.domain"'],
    ['a cookie domain below the host', { cookie: { domain: 'www.' + location.hostname } }, '"cookie.domain"'],
    ['a cookie domain with attributes', { cookie: { domain: location.hostname + '; secure' } }, '"cookie.domain"'],
    ['more categories than the cookie holds', { categories: Object.fromEntries([...Array(101)].map((_, i) => ['c' + i, {}])) }, '"categories"'],
  ];
  for (const [what, input, field] of invalid)
    it(`rejects ${what}, naming ${field}`, () => {
      const { config, error } = normalizeConfig(input);
      expect(error).to.contain(field);
      expect(Object.keys(config.categories)).to.deep.equal(['necessary']);
    });

  it('takes the page host, a leading dot, and a root path', () => {
    for (const domain of [location.hostname, '.' + location.hostname]) {
      const { error } = normalizeConfig({ cookie: { domain, path: '/shop/' } });
      expect(error, domain).to.equal(undefined);
    }
  });

  it('takes a revision that is a timestamp, and 100 categories', () => {
    const categories = Object.fromEntries([...Array(99)].map((_, i) => ['c' + i, {}]));
    expect(normalizeConfig({ revision: 1750000000000, categories }).error).to.equal(undefined);
  });

  it('lists every problem in its one error, not only the first', () => {
    const { error } = normalizeConfig({ revision: -1, gpc: 'yes', cookie: { path: 'x' }, categories: { analytics: { label: 3 } } });
    for (const field of ['"revision"', '"gpc"', '"cookie.path"', '"categories.analytics.label"']) expect(error).to.contain(field);
  });

  it('names every unknown key with the closest known one, and still accepts the config', () => {
    const { error, unknown } = normalizeConfig({
      categorys: { analytics: {} },
      cookie: { nmae: 'x' },
      categories: { analytics: { lable: 'Stats' } },
    });
    expect(error).to.equal(undefined);
    expect(unknown).to.deep.equal([
      '"categorys" (did you mean "categories"?)',
      '"cookie.nmae" (did you mean "name"?)',
      '"categories.analytics.lable" (did you mean "label"?)',
    ]);
  });

  it('knows every key of a full config (no false warning)', () => {
    const { error, unknown } = normalizeConfig({
      revision: 2,
      language: 'fr',
      fallbackLanguage: 'en',
      texts: { fr: {} },
      ui: { theme: 'dark' },
      gpc: true,
      reloadOnWithdrawal: false,
      cookie: { name: 'c', domain: location.hostname, path: '/', secure: true, sameSite: 'Strict' },
      categories: {
        analytics: {
          label: 'A',
          description: 'B',
          gpc: false,
          services: [{ name: 'GA', provider: 'G', purpose: 'p', location: 'US', privacyUrl: 'https://x', scripts: [], localStorage: [], cookies: [{ name: '_ga', lifetime: '13 mois', purpose: 'id' }] }],
        },
      },
      consentMode: { enabled: true, mode: 'basic', waitForUpdate: 500, adsDataRedaction: true, urlPassthrough: false, regions: [{ region: ['FR'], analytics_storage: 'denied' }], mapping: { analytics: ['analytics_storage'] } },
      proofOfConsent: { endpoint: '/log' },
      privacyPolicy: { url: '/p', version: '1', controller: { name: 'X' }, purposes: [], history: [] },
    });
    expect(error).to.equal(undefined);
    expect(unknown).to.deep.equal([]);
  });

  it('survives a config whose getters throw', () => {
    const hostile = {
      get categories() {
        throw new Error('boom');
      },
    };
    const { error } = normalizeConfig(hostile);
    expect(error).to.be.a('string');
  });
});

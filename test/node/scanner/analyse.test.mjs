// The scanner's judgement, without a browser: the same observations must give the same
// violations, services and draft config. The browser side is in scan-cli.test.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyse, draftConfig, isoLifetime } from '../../../dist/scanner/analyse.js';
import { findChrome } from '../../../dist/scanner/chrome.js';
import { loadCatalogue, schemeless, siteOf, wildcard } from '../../../dist/scanner/match.js';
import { escape, renderHtml } from '../../../dist/scanner/report-html.js';

const catalogue = await loadCatalogue(fileURLToPath(new URL('fixtures/catalogue/', import.meta.url)));
const DAY = 86400;
const CHOICE = Date.UTC(2026, 0, 31, 12); // 31 January: 13 months later is 28 February 2027

/** One page's observation, with nothing seen unless given. */
const observation = (phase, seen = {}) => ({
  phase,
  url: 'https://www.example.fr/',
  cookies: [],
  storage: [],
  requests: [],
  scripts: [],
  iframes: [],
  consentCookieName: 'consent_elements',
  consentMode: { googleTags: false, defaultIndex: -1, firstCommandIndex: -1, entries: [] },
  ...(phase == 'before-consent' ? {} : { choiceAt: CHOICE }),
  ...seen,
});
const cookie = (name, extra = {}) => ({ name, domain: 'www.example.fr', path: '/', httpOnly: false, secure: true, thirdParty: false, ...extra });
const page = (...phases) => ({ url: 'https://www.example.fr/', usesLibrary: true, phases });

test('wildcards, scheme-less URLs and sites compare the way the catalogue means them', () => {
  assert.ok(wildcard('_ga_*').test('_ga_ABC123'));
  assert.ok(!wildcard('_ga_*').test('_gat'));
  assert.ok(!wildcard('a.b').test('axb'), 'a dot is a dot');
  assert.equal(schemeless('http://www.googletagmanager.com:8123/gtag/js?id=G-1'), 'www.googletagmanager.com/gtag/js?id=G-1');
  assert.equal(siteOf('www.example.co.uk'), 'example.co.uk');
  assert.equal(siteOf('.shop.example.fr'), 'example.fr');
  assert.equal(siteOf('127.0.0.1'), '127.0.0.1');
});

test('the catalogue recognises cookies, scripts, embeds and hosts, the most specific pattern first', () => {
  assert.equal(catalogue.cookie('_ga')?.id, 'google-analytics');
  assert.equal(catalogue.cookie('_pk_id.1.a1b2')?.id, 'matomo');
  assert.equal(catalogue.cookie('PHPSESSID'), undefined);
  assert.equal(catalogue.url('https://www.googletagmanager.com/gtag/js?id=G-1')?.id, 'google-analytics');
  assert.equal(catalogue.url('http://www.youtube.com:9000/embed/xyz')?.id, 'youtube', 'scheme and port do not matter');
  assert.equal(catalogue.url('https://region1.google-analytics.com/g/collect')?.id, 'google-analytics', 'by host');
  assert.equal(catalogue.storage('yt-remote-device-id')?.id, 'youtube');
});

test('a cookie two entries share goes to the service whose script the page loaded', async () => {
  const { Catalogue } = await import('../../../dist/scanner/match.js');
  const shared = new Catalogue([
    { id: 'clarity', name: 'Clarity', category: 'analytics', cookies: [{ name: 'MUID' }], scripts: ['https://www.clarity.ms/tag/*'] },
    { id: 'bing-ads', name: 'Bing Ads', category: 'marketing', cookies: [{ name: 'MUID' }], scripts: ['https://bat.bing.com/bat.js'] },
  ]);
  const seen = (script) =>
    analyse([page(observation('after-accept', { scripts: [script], cookies: [cookie('MUID', { thirdParty: true, domain: '.bing.com' })] }))], shared).services.map((s) => [s.id, s.cookies.map((c) => c.name)]);
  assert.deepEqual(seen('https://bat.bing.com/bat.js'), [['bing-ads', ['MUID']]]);
  assert.deepEqual(seen('https://www.clarity.ms/tag/abc'), [['clarity', ['MUID']]]);
});

test('before consent, a tracker cookie, a storage key and a third-party request are violations; the consent cookie never is', () => {
  const { violations, services, unrecognised } = analyse(
    [
      page(
        observation('before-consent', {
          cookies: [cookie('_ga', { lifetime: 730 * DAY, setBy: { kind: 'script', url: 'https://www.googletagmanager.com/gtag/js' } }), cookie('consent_elements')],
          storage: [{ area: 'localStorage', key: 'trk', origin: 'https://www.example.fr' }],
          requests: [{ url: 'https://cdn.tracker.io/t.js', host: 'cdn.tracker.io', type: 'script', afterChoice: false }],
        }),
      ),
    ],
    catalogue,
  );
  assert.deepEqual(
    violations.map((v) => [v.kind, v.phase, v.cookie ?? v.key ?? v.url, v.service]),
    [
      ['third-party-request', 'before-consent', 'https://cdn.tracker.io/t.js', undefined],
      ['cookie', 'before-consent', '_ga', 'google-analytics'],
      ['storage', 'before-consent', 'trk', undefined],
    ],
  );
  assert.equal(violations[1].url, 'https://www.googletagmanager.com/gtag/js', 'the cookie points at the script that wrote it');
  assert.deepEqual(services.map((s) => s.id), ['google-analytics']);
  assert.deepEqual(unrecognised.hosts, ['cdn.tracker.io']);
  assert.deepEqual(unrecognised.storage, ['trk']);
});

test('after "reject all", only requests that started after the choice count; after "accept all", nothing is a violation', () => {
  const request = (afterChoice) => ({ url: 'https://connect.facebook.net/en_US/fbevents.js', host: 'connect.facebook.net', type: 'script', afterChoice });
  const { violations } = analyse(
    [
      page(
        observation('after-reject', { requests: [request(false)] }),
        observation('after-accept', { requests: [request(true)], cookies: [cookie('_fbp', { lifetime: 90 * DAY })] }),
      ),
    ],
    catalogue,
  );
  assert.deepEqual(violations, []);
  const late = analyse([page(observation('after-reject', { requests: [request(true)] }))], catalogue).violations;
  assert.deepEqual(late.map((v) => [v.kind, v.phase, v.service]), [['third-party-request', 'after-reject', 'meta-pixel']]);
});

test('a consent cookie is judged against 13 calendar months from the choice', () => {
  const expiring = (iso) => analyse([page(observation('after-accept', { cookies: [cookie('consent_elements', { expires: Date.parse(iso) / 1000 })] }))], catalogue).violations;
  assert.deepEqual(expiring('2027-02-28T12:00:00Z'), [], '31 January + 13 months is the last day of February');
  assert.deepEqual(expiring('2027-03-05T00:00:00Z').map((v) => [v.kind, v.cookie]), [['consent-cookie-lifetime', 'consent_elements']]);
  // The configured name, not only the default one.
  const named = analyse(
    [page(observation('after-reject', { consentCookieName: 'brume_consent', cookies: [cookie('brume_consent', { expires: Date.parse('2028-01-01') / 1000 })] }))],
    catalogue,
  ).violations;
  assert.deepEqual(named.map((v) => [v.kind, v.cookie]), [['consent-cookie-lifetime', 'brume_consent']]);
});

test('Consent Mode: no default, a default after the config, or a Google request before it are violations', () => {
  const mode = (consentMode) => analyse([page(observation('before-consent', { consentMode: { entries: [], ...consentMode } }))], catalogue).violations.map((v) => v.kind);
  assert.deepEqual(mode({ googleTags: true, defaultIndex: 0, firstCommandIndex: 2 }), []);
  assert.deepEqual(mode({ googleTags: false, defaultIndex: -1, firstCommandIndex: -1 }), [], 'no Google tag, nothing to order');
  assert.deepEqual(mode({ googleTags: true, defaultIndex: -1, firstCommandIndex: 0 }), ['consent-mode-default']);
  assert.deepEqual(mode({ googleTags: true, defaultIndex: 3, firstCommandIndex: 1 }), ['consent-mode-default']);
  assert.deepEqual(mode({ googleTags: true, defaultIndex: 0, firstCommandIndex: 1, earlyGoogleRequest: 'https://www.googletagmanager.com/gtm.js' }), ['consent-mode-default']);
  const [array] = analyse([page(observation('before-consent', { consentMode: { entries: [], googleTags: true, defaultIndex: -1, arrayDefaultIndex: 0, firstCommandIndex: 1 } }))], catalogue).violations;
  assert.match(array.message, /as an array \(entry 0\), which Google's tags ignore/);
});

test('with a config: necessary cookies are allowed, undeclared cookies and services never seen are reported', () => {
  const config = {
    cookie: { name: 'shop_consent' },
    categories: {
      necessary: { services: [{ name: 'Shop session', cookies: [{ name: 'PHPSESSID' }] }] },
      analytics: { services: ['google-analytics', 'matomo'] },
      marketing: { services: [{ preset: 'youtube' }, { name: 'Ads', scripts: ['https://ads.example.net/tag.js'] }] },
    },
  };
  const pages = [
    page(
      observation('before-consent', { cookies: [cookie('PHPSESSID')] }),
      observation('after-accept', {
        consentCookieName: 'shop_consent',
        cookies: [cookie('PHPSESSID'), cookie('_ga', { lifetime: 400 * DAY }), cookie('ab_test', { lifetime: DAY }), cookie('shop_consent')],
        iframes: ['https://www.youtube.com/embed/abc'],
        requests: [{ url: 'https://ads.example.net/tag.js?v=2', host: 'ads.example.net', type: 'script', afterChoice: true }],
      }),
    ),
  ];
  const { violations } = analyse(pages, catalogue, config);
  assert.deepEqual(
    violations.map((v) => [v.kind, v.cookie ?? v.service]),
    [
      ['undeclared-cookie', 'ab_test'],
      ['declared-service-not-seen', 'matomo'],
    ],
  );
  // Without the config, the session cookie before consent is a violation again.
  assert.deepEqual(analyse(pages, catalogue).violations.map((v) => [v.kind, v.cookie]), [['cookie', 'PHPSESSID']]);
});

test('the draft config names catalogue ids and lists the rest as custom services with the cookies seen', () => {
  const pages = [
    page(
      observation('after-accept', {
        consentCookieName: 'shop_consent',
        cookies: [
          cookie('_ga', { lifetime: 730 * DAY }),
          cookie('ab_test', { lifetime: 30 * DAY, setBy: { kind: 'script', url: 'https://www.example.fr/app.js' } }),
          cookie('uid', { domain: '.tracker.io', thirdParty: true, lifetime: 395 * DAY }),
          cookie('shop_consent'),
        ],
        iframes: ['https://www.youtube.com/embed/abc'],
      }),
    ),
  ];
  const { services } = analyse(pages, catalogue);
  const draft = draftConfig({ startUrl: 'https://www.example.fr/', startedAt: '2026-12-02T06:00:00Z', pages, services });
  assert.deepEqual(draft.cookie, { name: 'shop_consent' });
  assert.deepEqual(draft.categories.analytics.services, ['google-analytics']);
  assert.deepEqual(draft.categories.marketing.services, ['youtube']);
  assert.deepEqual(draft.categories.unclassified.services, [
    { name: 'www.example.fr (first party)', cookies: [{ name: 'ab_test', lifetime: 'P30D' }] },
    { name: 'tracker.io', cookies: [{ name: 'uid', lifetime: 'P13M' }] },
  ]);
  assert.deepEqual([isoLifetime(undefined), isoLifetime(1800), isoLifetime(2 * 365.25 * DAY)], ['session', 'PT30M', 'P2Y']);
});

test('the HTML report shows what the site controls as text, never as markup', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const pages = [{ ...page(observation('before-consent', { cookies: [cookie(evil)] })), title: '</title><script>alert(2)</script>' }];
  const html = renderHtml({
    tool: { name: 'consent-elements-scan', version: '0.1.0' },
    startUrl: 'https://www.example.fr/',
    startedAt: '2026-12-02T06:00:00Z',
    durationMs: 1000,
    browser: 'Chrome/156',
    usesLibrary: true,
    pages,
    skipped: [{ url: 'https://www.example.fr/"><b>', reason: 'beyond the 1-page limit' }],
    ...analyse(pages, catalogue),
    configChecked: false,
  });
  assert.ok(!html.includes('<img src=x'), 'the cookie name is escaped');
  assert.ok(!html.includes('<script>alert'), 'the page title is escaped');
  assert.ok(!html.includes('"><b>'), 'URLs are escaped');
  assert.ok(html.includes(escape(evil)));
  assert.match(html, /<html lang="en">/);
  assert.match(html, /1 violation found/);
});

test('the browser is CHROME_PATH, else the first usual place that exists; none is a clear error', () => {
  const exists = (path) => path == '/opt/google/chrome/chrome' || path == '/custom/chrome';
  assert.deepEqual(findChrome({}, ['/usr/bin/chromium', '/opt/google/chrome/chrome'], exists), { path: '/opt/google/chrome/chrome' });
  assert.deepEqual(findChrome({ CHROME_PATH: '/custom/chrome' }, ['/opt/google/chrome/chrome'], exists), { path: '/custom/chrome' });
  assert.match(findChrome({ CHROME_PATH: '/nowhere/chrome' }, ['/opt/google/chrome/chrome'], exists).error, /CHROME_PATH is \/nowhere\/chrome/);
  assert.match(findChrome({}, ['/usr/bin/chromium'], exists).error, /No Chrome or Chromium found .*CHROME_PATH/);
});

/**
 * The libraries the benchmark compares: how each is served, put on the article page, told to
 * block the two fake third-party tags, and where its banner and its "accept all" button are.
 * Every library gets French texts and the same two categories (audience measurement, advertising).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const modules = `${root}node_modules/`;

/** Our own script-tag build, as a site owner pastes it (DESIGN.md). */
const consentElements = (tags, name = 'consent-elements') => ({
  name,
  label: 'consent-elements',
  dir: `${root}dist/`,
  head: `<script type="application/json" data-consent-config>${JSON.stringify({
    revision: 1,
    categories: {
      analytics: {
        label: "Mesure d'audience",
        services: [{ name: 'Fake Analytics', provider: 'Fake Analytics SAS', cookies: [{ name: '_ga', lifetime: '13 mois' }] }],
      },
      marketing: {
        label: 'Publicité',
        services: [{ name: 'Fake Ads', provider: 'Fake Ads SAS', cookies: [{ name: '_fake_ads', lifetime: '13 mois' }] }],
      },
    },
  })}</script>
<script src="/lib/${name}/consent-elements.js"></script>`,
  body: `<script type="text/plain" data-consent-category="analytics" src="${tags.analytics}"></script>
<script type="text/plain" data-consent-category="marketing" src="${tags.ads}"></script>`,
  banner: 'consent-banner',
  accept: { deep: 'consent-banner', part: 'accept-button', text: /tout accepter|accept all/i },
});

const vanillaTexts = {
  consentModal: {
    title: 'Nous respectons votre vie privée',
    description: "Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités.",
    acceptAllBtn: 'Tout accepter',
    acceptNecessaryBtn: 'Tout refuser',
    showPreferencesBtn: 'Personnaliser',
  },
  preferencesModal: {
    title: 'Préférences',
    acceptAllBtn: 'Tout accepter',
    acceptNecessaryBtn: 'Tout refuser',
    savePreferencesBtn: 'Enregistrer',
    sections: [
      { title: 'Nécessaires', linkedCategory: 'necessary' },
      { title: "Mesure d'audience", linkedCategory: 'analytics' },
      { title: 'Publicité', linkedCategory: 'marketing' },
    ],
  },
};

const vanilla = (tags) => ({
  name: 'vanilla-cookieconsent',
  label: 'vanilla-cookieconsent 3.1',
  note: 'configured with hideFromBots: false; waits about 100 ms before showing its banner, by design',
  dir: `${modules}vanilla-cookieconsent/dist/`,
  head: '<link rel="stylesheet" href="/lib/vanilla-cookieconsent/cookieconsent.css">',
  body: `<script type="text/plain" data-category="analytics" src="${tags.analytics}"></script>
<script type="text/plain" data-category="marketing" src="${tags.ads}"></script>
<script src="/lib/vanilla-cookieconsent/cookieconsent.umd.js"></script>
<script>CookieConsent.run(${JSON.stringify({
    hideFromBots: false,
    categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
    language: { default: 'fr', translations: { fr: vanillaTexts } },
  })});</script>`,
  banner: '#cc-main .cm',
  accept: { selector: '#cc-main .cm [data-role="all"]' },
});

const c15t = (tags) => ({
  name: 'c15t',
  label: 'c15t 2.2 (core + minimal banner)',
  note: 'headless: its core bundled with a minimal banner written for the benchmark (bench/c15t-banner.js), offline mode',
  dir: null, // built by run.mjs
  head: `<script>window.benchTags=${JSON.stringify(tags)}</script>
<script defer src="/lib/c15t/c15t-banner.js"></script>`,
  body: '',
  banner: '#c15t-banner',
  accept: { selector: '#c15t-accept' },
});

const tarteaucitron = (tags) => ({
  name: 'tarteaucitron',
  label: 'tarteaucitron.js 1.34',
  note: 'loads its service catalogue, language file and CSS from its own folder; wires its buttons 500 ms after showing the banner, so an earlier click does nothing (the benchmark clicks again)',
  dir: `${modules}tarteaucitronjs/`,
  head: `<script>var tarteaucitronForceLanguage = 'fr';</script>
<script src="/lib/tarteaucitron/tarteaucitron.min.js"></script>
<script>
tarteaucitron.init({ privacyUrl: '', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron', orientation: 'bottom',
  showAlertSmall: false, cookieslist: false, showIcon: true, iconPosition: 'BottomRight', adblocker: false,
  DenyAllCta: true, AcceptAllCta: true, highPrivacy: true, handleBrowserDNTRequest: false, removeCredit: false,
  moreInfoLink: true, useExternalCss: false, mandatory: true });
tarteaucitron.services.fakeanalytics = { key: 'fakeanalytics', type: 'analytic', name: 'Fake Analytics',
  uri: '/', needConsent: true, cookies: ['_ga'], js: function () { tarteaucitron.addScript(${JSON.stringify(tags.analytics)}); } };
tarteaucitron.services.fakeads = { key: 'fakeads', type: 'ads', name: 'Fake Ads',
  uri: '/', needConsent: true, cookies: ['_fake_ads'], js: function () { tarteaucitron.addScript(${JSON.stringify(tags.ads)}); } };
(tarteaucitron.job = tarteaucitron.job || []).push('fakeanalytics', 'fakeads');
</script>`,
  body: '',
  banner: '#tarteaucitronAlertBig',
  accept: { selector: '#tarteaucitronPersonalize2' },
});

const klaro = (tags) => ({
  name: 'klaro',
  label: 'klaro 0.7.22',
  note: 'klaro.js with its CSS and translations built in',
  dir: `${modules}klaro/dist/`,
  head: `<script>window.klaroConfig = ${JSON.stringify({
    version: 1,
    elementID: 'klaro',
    storageMethod: 'cookie',
    cookieName: 'klaro',
    default: false,
    mustConsent: false,
    acceptAll: true,
    hideDeclineAll: false,
    lang: 'fr',
    services: [
      { name: 'fake-analytics', title: 'Fake Analytics', purposes: ['analytics'], cookies: ['_ga'] },
      { name: 'fake-ads', title: 'Fake Ads', purposes: ['marketing'], cookies: ['_fake_ads'] },
    ],
  })};</script>
<script defer src="/lib/klaro/klaro.js"></script>`,
  body: `<script type="text/plain" data-type="application/javascript" data-name="fake-analytics" data-src="${tags.analytics}"></script>
<script type="text/plain" data-type="application/javascript" data-name="fake-ads" data-src="${tags.ads}"></script>`,
  banner: '.klaro .cookie-notice',
  accept: { selector: '.klaro .cookie-notice .cm-btn-success' },
});

/** The same page with no consent tool: what the page costs by itself (parsing, layout). */
const baseline = () => ({
  name: 'baseline',
  label: 'no consent tool (the page alone)',
  dir: `${root}bench/`,
  head: '',
  body: '',
  banner: null,
});

/** The smallest banner one can write with Lit (bench/lit-floor.js): what Lit itself costs. */
const litFloor = (tags) => ({
  name: 'lit-floor',
  label: 'floor: a minimal Lit banner (not a consent tool)',
  note: 'one LitElement with three buttons and a cookie, built by run.mjs from bench/lit-floor.js; shown for scale, outside the ratios and the targets',
  floor: true,
  dir: null, // built by run.mjs
  head: '<script defer src="/lib/lit-floor/lit-floor.js"></script>',
  body: `<script type="text/plain" data-floor src="${tags.analytics}"></script>
<script type="text/plain" data-floor src="${tags.ads}"></script>`,
  banner: 'floor-banner',
  accept: { deep: 'floor-banner', text: /tout accepter/i },
});

/**
 * Ours again, installed the README's fastest way: the Consent Mode default inline
 * (dist/consent-default.js), then the core `async`. Ours: in the targets, outside the ratios.
 */
const consentElementsAsync = (tags) => {
  const sync = consentElements(tags, 'consent-elements-async');
  const snippet = readFileSync(`${root}dist/consent-default.js`, 'utf8').trim();
  return {
    ...sync,
    label: 'consent-elements, fastest install (inline default, core async)',
    ours: true,
    head: sync.head.replace('<script src=', `<script>${snippet}</script>\n<script async src=`),
  };
};

/**
 * `CE_COMPARE_DIST=/path/to/other/dist`: another build of ours on the same page in the same run
 * (a branch against main), outside the ratios and the targets.
 */
const compared = (tags) => ({
  ...consentElements(tags, 'consent-elements-compared'),
  label: `consent-elements from ${process.env.CE_COMPARE_DIST}`,
  floor: true,
  dir: `${process.env.CE_COMPARE_DIST.replace(/\/?$/, '/')}`,
});

/** Our library first, then the references, then the floor of a Lit UI and the page alone. */
export const libraries = [consentElements, consentElementsAsync, vanilla, c15t, tarteaucitron, klaro, litFloor, baseline];
if (process.env.CE_COMPARE_DIST) libraries.splice(1, 0, compared);
export const OURS = 'consent-elements';
/** Ours, installed the fastest way. */
export const OURS_ASYNC = 'consent-elements-async';
export const BASELINE = 'baseline';

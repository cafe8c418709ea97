import './helpers/lit-warnings.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ConsentBanner } from '../src/components/consent-banner/consent-banner.js';
import { ConsentPreferences } from '../src/components/consent-preferences/consent-preferences.js';
import { PrivacyPolicy } from '../src/components/privacy-policy/privacy-policy.js';
import type { ConsentConfig } from '../src/core/types.js';
import { bannerTables } from '../src/i18n/banner/index.js';
import { BUILT_IN_LANGUAGES, resolveLanguage, tableLanguage } from '../src/i18n/localize.js';
import { pageTables } from '../src/i18n/page/index.js';
import { placeholderTables } from '../src/i18n/placeholder/index.js';
import { policyTables } from '../src/i18n/policy/index.js';
import { preferencesTables } from '../src/i18n/preferences/index.js';
import { loadTable } from '../src/i18n/tables.js';
import { defineOnce } from '../src/internal/mount.js';
import { makeStore } from './helpers/store.js';

defineOnce('consent-banner', ConsentBanner);
defineOnce('consent-preferences', ConsentPreferences);
defineOnce('privacy-policy', PrivacyPolicy);

/** The usual categories with no texts of their own: the built-in titles and descriptions show. */
const config = (overrides: Partial<ConsentConfig> = {}): ConsentConfig => ({
  categories: { necessary: {}, analytics: {}, marketing: {}, functional: {} },
  privacyPolicy: { controller: { name: 'ACME', email: 'privacy@acme.example' } },
  ...overrides,
});
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (el: Element, name: string) => part(el, name).textContent!.replace(/\s+/g, ' ').trim();

async function banner(overrides: Partial<ConsentConfig>) {
  const { store } = makeStore({ config: config(overrides) });
  const el = await fixture<ConsentBanner>(html`<consent-banner .store=${store}></consent-banner>`);
  await el.updateComplete;
  return { el, store };
}

async function dialog(overrides: Partial<ConsentConfig>) {
  const { store } = makeStore({ config: config(overrides) });
  store.openPreferences();
  const el = await fixture<ConsentPreferences>(html`<consent-preferences .store=${store}></consent-preferences>`);
  await el.updateComplete;
  return el;
}

/** Nothing wider than the window, inside the banner or on the page. */
function fitsWidth(el: Element) {
  const base = part(el, 'base');
  expect(document.documentElement.scrollWidth, 'page').to.be.at.most(document.documentElement.clientWidth);
  expect(base.scrollWidth, 'banner').to.be.at.most(base.clientWidth + 1);
  for (const name of ['reject-button', 'customize-button', 'accept-button', 'title'])
    expect(part(el, name).getBoundingClientRect().right, name).to.be.at.most(innerWidth + 0.5);
}

/** "Refuse all" and "Accept all" of one size, however long the words. */
function sameSize(el: Element) {
  const reject = part(el, 'reject-button').getBoundingClientRect();
  const accept = part(el, 'accept-button').getBoundingClientRect();
  expect(accept.width, 'width').to.be.closeTo(reject.width, 0.5);
  expect(accept.height, 'height').to.be.closeTo(reject.height, 0.5);
}

describe('languages', function () {
  // axe, 29 languages, on a loaded two-core machine.
  this.timeout(60000);
  const htmlLang = document.documentElement.lang;
  afterEach(async () => {
    fixtureCleanup();
    document.documentElement.lang = htmlLang;
    document.documentElement.style.zoom = '';
    await setViewport({ width: 1024, height: 768 });
  });

  describe('resolution', () => {
    const doc = (lang: string) => ({ documentElement: { lang } }) as Document;
    it('takes the config, then <html lang>, reduced to its base language; no and nn mean nb', () => {
      expect(resolveLanguage({ language: 'de-AT' }, doc('fr'))).to.equal('de');
      expect(resolveLanguage({ language: 'auto' }, doc('pt-BR'))).to.equal('pt');
      expect(resolveLanguage({ language: 'auto' }, doc('no'))).to.equal('nb');
      expect(resolveLanguage({ language: 'nn-NO' }, doc(''))).to.equal('nb');
      expect(resolveLanguage({ language: 'GA' }, doc(''))).to.equal('ga');
    });
    it('takes a language of config.texts as written, and falls back to fallbackLanguage, then English', () => {
      expect(resolveLanguage({ language: 'uk', texts: { uk: {} } }, doc(''))).to.equal('uk');
      expect(resolveLanguage({ language: 'auto', texts: { 'pt-BR': {} } }, doc('pt-BR'))).to.equal('pt-BR');
      expect(resolveLanguage({ language: 'tlh', fallbackLanguage: 'de' }, doc(''))).to.equal('de');
      expect(resolveLanguage({ language: 'tlh', fallbackLanguage: 'tlh' }, doc(''))).to.equal('en');
      // Names of Object.prototype are not languages.
      expect(resolveLanguage({ language: 'constructor', texts: {} }, doc(''))).to.equal('en');
    });
    it('takes the tables of a language from itself, its base language, else fallbackLanguage (as resolved), else English', () => {
      expect(tableLanguage('de', {})).to.equal('de');
      expect(tableLanguage('pt-BR', { fallbackLanguage: 'de' })).to.equal('pt');
      expect(tableLanguage('no', {})).to.equal('nb');
      expect(tableLanguage('uk', { fallbackLanguage: 'de-AT' })).to.equal('de');
      expect(tableLanguage('uk', { fallbackLanguage: 'tlh' })).to.equal('en');
      expect(tableLanguage('uk', {})).to.equal('en');
    });
    it('lists the 24 official EU languages, then ca eu gl nb is, each with a banner, a preferences, a page and a placeholder table', () => {
      expect(BUILT_IN_LANGUAGES).to.have.length(29);
      for (const lang of BUILT_IN_LANGUAGES) {
        expect(bannerTables.imports, lang).to.have.property(lang);
        expect(preferencesTables.imports, lang).to.have.property(lang);
        expect(pageTables.imports, lang).to.have.property(lang);
        expect(placeholderTables.imports, lang).to.have.property(lang);
      }
    });
  });

  for (const lang of BUILT_IN_LANGUAGES)
    describe(lang, () => {
      it('the banner speaks it, passes axe, fits 320 px and 200 % zoom, with refuse and accept of one size', async () => {
        const { banner: b, categories } = await loadTable(bannerTables, lang);
        await setViewport({ width: 320, height: 640 });
        const { el } = await banner({ language: lang });
        expect(part(el, 'base').getAttribute('lang')).to.equal(lang);
        expect(part(el, 'base').getAttribute('dir')).to.equal('ltr');
        expect(text(el, 'title')).to.equal(b.title);
        expect(text(el, 'reject-button')).to.equal(b.reject);
        expect(text(el, 'accept-button')).to.equal(b.accept);
        expect(text(el, 'purposes')).to.equal([categories.analytics, categories.marketing, categories.functional].join(', '));
        fitsWidth(el);
        sameSize(el);
        await expect(el).to.be.accessible();
        // 200 % zoom of a 320 px window: 160 CSS pixels.
        document.documentElement.style.zoom = '2';
        fitsWidth(el);
        sameSize(el);
      });

      it('the open dialog speaks it and passes axe', async () => {
        const { preferences: p, categories } = await loadTable(preferencesTables, lang);
        const el = await dialog({ language: lang });
        expect(el.shadowRoot!.querySelector('dialog')!.getAttribute('lang')).to.equal(lang);
        expect(text(el, 'title')).to.equal(p.title);
        expect(part(el, 'category-description').textContent!.trim()).to.equal(categories.necessary);
        await expect(el).to.be.accessible();
      });

      // Every language with a policy table of its own (one file per language in src/i18n/policy/);
      // the others show the fallback language's, marked as such.
      const own = lang in policyTables.imports;
      it(`the policy ${own ? 'speaks it' : 'falls back to English, marked lang="en"'} and passes axe`, async () => {
        const t = await loadTable(policyTables, lang);
        const { store } = makeStore({ config: config({ language: lang }) });
        const el = await fixture<PrivacyPolicy>(html`<privacy-policy .store=${store}></privacy-policy>`);
        await el.updateComplete;
        const root = el.querySelector('[lang]')!;
        expect(root.getAttribute('lang')).to.equal(own ? lang : 'en');
        expect([...el.querySelectorAll('h2')].map((h) => h.textContent!.trim())).to.include.members([t.contents, t.controller]);
        await expect(el).to.be.accessible();
      });
    });

  describe('from the config alone', () => {
    const ukrainian = {
      banner: {
        title: 'Ваш вибір щодо файлів cookie',
        description: 'З вашої згоди ми та наші партнери використовуємо файли cookie для:',
        withdraw: 'Відмова не заважає користуватися сайтом, а свій вибір можна змінити будь-коли.',
        policy: 'Політика конфіденційності',
        gpc: 'Ваш браузер надсилає сигнал Global Privacy Control. Ми його поважаємо:',
        changed: 'Наша політика конфіденційності змінилася: повідомте нам ще раз, що ви приймаєте.',
        controller: 'Контролер: ',
        accept: 'Прийняти все',
        reject: 'Відхилити все',
        customize: 'Налаштування',
        close: 'Продовжити без згоди',
        saved: 'Ваш вибір збережено.',
      },
    };
    let warnings: unknown[][];
    const warn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
    });
    afterEach(() => (console.warn = warn));

    it('a language the library does not ship (Ukrainian) is shown from texts.uk, with no warning when nothing lacks', async () => {
      const { el } = await banner({ language: 'uk', texts: { uk: ukrainian } });
      expect(part(el, 'base').getAttribute('lang')).to.equal('uk');
      expect(text(el, 'title')).to.equal(ukrainian.banner.title);
      expect(text(el, 'reject-button')).to.equal('Відхилити все');
      expect(warnings).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('keys it lacks come from fallbackLanguage, with one warning naming them', async () => {
      const { title, accept, reject } = ukrainian.banner;
      const { el, store } = await banner({ language: 'uk', fallbackLanguage: 'de', texts: { uk: { banner: { title, accept, reject } } } });
      expect(text(el, 'title')).to.equal(title);
      expect(text(el, 'customize-button')).to.equal('Einstellungen');
      store.openBanner();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('texts.uk lacks banner.description').and.contain('banner.close');
      expect(String(warnings[0][0])).not.to.contain('banner.title');
    });

    it('a fallbackLanguage with a region (de-AT) gives its base language\'s texts', async () => {
      const { title, accept, reject } = ukrainian.banner;
      const { el } = await banner({ language: 'uk', fallbackLanguage: 'de-AT', texts: { uk: { banner: { title, accept, reject } } } });
      expect(text(el, 'reject-button')).to.equal(reject);
      expect(text(el, 'customize-button')).to.equal('Einstellungen');
    });

    it('texts.pt-BR overrides built-in Portuguese key by key, without a warning', async () => {
      const { el } = await banner({ language: 'pt-BR', texts: { 'pt-BR': { banner: { title: 'Seus cookies' } } } });
      expect(text(el, 'title')).to.equal('Seus cookies');
      expect(text(el, 'reject-button')).to.equal('Rejeitar tudo');
      expect(warnings).to.deep.equal([]);
    });

    it('texts.no overrides built-in Norwegian (Bokmål) key by key, without a warning', async () => {
      const { el } = await banner({ language: 'no', texts: { no: { banner: { title: 'Dine informasjonskapsler' } } } });
      expect(text(el, 'title')).to.equal('Dine informasjonskapsler');
      expect(text(el, 'reject-button')).to.equal('Avslå alle');
      expect(warnings).to.deep.equal([]);
    });

    it('texts.de overrides built-in German key by key, without a warning', async () => {
      const { el } = await banner({ language: 'de', texts: { de: { banner: { title: 'Cookies bei ACME' } } } });
      expect(text(el, 'title')).to.equal('Cookies bei ACME');
      expect(text(el, 'reject-button')).to.equal('Alle ablehnen');
      expect(warnings).to.deep.equal([]);
    });

    it('per-language config texts serve every language, built in or not', async () => {
      const categories = {
        necessary: {},
        analytics: { label: { de: 'Reichweitenmessung', uk: 'Аналітика', en: 'Analytics' } },
        marketing: {},
        functional: {},
      };
      const { el } = await banner({ language: 'de', categories });
      expect(text(el, 'purposes')).to.equal('Reichweitenmessung, Werbung, Funktionen');
      fixtureCleanup();
      const uk = await banner({ language: 'uk', categories, texts: { uk: ukrainian } });
      expect(text(uk.el, 'purposes')).to.contain('Аналітика');
    });

    for (const lang of ['ar', 'he', 'fa', 'ur'])
      it(`a right-to-left language (${lang}) renders mirrored`, async () => {
        const { el } = await banner({ language: lang, texts: { [lang]: { banner: { title: '\u202b…' } } } });
        expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(part(el, 'actions')).direction).to.equal('rtl');
        const reject = part(el, 'reject-button').getBoundingClientRect();
        const accept = part(el, 'accept-button').getBoundingClientRect();
        // The first action sits on the right when it shares a row with the others.
        if (Math.abs(reject.top - accept.top) < 1) expect(reject.left).to.be.greaterThan(accept.left);
        const d = await dialog({ language: lang, texts: { [lang]: { preferences: { title: '…' } } } });
        expect(d.shadowRoot!.querySelector('dialog')!.getAttribute('dir')).to.equal('rtl');
      });
  });
});

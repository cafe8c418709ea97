import '../../../test/helpers/lit-warnings.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { consentStoreContext } from '../../context/store-context.js';
import type { ConsentConfig } from '../../core/types.js';
import { memoryStorage } from '../../core/storage/memory-storage.js';
import { makeStore, record, sampleConfig } from '../../../test/helpers/store.js';
import { drawReopenButton } from '../../integrations/reopen-button.js';
import { pageTables } from '../../i18n/page/index.js';
import { loadTable } from '../../i18n/tables.js';
import { ConsentPreferences } from '../consent-preferences/consent-preferences.js';
import { ConsentBanner } from './consent-banner.js';

if (!customElements.get('consent-banner')) customElements.define('consent-banner', ConsentBanner);
if (!customElements.get('consent-preferences')) customElements.define('consent-preferences', ConsentPreferences);

type Store = ReturnType<typeof makeStore>['store'];

const mount = async (config: Partial<ConsentConfig> = { language: 'en' }, options: Parameters<typeof makeStore>[0] = {}) => {
  const { store, target } = makeStore({ config: sampleConfig(config), ...options });
  const el = await fixture<ConsentBanner>(html`<consent-banner .store=${store}></consent-banner>`);
  return { el, store, target };
};
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
/** The focused element, looking through shadow roots. */
const active = () => {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
};
/** Rendered, and the entrance animation over, so boxes are where they stay. */
const settle = async (el: ConsentBanner) => {
  await el.updateComplete;
  await Promise.all(el.shadowRoot!.getAnimations({ subtree: true }).map((animation) => animation.finished));
};

describe('<consent-banner>', function () {
  // axe and real key presses take seconds on a loaded two-core machine.
  this.timeout(20000);
  const lang = document.documentElement.lang;
  afterEach(async () => {
    fixtureCleanup();
    document.documentElement.lang = lang;
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await setViewport({ width: 1024, height: 768 });
  });

  describe('content', () => {
    it('shows the title, the purposes and the three actions to a first-time visitor', async () => {
      const { el } = await mount({ language: 'en' });
      expect(text(el, 'title')).to.equal('Your cookie choices');
      expect(text(el, 'purposes')).to.equal('Analytics, Publicité, Fonctionnels');
      expect(text(el, 'reject-button')).to.equal('Reject all');
      expect(text(el, 'customize-button')).to.equal('Customise');
      expect(text(el, 'accept-button')).to.equal('Accept all');
      expect(text(el, 'close-button')).to.equal('Continue without accepting');
      expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal(part(el, 'title')!.id);
    });

    it('names the usual categories with built-in titles when the config gives none', async () => {
      const categories = { analytics: {}, marketing: {}, functional: {}, newsletter: {} };
      const { el } = await mount({ language: 'en', categories });
      expect(text(el, 'purposes')).to.equal('Analytics, Advertising, Functionality, newsletter');
      const { el: fr } = await mount({ language: 'fr', categories });
      expect(text(fr, 'purposes')).to.equal('Mesure d’audience, Publicité, Fonctionnalités, newsletter');
    });

    it('uses the config labels of the categories, in the visitor language', async () => {
      const { el } = await mount({
        language: 'fr',
        categories: { analytics: { label: { fr: 'Statistiques', en: 'Stats' } }, marketing: { label: 'Pub' } },
      });
      expect(text(el, 'purposes')).to.equal('Statistiques, Pub');
    });

    it('links to the privacy policy when the config gives its URL', async () => {
      const { el } = await mount({ language: 'en', privacyPolicy: { url: '/privacy' } });
      const link = part(el, 'policy-link') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/privacy');
      expect(link.textContent).to.equal('Privacy policy');
    });

    it('renders nothing for a returning visitor with a valid decision', async () => {
      const { store } = makeStore();
      store.rejectAll();
      const el = await fixture<ConsentBanner>(html`<consent-banner .store=${store}></consent-banner>`);
      expect(part(el, 'base')).to.equal(null);
    });

    it('renders nothing before the store has read the stored decision', async () => {
      const { store } = makeStore({ load: false });
      const el = await fixture<ConsentBanner>(html`<consent-banner .store=${store}></consent-banner>`);
      expect(part(el, 'base')).to.equal(null);
      store.load(sampleConfig({ language: 'en' }));
      await el.updateComplete;
      expect(part(el, 'base')).to.exist;
    });

    it('says that advertising starts refused when Global Privacy Control is honoured', async () => {
      const { el, store } = await mount({ language: 'en' }, { globalPrivacyControl: true });
      expect(store.gpcApplied).to.equal(true);
      expect(text(el, 'gpc')).to.contain('Global Privacy Control').and.to.match(/: Publicité\.$/);
      part(el, 'accept-button')!.click();
      expect(store.get('marketing')).to.equal(false);
      expect(store.get('analytics')).to.equal(true);
    });

    it('says the policy changed when a new policy version set the last choice aside', async () => {
      const storage = memoryStorage();
      makeStore({ storage, config: sampleConfig({ privacyPolicy: { version: '1' } }) }).store.acceptAll();
      const { el, store } = await mount({ language: 'en', privacyPolicy: { version: '2' } }, { storage });
      expect(store.reasked).to.equal('revision');
      expect(text(el, 'changed')).to.contain('policy has changed');
      part(el, 'reject-button')!.click();
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
    });

    it('names the controller from the privacy policy config, as text', async () => {
      const { el } = await mount({
        language: 'en',
        privacyPolicy: { controller: { name: { fr: 'Studio Brume', en: 'Studio Brume <b>SAS</b>' } } },
      });
      expect(text(el, 'controller')).to.equal('Data controller: Studio Brume <b>SAS</b>.');
      expect(part(el, 'controller')!.querySelector('b')).to.equal(null);
      const { el: without } = await mount({ language: 'en' });
      expect(part(without, 'controller')).to.equal(null);
    });

    it('has no "policy changed" notice on a first visit', async () => {
      const { el } = await mount({ language: 'en' });
      expect(part(el, 'changed')).to.equal(null);
    });

    it('has no GPC notice when the browser sends no signal', async () => {
      const { el } = await mount({ language: 'en' });
      expect(part(el, 'gpc')).to.equal(null);
    });

    it('records a short hash of the wording it shows, which changes with the texts', async () => {
      const { store } = await mount({ language: 'en' });
      const { store: other } = await mount({ language: 'en', texts: { en: { banner: { title: 'Cookies?' } } } });
      expect(store.wording).to.match(/^[0-9a-z]{1,8}$/);
      expect(other.wording).to.match(/^[0-9a-z]{1,8}$/);
      expect(other.wording).not.to.equal(store.wording);
    });
  });

  describe('actions', () => {
    it('"Accept all" grants every category and hides the banner', async () => {
      const { el, store, target } = await mount();
      const changes = record<{ reason: string }>(target, 'consent-change');
      part(el, 'accept-button')!.click();
      await el.updateComplete;
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: true, marketing: true, functional: true });
      expect(changes.map((c) => c.reason)).to.deep.equal(['accept-all']);
      expect(part(el, 'base')).to.equal(null);
    });

    it('"Reject all" refuses every optional category and hides the banner', async () => {
      const { el, store, target } = await mount();
      const changes = record<{ reason: string }>(target, 'consent-change');
      part(el, 'reject-button')!.click();
      await el.updateComplete;
      expect(store.decided).to.equal(true);
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: false, marketing: false, functional: false });
      expect(changes.map((c) => c.reason)).to.deep.equal(['reject-all']);
      expect(part(el, 'base')).to.equal(null);
    });

    it('"Continue without accepting" records a refusal, told apart from "Reject all" (reason close), it does not just hide', async () => {
      const { el, store, target } = await mount();
      const changes = record<{ reason: string; consentId: string }>(target, 'consent-change');
      part(el, 'close-button')!.click();
      await el.updateComplete;
      expect(store.decided).to.equal(true);
      expect(store.storedValue).to.be.a('string');
      expect(store.get('analytics')).to.equal(false);
      expect(changes).to.have.length(1);
      expect(changes[0].reason).to.equal('close');
      expect(part(el, 'base')).to.equal(null);
    });

    it('"Customise" opens the preferences through the store and decides nothing', async () => {
      const { el, store, target } = await mount();
      const changes = record(target, 'consent-change');
      part(el, 'customize-button')!.click();
      await el.updateComplete;
      expect(store.preferencesOpen).to.equal(true);
      expect(store.decided).to.equal(false);
      expect(changes).to.have.length(0);
      expect(part(el, 'base')).to.exist;
    });

    it('shows again after a reset and after openBanner()', async () => {
      const { el, store } = await mount();
      store.acceptAll();
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
      store.openBanner();
      await el.updateComplete;
      expect(part(el, 'base')).to.exist;
      store.rejectAll();
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
      store.reset();
      await el.updateComplete;
      expect(part(el, 'base')).to.exist;
      expect(store.decided).to.equal(false);
    });

    it('shows again when the stored decision has expired (13 months)', async () => {
      const { store, clock } = makeStore({ config: sampleConfig({ language: 'en' }) });
      store.acceptAll();
      clock.now += 400 * 864e5;
      store.sync();
      const el = await fixture<ConsentBanner>(html`<consent-banner .store=${store}></consent-banner>`);
      expect(store.decided).to.equal(false);
      expect(part(el, 'base')).to.exist;
    });
  });

  describe('equal prominence', () => {
    const buttons = (el: Element) => ['reject-button', 'customize-button', 'accept-button'].map((name) => part(el, name)!);
    const looks = (button: HTMLElement) => {
      const s = getComputedStyle(button);
      return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.fontFamily, s.borderTopWidth, s.borderTopColor, s.borderRadius, s.paddingTop, s.textDecorationLine].join('|');
    };

    for (const [width, position] of [
      [1280, 'bottom'],
      [1280, 'center'],
      [1280, 'bottom-left'],
      [320, 'bottom'],
    ] as const)
      it(`gives the three actions one style and one size (${position}, ${width} px)`, async () => {
        await setViewport({ width, height: 700 });
        const { el } = await mount({ language: 'fr', ui: { position } });
        await settle(el);
        const [reject, ...others] = buttons(el);
        const box = reject.getBoundingClientRect();
        expect(box.width).to.be.greaterThan(80);
        for (const button of others) {
          expect(looks(button)).to.equal(looks(reject));
          const other = button.getBoundingClientRect();
          expect(other.width).to.be.closeTo(box.width, 0.5);
          expect(other.height).to.be.closeTo(box.height, 0.5);
        }
      });

    it('the refusal is a real button, as visible as acceptance (contrast, no transparency)', async () => {
      const { el } = await mount();
      const reject = part(el, 'reject-button')!;
      expect(reject.tagName).to.equal('BUTTON');
      const s = getComputedStyle(reject);
      expect(s.opacity).to.equal('1');
      expect(s.backgroundColor).not.to.match(/rgba\(0, 0, 0, 0\)|transparent/);
    });
  });

  describe('keyboard and accessibility', () => {
    it('has no axe violations (English)', async () => {
      const { el } = await mount({ language: 'en', privacyPolicy: { url: '/privacy' } });
      await expect(el).to.be.accessible();
    });

    it('has no axe violations (French, with the GPC notice)', async () => {
      const { el } = await mount({ language: 'fr', privacyPolicy: { url: '/confidentialite' } }, { globalPrivacyControl: true });
      expect(part(el, 'base')!.lang).to.equal('fr');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the dark theme', async () => {
      const { el } = await mount({ language: 'en', ui: { theme: 'dark' }, privacyPolicy: { url: '/privacy' } });
      await expect(el).to.be.accessible();
    });

    it('Tab reaches every action in order, and Enter refuses', async () => {
      const { store } = makeStore({ config: sampleConfig({ language: 'en', privacyPolicy: { url: '/privacy' } }) });
      const page = await fixture(html`<div>
        <button id="before">before</button>
        <consent-banner .store=${store}></consent-banner>
        <button id="after">after</button>
      </div>`);
      const el = page.querySelector('consent-banner')!;
      await el.updateComplete;
      page.querySelector<HTMLElement>('#before')!.focus();
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        seen.push(active()?.getAttribute('part') ?? '');
      }
      expect(seen).to.deep.equal(['close-button', 'policy-link', 'button reject-button', 'button customize-button', 'button accept-button']);
      // Not a focus trap: the banner does not block the page.
      await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('after');
      part(el, 'reject-button')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(store.decided).to.equal(true);
      expect(store.get('analytics')).to.equal(false);
    });

    it('after a decision by keyboard, gives the focus back where it was before the banner, and says "Choices saved" once, politely', async () => {
      const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
      const page = await fixture(html`<div>
        <a href="#reading" id="reading">where I was</a>
        <consent-banner .store=${store}></consent-banner>
      </div>`);
      const el = page.querySelector('consent-banner')!;
      await el.updateComplete;
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.equal('');
      page.querySelector<HTMLElement>('#reading')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('part')).to.equal('button reject-button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => document.activeElement?.id == 'reading', 'the focus did not come back');
      expect(status.textContent).to.equal('Choices saved');
      await expect(el).to.be.accessible();
      // Once: a later change of the store does not repeat it, and there is one live region.
      store.openPreferences();
      store.closePreferences();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]').length).to.equal(1);
      expect(status.textContent).to.equal('Choices saved');
      // Shown again, it is silent until the next decision.
      store.openBanner();
      await el.updateComplete;
      expect(status.textContent).to.equal('');
    });

    it('after a decision in the preferences opened from "Customise", the focus also comes back to the page', async () => {
      const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
      const page = await fixture(html`<div>
        <a href="#reading" id="reading">where I was</a>
        <consent-banner .store=${store}></consent-banner>
        <consent-preferences .store=${store}></consent-preferences>
      </div>`);
      const el = page.querySelector('consent-banner')!;
      const preferences = page.querySelector('consent-preferences') as ConsentPreferences;
      await el.updateComplete;
      page.querySelector<HTMLElement>('#reading')!.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('part')).to.equal('button customize-button');
      await sendKeys({ press: 'Enter' });
      await preferences.updateComplete;
      preferences.shadowRoot!.querySelector<HTMLElement>('[part~="save-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(store.decided).to.equal(true);
      await waitUntil(() => document.activeElement?.id == 'reading', 'the focus did not come back');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Choices saved');
    });

    it('sends the focus to the reopen control when the visitor had no place before the banner', async () => {
      const { store } = makeStore({ config: sampleConfig({ language: 'fr' }) });
      drawReopenButton(store, (lang) => loadTable(pageTables, lang));
      // Its name is in the language's page table, fetched at once: the control can be drawn when the visitor decides.
      await loadTable(pageTables, 'fr');
      const el = await fixture<ConsentBanner>(html`<consent-banner .store=${store}></consent-banner>`);
      await el.updateComplete;
      (document.activeElement as HTMLElement | null)?.blur();
      part(el, 'accept-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const reopen = document.querySelector('.consent-reopen')!;
      try {
        await waitUntil(() => document.activeElement == reopen, 'the focus fell elsewhere');
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Choix enregistrés');
      } finally {
        reopen.remove();
      }
    });

    it('says nothing and moves no focus when the banner closes without the visitor deciding there', async () => {
      const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
      const page = await fixture(html`<div><button id="elsewhere">elsewhere</button><consent-banner .store=${store}></consent-banner></div>`);
      const el = page.querySelector('consent-banner')!;
      await el.updateComplete;
      page.querySelector<HTMLElement>('#elsewhere')!.focus();
      store.acceptAll();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
      expect(document.activeElement!.id).to.equal('elsewhere');
    });

    it('Space on "Accept all" accepts', async () => {
      const { el, store } = await mount();
      part(el, 'accept-button')!.focus();
      await sendKeys({ press: 'Space' });
      expect(store.get('analytics')).to.equal(true);
    });
  });

  describe('texts', () => {
    it('follows <html lang> when the config says auto', async () => {
      document.documentElement.lang = 'fr-FR';
      const { el } = await mount({ language: 'auto' });
      expect(text(el, 'title')).to.equal('Vos choix en matière de cookies');
      expect(text(el, 'reject-button')).to.equal('Tout refuser');
      expect(text(el, 'close-button')).to.equal('Continuer sans accepter');
    });

    it('falls back to the browser language, then English, when the page language is not built in', async () => {
      document.documentElement.lang = 'tlh';
      const { el } = await mount({ language: 'auto' });
      const browser = navigator.languages.map((l) => l.slice(0, 2)).find((l) => l == 'fr' || l == 'en') ?? 'en';
      expect(text(el, 'accept-button')).to.equal(browser == 'fr' ? 'Tout accepter' : 'Accept all');
    });

    it('prefers the config language over <html lang>', async () => {
      document.documentElement.lang = 'en';
      const { el } = await mount({ language: 'fr' });
      expect(text(el, 'accept-button')).to.equal('Tout accepter');
    });

    it('takes overrides from config.texts[lang].banner, and ignores non-strings', async () => {
      const { el } = await mount({
        language: 'fr',
        texts: {
          fr: { banner: { title: 'Des cookies ?', accept: 'J’accepte', reject: 42 as unknown as string } },
          en: { banner: { title: 'Not this one' } },
        },
      });
      expect(text(el, 'title')).to.equal('Des cookies ?');
      expect(text(el, 'accept-button')).to.equal('J’accepte');
      expect(text(el, 'reject-button')).to.equal('Tout refuser');
    });

    it('renders hostile config texts as inert text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const { el } = await mount({
        language: 'en',
        texts: { en: { banner: { title: hostile, description: hostile } } },
        categories: { analytics: { label: hostile } },
      });
      // Rendered: a hostile text that became markup would be an element now, before any handler fires.
      await el.updateComplete;
      expect(text(el, 'title')).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('never turns a javascript: policy URL into a link', async () => {
      const { el } = await mount({ language: 'en', privacyPolicy: { url: 'javascript:alert(1)' } });
      expect(part(el, 'policy-link')).to.equal(null);
    });
  });

  describe('layout and themes', () => {
    const box = (el: Element) => part(el, 'base')!.getBoundingClientRect();

    it('is a full-width bar at the bottom by default, over the page without moving it', async () => {
      await setViewport({ width: 1024, height: 700 });
      const { store } = makeStore({ config: sampleConfig({ language: 'en' }), load: false });
      const page = await fixture(html`<div><consent-banner .store=${store}></consent-banner><p id="content">Page</p></div>`);
      const before = page.querySelector('#content')!.getBoundingClientRect().top;
      store.load(sampleConfig({ language: 'en' }));
      const el = page.querySelector('consent-banner')!;
      await settle(el);
      expect(page.querySelector('#content')!.getBoundingClientRect().top).to.equal(before);
      const rect = box(el);
      expect(getComputedStyle(part(el, 'base')!).position).to.equal('fixed');
      expect(rect.left).to.equal(0);
      expect(rect.width).to.equal(document.documentElement.clientWidth);
      expect(rect.bottom).to.be.closeTo(innerHeight, 1);
    });

    it('takes its position from the attribute first, then ui.position', async () => {
      await setViewport({ width: 1024, height: 700 });
      const { el } = await mount({ language: 'en', ui: { position: 'bottom-right' } });
      await settle(el);
      expect(box(el).right).to.be.closeTo(1024 - 16, 2);
      expect(box(el).width).to.be.lessThan(500);
      el.position = 'bottom-left';
      await settle(el);
      expect(box(el).left).to.be.closeTo(16, 2);
      el.position = 'center';
      await settle(el);
      const rect = box(el);
      expect(rect.left + rect.width / 2).to.be.closeTo(512, 2);
      expect(rect.top + rect.height / 2).to.be.closeTo(350, 2);
    });

    it('follows the system dark mode, unless forced light', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const { el } = await mount({ language: 'en' });
      const background = () => getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(background()).to.equal('rgb(28, 31, 38)');
      await expect(el).to.be.accessible();
      el.theme = 'light';
      await el.updateComplete;
      expect(background()).to.equal('rgb(255, 255, 255)');
    });

    it('can be themed with --consent-* custom properties and ::part()', async () => {
      const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
      const page = await fixture(html`<div>
        <style>
          .themed { --consent-accent: rgb(200, 0, 100); --consent-bg: rgb(250, 240, 230); }
          .themed::part(title) { letter-spacing: 3px; }
        </style>
        <consent-banner class="themed" .store=${store}></consent-banner>
      </div>`);
      const el = page.querySelector('consent-banner')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'accept-button')!).backgroundColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(250, 240, 230)');
      expect(getComputedStyle(part(el, 'title')!).letterSpacing).to.equal('3px');
    });

    it('animates in, except when the visitor prefers reduced motion', async () => {
      const { el } = await mount();
      expect(getComputedStyle(part(el, 'base')!).animationName).to.equal('consent-in');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(part(el, 'base')!).animationName).to.equal('none');
    });

    it('fits 320 px wide (200 % zoom of 640 px) without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 480 });
      const { el } = await mount({ language: 'fr', privacyPolicy: { url: '/confidentialite' } }, { globalPrivacyControl: true });
      await settle(el);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const name of ['close-button', 'reject-button', 'customize-button', 'accept-button'])
        expect(part(el, name)!.getBoundingClientRect().right).to.be.at.most(320);
      // Taller than the screen: it scrolls inside, so every action stays reachable.
      expect(base.getBoundingClientRect().height).to.be.at.most(480);
    });
  });

  describe('rendering without Lit', () => {
    it('keeps the focused button across re-renders that change nothing it shows', async () => {
      const { el, store } = await mount();
      const accept = part(el, 'accept-button')!;
      accept.focus();
      store.openPreferences();
      store.closePreferences();
      el.theme = 'dark';
      el.position = 'bottom-left';
      await el.updateComplete;
      expect(part(el, 'accept-button')).to.equal(accept);
      expect(active()).to.equal(accept);
      expect(part(el, 'base')!.dataset.theme).to.equal('dark');
      expect(el.getAttribute('position')).to.equal('bottom-left');
    });

    it('rebuilds when what it shows changes, and its buttons act on the current store', async () => {
      const { el, store } = await mount({ language: 'en' });
      const { store: other } = makeStore({ config: sampleConfig({ language: 'fr' }) });
      el.store = other;
      await el.updateComplete;
      expect(text(el, 'accept-button')).to.equal('Tout accepter');
      part(el, 'accept-button')!.click();
      expect(other.decided).to.equal(true);
      expect(store.decided).to.equal(false);
    });

    it('reflects position and theme between attributes and properties', async () => {
      const { el } = await mount({ language: 'en', ui: { theme: 'light' } });
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(el.theme).to.equal('dark');
      expect(part(el, 'base')!.dataset.theme).to.equal('dark');
      el.theme = undefined;
      await el.updateComplete;
      expect(el.hasAttribute('theme')).to.equal(false);
      expect(part(el, 'base')!.dataset.theme).to.equal('light');
    });

    it('takes the properties a page set before the element was defined', async () => {
      const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
      const el = document.createElement('consent-banner-late') as ConsentBanner;
      el.store = store;
      el.theme = 'dark';
      document.body.append(el);
      customElements.define('consent-banner-late', class extends ConsentBanner {});
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(part(el, 'base')!.dataset.theme).to.equal('dark');
      part(el, 'accept-button')!.click();
      expect(store.decided).to.equal(true);
      el.remove();
    });

    it('shares one constructed stylesheet between banners, with no <style> element', async () => {
      const { el: one } = await mount();
      const { el: two } = await mount();
      expect(one.shadowRoot!.adoptedStyleSheets).to.have.length(1);
      expect(two.shadowRoot!.adoptedStyleSheets[0]).to.equal(one.shadowRoot!.adoptedStyleSheets[0]);
      expect(one.shadowRoot!.querySelector('style')).to.equal(null);
    });

    it('styles itself with a <style> element where constructed stylesheets are missing (Safari < 16.4)', async () => {
      const prototype = Document.prototype as { adoptedStyleSheets?: unknown };
      const descriptor = Object.getOwnPropertyDescriptor(prototype, 'adoptedStyleSheets')!;
      delete prototype.adoptedStyleSheets;
      let el: ConsentBanner;
      try {
        el = document.createElement('consent-banner') as ConsentBanner;
      } finally {
        Object.defineProperty(prototype, 'adoptedStyleSheets', descriptor);
      }
      const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
      el.store = store;
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0);
      expect(getComputedStyle(part(el, 'accept-button')!).cursor).to.equal('pointer');
      // Hiding and showing again keep it.
      store.acceptAll();
      await el.updateComplete;
      store.openBanner();
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'accept-button')!).cursor).to.equal('pointer');
      el.remove();
    });

    it('stops following its store once removed from the page', async () => {
      const { el, store } = await mount();
      const base = part(el, 'base');
      el.remove();
      store.rejectAll();
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(base);
      document.body.append(el);
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
      el.remove();
    });
  });

  describe('store', () => {
    it('an explicit .store wins over the one provided through context', async () => {
      const { store: provided } = makeStore({ config: sampleConfig({ language: 'en' }) });
      const { store: explicit } = makeStore({ config: sampleConfig({ language: 'en' }) });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(host, { context: consentStoreContext, initialValue: provided });
      const el = document.createElement('consent-banner') as ConsentBanner;
      el.store = explicit;
      host.append(el);
      await el.updateComplete;
      part(el, 'accept-button')!.click();
      expect(explicit.decided).to.equal(true);
      expect(provided.decided).to.equal(false);
    });

    it('finds the store through @lit/context and follows its changes', async () => {
      const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(host, { context: consentStoreContext, initialValue: store });
      const el = document.createElement('consent-banner') as ConsentBanner;
      host.append(el);
      await el.updateComplete;
      expect(part(el, 'base')).to.exist;
      store.rejectAll();
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
    });

    it('follows a provider that changes its store, and lets it go once removed', async () => {
      const { store: first } = makeStore({ config: sampleConfig({ language: 'en' }) });
      const { store: second } = makeStore({ config: sampleConfig({ language: 'fr' }) });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const provider = new ContextProvider(host, { context: consentStoreContext, initialValue: first });
      const el = document.createElement('consent-banner') as ConsentBanner;
      host.append(el);
      await el.updateComplete;
      expect(text(el, 'accept-button')).to.equal('Accept all');
      provider.setValue(second);
      await el.updateComplete;
      expect(text(el, 'accept-button')).to.equal('Tout accepter');
      part(el, 'reject-button')!.click();
      expect(second.decided).to.equal(true);
      expect(first.decided).to.equal(false);
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
      el.remove();
      second.openBanner();
      provider.setValue(first);
      await el.updateComplete;
      // Removed: neither the store's change nor the provider's new value reached it.
      expect(part(el, 'base')).to.equal(null);
    });
  });
});


import '../../../test/helpers/lit-warnings.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConsentConfig } from '../../core/types.js';
import { makeStore, record, sampleConfig } from '../../../test/helpers/store.js';
import { ConsentPreferences } from './consent-preferences.js';

if (!customElements.get('consent-preferences')) customElements.define('consent-preferences', ConsentPreferences);

const mount = async (config: Partial<ConsentConfig> = { language: 'en' }, options: Parameters<typeof makeStore>[0] = {}) => {
  const { store, target } = makeStore({ config: sampleConfig(config), ...options });
  const page = await fixture<HTMLDivElement>(html`<div>
    <button id="opener" @click=${() => store.openPreferences()}>Cookie settings</button>
    <consent-preferences .store=${store}></consent-preferences>
  </div>`);
  const el = page.querySelector('consent-preferences')!;
  await el.updateComplete;
  return { el, store, target, opener: page.querySelector<HTMLButtonElement>('#opener')! };
};
const open = async (el: ConsentPreferences, store: { openPreferences(): void }) => {
  store.openPreferences();
  await el.updateComplete;
};
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const dialog = (el: Element) => el.shadowRoot!.querySelector('dialog')!;
/** Each switch's accessible name and state: `{ Analytics: 'false', … }`. */
const switches = (el: Element) =>
  Object.fromEntries(
    parts(el, 'switch').map((s) => [el.shadowRoot!.getElementById(s.getAttribute('aria-labelledby')!)!.textContent, s.getAttribute('aria-checked')]),
  );
const active = () => {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
};
const inDialog = (el: Element) => {
  const node = active();
  return !!node && dialog(el).contains(node);
};

describe('<consent-preferences>', function () {
  // axe and real key presses take seconds on a loaded two-core machine.
  this.timeout(20000);
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await setViewport({ width: 1024, height: 768 });
  });

  describe('opening and closing', () => {
    it('renders nothing until the store asks for it, then opens as a modal labelled by its title', async () => {
      const { el, store } = await mount();
      // Most visitors never open it: the first page load does not pay for rendering it.
      expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
      await open(el, store);
      expect(dialog(el).open).to.equal(true);
      expect(dialog(el).matches(':modal')).to.equal(true);
      const title = el.shadowRoot!.getElementById(dialog(el).getAttribute('aria-labelledby')!)!;
      expect(title.textContent).to.equal('Cookie settings');
      expect(title).to.equal(part(el, 'title'));
      store.closePreferences();
      await el.updateComplete;
      expect(dialog(el).open, 'closed, and kept for the next opening').to.equal(false);
    });

    it('moves focus into the dialog and gives it back to the opener on Escape, without saving', async () => {
      const { el, store, opener, target } = await mount();
      const changes = record(target, 'consent-change');
      opener.focus();
      opener.click();
      await el.updateComplete;
      expect(inDialog(el)).to.equal(true);
      parts(el, 'switch')[1].click();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(store.preferencesOpen).to.equal(false);
      expect(store.decided).to.equal(false);
      expect(changes).to.have.length(0);
      expect(document.activeElement).to.equal(opener);
    });

    it('× closes without saving and restores focus', async () => {
      const { el, store, opener } = await mount();
      opener.focus();
      opener.click();
      await el.updateComplete;
      part(el, 'close-button')!.click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(store.preferencesOpen).to.equal(false);
      expect(store.decided).to.equal(false);
      expect(document.activeElement).to.equal(opener);
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Close without saving');
    });

    it('locks the page scroll while open and gives it back on close', async () => {
      const { el, store } = await mount();
      document.documentElement.style.overflow = 'clip';
      await open(el, store);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      store.closePreferences();
      await el.updateComplete;
      expect(document.documentElement.style.overflow).to.equal('clip');
      document.documentElement.style.overflow = '';
    });

    it('gives the page its scroll back when removed while open', async () => {
      const { el, store } = await mount();
      await open(el, store);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      el.remove();
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('keeps Tab and Shift+Tab inside the dialog', async () => {
      const { el, store } = await mount();
      await open(el, store);
      const seen = new Set<string>();
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        expect(inDialog(el), `after ${i + 1} Tab`).to.equal(true);
        seen.add(active()!.getAttribute('part') ?? active()!.tagName);
      }
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        expect(inDialog(el), `after ${i + 1} Shift+Tab`).to.equal(true);
      }
      await sendKeys({ up: 'Shift' });
      // Every action is reachable; the necessary switch is disabled, so it is skipped.
      for (const name of ['close-button', 'switch', 'summary', 'button reject-button', 'button accept-button', 'button save-button'])
        expect([...seen]).to.include(name);
    });
  });

  describe('switches', () => {
    it('has one switch per category, nothing pre-ticked, necessary on and disabled', async () => {
      const { el, store } = await mount();
      await open(el, store);
      expect(switches(el)).to.deep.equal({ Nécessaires: 'true', Analytics: 'false', Publicité: 'false', Fonctionnels: 'false' });
      const [necessary, ...optional] = parts(el, 'switch');
      expect(necessary.hasAttribute('disabled')).to.equal(true);
      for (const s of optional) {
        expect(s.getAttribute('role')).to.equal('switch');
        expect(s.hasAttribute('disabled')).to.equal(false);
      }
      expect(part(el, 'always-on')!.textContent).to.equal('Always on');
    });

    it('saves exactly the switches the visitor turned on', async () => {
      const { el, store, target } = await mount();
      const changes = record<{ reason: string }>(target, 'consent-change');
      await open(el, store);
      parts(el, 'switch')[1].click();
      await el.updateComplete;
      expect(parts(el, 'switch')[1].getAttribute('aria-checked')).to.equal('true');
      expect(store.decided).to.equal(false);
      part(el, 'save-button')!.click();
      await el.updateComplete;
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: true, marketing: false, functional: false });
      expect(changes.map((c) => c.reason)).to.deep.equal(['save']);
      expect(dialog(el).open).to.equal(false);
    });

    it('toggles with Space and Enter from the keyboard', async () => {
      const { el, store } = await mount();
      await open(el, store);
      const marketing = parts(el, 'switch')[2];
      marketing.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(marketing.getAttribute('aria-checked')).to.equal('true');
      expect(marketing.getAttribute('part')).to.equal('switch switch-on');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(marketing.getAttribute('aria-checked')).to.equal('false');
    });

    it('"Accept all" and "Reject all" decide, close, and the switches show the store', async () => {
      const { el, store } = await mount();
      await open(el, store);
      part(el, 'accept-button')!.click();
      await el.updateComplete;
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: true, marketing: true, functional: true });
      expect(dialog(el).open).to.equal(false);
      await open(el, store);
      expect(switches(el)).to.deep.equal({ Nécessaires: 'true', Analytics: 'true', Publicité: 'true', Fonctionnels: 'true' });
      part(el, 'reject-button')!.click();
      await el.updateComplete;
      expect(store.getAll()).to.deep.equal({ necessary: true, analytics: false, marketing: false, functional: false });
      await open(el, store);
      expect(switches(el)).to.deep.equal({ Nécessaires: 'true', Analytics: 'false', Publicité: 'false', Fonctionnels: 'false' });
    });

    it('forgets unsaved moves when reopened, and shows the stored choices', async () => {
      const { el, store } = await mount();
      store.save({ functional: true });
      await open(el, store);
      expect(switches(el)).to.deep.equal({ Nécessaires: 'true', Analytics: 'false', Publicité: 'false', Fonctionnels: 'true' });
      parts(el, 'switch')[1].click();
      await el.updateComplete;
      store.closePreferences();
      await el.updateComplete;
      await open(el, store);
      expect(switches(el)).to.deep.equal({ Nécessaires: 'true', Analytics: 'false', Publicité: 'false', Fonctionnels: 'true' });
    });

    it('follows a decision taken elsewhere (another tab, a reset)', async () => {
      const { el, store } = await mount();
      store.acceptAll();
      await el.updateComplete;
      await open(el, store);
      parts(el, 'switch')[3].click();
      await el.updateComplete;
      store.reset();
      await el.updateComplete;
      expect(switches(el)).to.deep.equal({ Nécessaires: 'true', Analytics: 'false', Publicité: 'false', Fonctionnels: 'false' });
    });

    it('keeps advertising refused under Global Privacy Control, even on "Accept all"', async () => {
      const { el, store } = await mount({ language: 'en' }, { globalPrivacyControl: true });
      await open(el, store);
      expect(switches(el).Publicité).to.equal('false');
      part(el, 'accept-button')!.click();
      await el.updateComplete;
      expect(store.get('marketing')).to.equal(false);
      expect(store.get('analytics')).to.equal(true);
    });
  });

  describe('services and cookies', () => {
    it('expands a category to its services and cookies, from the config', async () => {
      const { el, store } = await mount({ language: 'fr' });
      await open(el, store);
      const details = part(el, 'details') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      expect(part(el, 'summary')!.textContent).to.equal("Services et cookies (1), Mesure d'audience");
      part(el, 'summary')!.click();
      expect(details.open).to.equal(true);
      const service = part(el, 'service')!;
      expect(part(el, 'service-name')!.textContent).to.equal('Google Analytics');
      expect(service.textContent).to.contain('Fournisseur : Google Ireland Limited');
      expect(service.textContent).to.contain('Finalité : Audience measurement');
      expect(parts(el, 'cookie').map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '_ga · durée : 13 mois',
        '_ga_* · durée : 13 mois',
      ]);
      await expect(el).to.be.accessible();
    });

    it('names each disclosure after its category too, so that no two in the dialog share a name', async () => {
      const categories = sampleConfig().categories!;
      categories.marketing = { label: 'Publicité', services: [{ name: 'Ads', provider: 'Ads Co' }] };
      categories.functional = { label: 'Fonctionnels', services: [{ name: 'Chat', provider: 'Chat Co' }] };
      const { el, store } = await mount({ language: 'en', categories });
      await open(el, store);
      const names = parts(el, 'summary').map((summary) => summary.textContent!.replace(/\s+/g, ' ').trim());
      expect(names).to.deep.equal(['Services and cookies (1), Analytics', 'Services and cookies (1), Publicité', 'Services and cookies (1), Fonctionnels']);
      expect(new Set(names).size).to.equal(names.length);
      // What shows is the start of the name (WCAG 2.5.3, label in name): the category is for screen readers.
      const hidden = parts(el, 'summary')[0].querySelector('span')!;
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
      await expect(el).to.be.accessible();
    });

    it('expands with the keyboard', async () => {
      const { el, store } = await mount();
      await open(el, store);
      part(el, 'summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect((part(el, 'details') as HTMLDetailsElement).open).to.equal(true);
      expect(part(el, 'service')!.checkVisibility()).to.equal(true);
    });
  });

  describe('accessibility and looks', () => {
    it('has no axe violations when open (English)', async () => {
      const { el, store } = await mount();
      await open(el, store);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations when open (French, dark)', async () => {
      const { el, store } = await mount({ language: 'fr', ui: { theme: 'dark' } });
      await open(el, store);
      expect(getComputedStyle(dialog(el)).backgroundColor).to.equal('rgb(28, 31, 38)');
      expect(dialog(el).lang).to.equal('fr');
      await expect(el).to.be.accessible();
    });

    it('follows the system dark mode with theme="auto", and the attribute forces a theme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const { el, store } = await mount();
      await open(el, store);
      expect(getComputedStyle(dialog(el)).backgroundColor).to.equal('rgb(28, 31, 38)');
      await expect(el).to.be.accessible();
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(dialog(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('gives its three actions one style and one size', async () => {
      const { el, store } = await mount({ language: 'fr' });
      await open(el, store);
      const [reject, accept, save] = ['reject-button', 'accept-button', 'save-button'].map((name) => part(el, name)!);
      const looks = (b: HTMLElement) => {
        const s = getComputedStyle(b);
        return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.borderTopWidth, s.paddingTop].join('|');
      };
      for (const b of [accept, save]) {
        expect(looks(b)).to.equal(looks(reject));
        expect(b.getBoundingClientRect().width).to.be.closeTo(reject.getBoundingClientRect().width, 0.5);
        expect(b.getBoundingClientRect().height).to.be.closeTo(reject.getBoundingClientRect().height, 0.5);
      }
    });

    it('turns off its transitions for visitors who prefer reduced motion', async () => {
      const { el, store } = await mount();
      await open(el, store);
      const s = parts(el, 'switch')[1];
      expect(getComputedStyle(s).transitionDuration).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(s).transitionDuration).to.equal('0s');
      expect(getComputedStyle(dialog(el)).animationName).to.equal('none');
    });

    it('fits 320 px wide (200 % zoom) without horizontal scrolling, every action reachable', async () => {
      await setViewport({ width: 320, height: 560 });
      const { el, store } = await mount({ language: 'fr' });
      await open(el, store);
      (part(el, 'details') as HTMLDetailsElement).open = true;
      const box = dialog(el).getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(box.bottom).to.be.at.most(560);
      for (const node of [part(el, 'body')!, ...parts(el, 'category')]) expect(node.scrollWidth).to.be.at.most(node.clientWidth);
      for (const s of parts(el, 'switch')) expect(s.getBoundingClientRect().right).to.be.at.most(box.right);
      for (const name of ['reject-button', 'accept-button', 'save-button']) {
        const b = part(el, name)!.getBoundingClientRect();
        expect(b.right).to.be.at.most(320);
        expect(b.bottom).to.be.at.most(560);
      }
    });
  });

  describe('texts', () => {
    it('takes overrides from config.texts[lang].preferences', async () => {
      const { el, store } = await mount({ language: 'fr', texts: { fr: { preferences: { save: 'Valider', title: 'Vos cookies' } } } });
      await open(el, store);
      expect(part(el, 'save-button')!.textContent!.trim()).to.equal('Valider');
      expect(part(el, 'title')!.textContent).to.equal('Vos cookies');
      expect(part(el, 'reject-button')!.textContent).to.equal('Tout refuser');
    });

    it('renders hostile config texts (labels, services, cookies) as inert text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
      const { el, store } = await mount({
        language: 'en',
        texts: { en: { preferences: { title: hostile } } },
        categories: {
          analytics: {
            label: hostile,
            description: { en: hostile },
            services: [{ name: hostile, provider: hostile, purpose: hostile, cookies: [{ name: hostile, lifetime: hostile }] }],
          },
        },
      });
      await open(el, store);
      (part(el, 'details') as HTMLDetailsElement).open = true;
      // Rendered: a hostile text that became markup would be an element now, before any handler fires.
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(part(el, 'title')!.textContent).to.equal(hostile);
      expect(part(el, 'service-name')!.textContent).to.equal(hostile);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});

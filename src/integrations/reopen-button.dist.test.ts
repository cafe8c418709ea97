/**
 * The two layers and the reopen control as a visitor meets them with the script-tag build
 * (run `npx rollup -c` first): nothing imported from src/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../test/helpers/lit-warnings.js';

interface Store {
  decided: boolean;
  preferencesOpen: boolean;
  wording?: string;
  get(category: string): boolean;
  reset(): void;
}
const store = () => (window as unknown as { consentElements: Store }).consentElements;
const shadow = (tag: string) => document.querySelector(tag)?.shadowRoot;
const part = (tag: string, name: string) => shadow(tag)?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const wait = { timeout: 5000 };
const loaded = () => performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()!);

describe('banner, preferences and reopen control through the script-tag build', function () {
  // axe and real key presses take seconds on a loaded two-core machine.
  this.timeout(20000);
  before(async () => {
    document.cookie = 'consent_elements=; max-age=0; path=/';
    document.documentElement.lang = 'en';
    (window as unknown as { consentElementsConfig: unknown }).consentElementsConfig = {
      revision: 1,
      language: 'fr',
      categories: {
        necessary: {},
        analytics: { services: [{ name: 'Matomo', cookies: [{ name: '_pk_id', lifetime: '13 mois' }] }] },
        marketing: {},
      },
    };
    document.body.insertAdjacentHTML('beforeend', '<p id="page"><a href="#" data-consent-open>Gérer mes cookies</a></p>');
    const script = Object.assign(document.createElement('script'), { src: '/dist/consent-elements.js' });
    const ready = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
    document.head.append(script);
    await ready;
  });

  after(() => {
    store().reset();
    document.cookie = 'consent_elements=; max-age=0; path=/';
    document.querySelector('#page')?.remove();
  });

  it('shows the French banner first in the page, loading the UI chunk and the French table only', async () => {
    await waitUntil(() => part('consent-banner', 'base'), 'the banner never showed', wait);
    expect(document.body.firstElementChild!.tagName).to.equal('CONSENT-BANNER');
    expect(part('consent-banner', 'reject-button')!.textContent).to.equal('Tout refuser');
    expect(loaded()).to.include('consent-elements-ui.js');
    expect(loaded().some((name) => name == 'consent-elements-banner-fr.js')).to.equal(true);
    expect(loaded().some((name) => name == 'consent-elements-banner-en.js')).to.equal(false);
    expect(store().wording).to.be.a('string');
    expect(document.querySelector('.consent-reopen')).to.equal(null);
  });

  it('"Personnaliser" opens the real dialog; Escape gives focus back to it, inside the banner', async () => {
    const customize = part('consent-banner', 'customize-button')!;
    customize.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow('consent-preferences')?.querySelector('dialog[open]'), 'no dialog', wait);
    expect(document.activeElement!.tagName).to.equal('CONSENT-PREFERENCES');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow('consent-preferences')!.querySelector('dialog[open]'), 'the dialog stayed open', wait);
    expect(store().decided).to.equal(false);
    expect(shadow('consent-banner')!.activeElement).to.equal(customize);
  });

  it('saving in the dialog writes the cookie, hides the banner and draws the reopen control', async () => {
    part('consent-banner', 'customize-button')!.click();
    await waitUntil(() => shadow('consent-preferences')?.querySelector('dialog[open]'), 'no dialog', wait);
    const analytics = shadow('consent-preferences')!.querySelectorAll<HTMLElement>('[role=switch]')[1];
    analytics.focus();
    await sendKeys({ press: 'Space' });
    part('consent-preferences', 'save-button')!.click();
    await waitUntil(() => !shadow('consent-preferences')!.querySelector('dialog[open]'), 'the dialog stayed open', wait);
    expect(store().get('analytics')).to.equal(true);
    expect(store().get('marketing')).to.equal(false);
    expect(document.cookie).to.match(/consent_elements=/);
    expect(part('consent-banner', 'base')).to.equal(null);
    // Drawn once its name, in the page table of the language, is here.
    const reopen = await waitUntil(() => document.querySelector<HTMLButtonElement>('.consent-reopen'), 'no reopen control', wait).then(
      () => document.querySelector<HTMLButtonElement>('.consent-reopen')!,
    );
    expect(reopen.hidden).to.equal(false);
    expect(reopen.title).to.equal('Gérer mes cookies');
  });

  it('the reopen control opens the dialog with the saved choices, Escape closes it and focus returns', async () => {
    const reopen = document.querySelector<HTMLButtonElement>('.consent-reopen')!;
    reopen.focus();
    reopen.click();
    await waitUntil(() => shadow('consent-preferences')!.querySelector('dialog[open]'), 'no dialog', wait);
    const states = [...shadow('consent-preferences')!.querySelectorAll('[part~=switch]')].map((s) => s.getAttribute('aria-checked'));
    expect(states).to.deep.equal(['true', 'true', 'false']);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !store().preferencesOpen, 'still open', wait);
    expect(document.activeElement).to.equal(reopen);
  });

  it('any [data-consent-open] element opens the preferences', async () => {
    document.querySelector<HTMLElement>('[data-consent-open]')!.click();
    expect(store().preferencesOpen).to.equal(true);
    await waitUntil(() => shadow('consent-preferences')!.querySelector('dialog[open]'), 'no dialog', wait);
    part('consent-preferences', 'close-button')!.click();
    await waitUntil(() => !shadow('consent-preferences')!.querySelector('dialog[open]'), 'still open', wait);
  });
});

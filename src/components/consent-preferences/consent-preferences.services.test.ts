import '../../../test/helpers/lit-warnings.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { makeStore } from '../../../test/helpers/store.js';
import { until } from '../../../test/helpers/wait.js';
import { ConsentPreferences } from './consent-preferences.js';

if (!customElements.get('consent-preferences')) customElements.define('consent-preferences', ConsentPreferences);

const config = {
  language: 'fr',
  categories: {
    analytics: { services: ['google-analytics', { name: 'Mesure maison', cookies: [{ name: 'mm', lifetime: 'P13M' }], privacyUrl: 'javascript:alert(1)' }] },
    marketing: { services: [{ preset: 'youtube', location: 'Irlande' }] },
  },
};

const mount = async () => {
  const { store } = makeStore({ config });
  const el = await fixture<ConsentPreferences>(html`<consent-preferences .store=${store}></consent-preferences>`);
  store.openPreferences();
  await el.updateComplete;
  const root = el.shadowRoot!;
  // The catalogue entries arrive on demand.
  await until(() => root.textContent!.includes('Google Ireland Limited'), 'the catalogue entries');
  await el.updateComplete;
  return { el, store, root };
};
const serviceSwitches = (root: ShadowRoot) =>
  Object.fromEntries(
    [...root.querySelectorAll('[part~="service-switch"]')].map((s) => [root.getElementById(s.getAttribute('aria-labelledby')!)!.textContent, s.getAttribute('aria-checked')]),
  );

before(() => import('../../catalogue/generated/google-analytics.js'));
afterEach(() => fixtureCleanup());

describe('<consent-preferences>: services', function () {
  this.timeout(15000);
  it('lists one switch per service, named by the service, under its category; saves per service', async () => {
    const { el, store, root } = await mount();
    expect(serviceSwitches(root)).to.deep.equal({ 'Google Analytics': 'false', 'Mesure maison': 'false', YouTube: 'false' });
    (root.querySelectorAll('[part~="service-switch"]')[2] as HTMLElement).click();
    await el.updateComplete;
    (root.querySelector('[part~="save-button"]') as HTMLElement).click();
    expect(store.getServices()).to.deep.equal({ 'google-analytics': false, 'mesure-maison': false, youtube: true });
    expect(store.get('marketing')).to.equal(true);
    expect(store.get('analytics')).to.equal(false);
  });

  it('a category switch sets all its services; one service off leaves the category refused', async () => {
    const { el, store, root } = await mount();
    const analytics = root.querySelectorAll<HTMLElement>('[part~="switch"]')[1];
    analytics.click();
    await el.updateComplete;
    expect(serviceSwitches(root)).to.deep.include({ 'Google Analytics': 'true', 'Mesure maison': 'true' });
    root.querySelector<HTMLElement>('[part~="service-switch"]')!.click();
    await el.updateComplete;
    expect(analytics.getAttribute('aria-checked')).to.equal('false');
    root.querySelector<HTMLElement>('[part~="save-button"]')!.click();
    expect(store.get('analytics')).to.equal(false);
    expect(store.getService('mesure-maison')).to.equal(true);
    expect(store.getService('google-analytics')).to.equal(false);
  });

  it('shows provider, purpose, data location, a safe privacy link and lifetimes in the visitor’s language', async () => {
    const { el, root } = await mount();
    const [ga, own, youtube] = [...root.querySelectorAll('[part="service"]')].map((li) => {
      // Intl puts no-break spaces between a number and its unit.
      const textContent = li.textContent!.replace(/[\u00a0\u202f]/g, ' ');
      return Object.assign(li, { text: textContent }) as HTMLElement & { text: string };
    });
    expect(ga.text).to.contain('Google Ireland Limited').and.contain('États-Unis').and.contain('2 ans');
    expect(ga.querySelector('a')!.getAttribute('href')).to.equal('https://policies.google.com/privacy');
    expect(ga.querySelector('a')!.getAttribute('aria-label')).to.equal('Politique de confidentialité: Google Analytics');
    expect(own.text).to.contain('13 mois');
    expect(own.querySelector('a')).to.equal(null);
    expect(youtube.text).to.contain('Irlande').and.contain('jusqu’à la fermeture du navigateur');
    // Each disclosure has its own name.
    const names = [...root.querySelectorAll('summary')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
    expect(new Set(names).size).to.equal(names.length);
    root.querySelectorAll('details').forEach((d) => (d.open = true));
    await expect(el).to.be.accessible();
  });
});

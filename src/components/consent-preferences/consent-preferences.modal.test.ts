import '../../../test/helpers/lit-warnings.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { makeStore, sampleConfig } from '../../../test/helpers/store.js';
import { until } from '../../../test/helpers/wait.js';
import { ConsentPreferences } from './consent-preferences.js';

if (!customElements.get('consent-preferences')) customElements.define('consent-preferences', ConsentPreferences);

const openDialogs = (page: Element) =>
  [...page.querySelectorAll('consent-preferences')].map((el) => el.shadowRoot!.querySelector('dialog')).filter((d) => d?.open) as HTMLDialogElement[];
const settle = (page: Element) => Promise.all([...page.querySelectorAll<ConsentPreferences>('consent-preferences')].map((el) => el.updateComplete));

afterEach(() => {
  fixtureCleanup();
  document.documentElement.style.overflow = '';
});

describe('<consent-preferences>: inline, and one modal on screen', function () {
  this.timeout(15000);
  it('inline renders in the page flow, without being opened, and is no modal', async () => {
    const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
    const el = await fixture<ConsentPreferences>(html`<consent-preferences inline .store=${store}></consent-preferences>`);
    const base = await until(() => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]'), 'the inline preferences');
    expect(base.localName).to.equal('section');
    expect(el.getBoundingClientRect().height).to.be.above(200);
    expect(el.shadowRoot!.querySelector('[part~="close-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="switch"]')[1].click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[part~="save-button"]')!.click();
    expect(store.get('analytics')).to.equal(true);
    await el.updateComplete;
    // Still there, in the flow, after saving.
    expect(el.getBoundingClientRect().height).to.be.above(200);
  });

  it('opens the visible one of a hidden and a visible <consent-preferences>, whatever their order', async () => {
    const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
    const page = await fixture(html`<div>
      <div style="display:none"><consent-preferences .store=${store}></consent-preferences></div>
      <consent-preferences .store=${store}></consent-preferences>
    </div>`);
    store.openPreferences();
    await settle(page);
    await settle(page);
    const open = openDialogs(page);
    expect(open).to.have.length(1);
    expect(open[0].getBoundingClientRect().width).to.be.above(100);
    expect(open[0].getRootNode()).to.equal(page.querySelectorAll('consent-preferences')[1].shadowRoot);
  });

  it('opens exactly one of two visible <consent-preferences> (the page’s own beside the library’s), and none inline', async () => {
    const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
    const page = await fixture(html`<div>
      <consent-preferences inline .store=${store}></consent-preferences>
      <consent-preferences .store=${store}></consent-preferences>
      <consent-preferences .store=${store}></consent-preferences>
    </div>`);
    for (let round = 0; round < 2; round++) {
      store.openPreferences();
      await settle(page);
      await settle(page);
      expect(openDialogs(page)).to.have.length(1);
      store.closePreferences();
      await settle(page);
      expect(openDialogs(page)).to.have.length(0);
    }
  });

  it('opens none while every instance is hidden (no invisible modal freezing the page)', async () => {
    const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
    const page = await fixture(html`<div style="display:none"><consent-preferences .store=${store}></consent-preferences></div>`);
    store.openPreferences();
    await settle(page);
    expect(openDialogs(page)).to.have.length(0);
    expect(document.documentElement.style.overflow).to.equal('');
  });
});

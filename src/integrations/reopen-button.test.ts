import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConsentConfig } from '../core/types.js';
import { makeStore, sampleConfig } from '../../test/helpers/store.js';
import { pageTables } from '../i18n/page/index.js';
import { loadTable } from '../i18n/tables.js';
import { drawReopenButton } from './reopen-button.js';

const button = () => document.querySelector<HTMLButtonElement>('button.consent-reopen');
/** The control, once its name (the language's page table) is here. */
const shown = () => waitUntil(button, 'the reopen control never showed').then(() => button()!);
const loadPage = (lang: string) => loadTable(pageTables, lang);
const draw = (config: Partial<ConsentConfig> = {}) => {
  const { store } = makeStore({ config: sampleConfig({ language: 'en', ...config }) });
  drawReopenButton(store, loadPage);
  return store;
};

describe('reopen control (core, plain DOM)', function () {
  // axe and real key presses take seconds on a loaded two-core machine.
  this.timeout(20000);
  afterEach(async () => {
    document.querySelectorAll('.consent-reopen').forEach((node) => node.remove());
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('is not drawn before the visitor has decided', () => {
    draw();
    expect(button()).to.equal(null);
  });

  it('appears after a decision, bottom-left, with an accessible name, and opens the preferences', async () => {
    const store = draw();
    store.rejectAll();
    const b = await shown();
    expect(b.hidden).to.equal(false);
    expect(b.title).to.equal('Cookie settings');
    const box = b.getBoundingClientRect();
    expect(box.left).to.equal(16);
    expect(innerHeight - box.bottom).to.equal(16);
    expect(box.width).to.be.at.least(44);
    await expect(b).to.be.accessible();
    b.click();
    expect(store.preferencesOpen).to.equal(true);
    expect(store.get('analytics')).to.equal(false);
  });

  it('covers no content at 320 px: it leaves the corner for the end of the page, after the content', async () => {
    await setViewport({ width: 320, height: 480 });
    const page = await fixture(html`<main>${[...Array(30)].map((_, i) => html`<p>Line ${i} of the page, with words that fill the whole width of a small screen.</p>`)}</main>`);
    const store = draw();
    store.acceptAll();
    const b = await shown();
    const box = b.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    for (const paragraph of page.querySelectorAll('p')) {
      const text = paragraph.getBoundingClientRect();
      const overlaps = text.left < box.right && box.left < text.right && text.top < box.bottom && box.top < text.bottom;
      expect(overlaps, paragraph.textContent!).to.equal(false);
    }
    expect(page.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    // Back in its corner on a wide screen.
    await setViewport({ width: 800, height: 600 });
    await waitUntil(() => getComputedStyle(b).position == 'fixed', 'not back in its corner');
  });

  it("goes where the site owner's [data-consent-reopen] element is, in the page's tab order, named by its text", async () => {
    const footer = await fixture(html`<footer><a href="#legal" id="legal">Legal notice</a> <span data-consent-reopen></span> <a href="#plan" id="plan">Site map</a></footer>`);
    draw({ language: 'en' }).rejectAll();
    const b = await shown();
    expect(b.parentElement).to.equal(footer.querySelector('[data-consent-reopen]'));
    expect(b.textContent).to.equal('Cookie settings');
    expect(getComputedStyle(b).position).to.equal('static');
    footer.querySelector<HTMLElement>('#legal')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(b);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('plan');
    await expect(footer).to.be.accessible();
  });

  it('stays off paper: hidden while the page prints, back afterwards', async () => {
    draw().rejectAll();
    await shown();
    dispatchEvent(new Event('beforeprint'));
    expect(button()!.hidden).to.equal(true);
    expect(getComputedStyle(button()!).display).to.equal('none');
    dispatchEvent(new Event('afterprint'));
    expect(button()!.hidden).to.equal(false);
  });

  it('is there for a returning visitor, named in the language of the page', async () => {
    const { store } = makeStore({ config: sampleConfig({ language: 'de' }) });
    store.acceptAll();
    drawReopenButton(store, loadPage);
    expect((await shown()).hidden).to.equal(false);
    expect(button()!.title).to.equal('Cookie-Einstellungen');
  });

  it('hides while the banner shows again (reset, openBanner), and comes back after the decision', async () => {
    const store = draw();
    store.acceptAll();
    await shown();
    store.openBanner();
    expect(button()!.hidden).to.equal(true);
    store.rejectAll();
    expect(button()!.hidden).to.equal(false);
    store.reset();
    expect(button()!.hidden).to.equal(true);
  });

  it('can be placed bottom-right, or turned off when the site has its own link', async () => {
    draw({ ui: { reopenButton: 'bottom-right' } }).acceptAll();
    await shown();
    expect(innerWidth - button()!.getBoundingClientRect().right).to.be.closeTo(16, 1);
    button()!.remove();
    draw({ ui: { reopenButton: false } }).acceptAll();
    expect(button()).to.equal(null);
  });

  it('speaks the visitor language and takes config.texts[lang].reopen.label, as text', async () => {
    draw({ language: 'fr' }).acceptAll();
    expect((await shown()).title).to.equal('Gérer mes cookies');
    button()!.remove();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    draw({ language: 'en', texts: { en: { reopen: { label: hostile } } } }).acceptAll();
    expect((await shown()).title).to.equal(hostile);
    expect(button()!.querySelector('img')).to.equal(null);
  });
});

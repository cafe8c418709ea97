import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { makeStore, sampleConfig } from './helpers/store.js';
import { until } from './helpers/wait.js';
import { registerStore, STORE_KEY } from '../src/core/registry.js';
import { mount } from '../src/script-tag/consent-elements-ui.js';

/** The open dialogs of every <consent-preferences> on the page. */
const openDialogs = () =>
  [...document.querySelectorAll('consent-preferences')].map((el) => el.shadowRoot?.querySelector('dialog')).filter((d) => d?.open) as HTMLDialogElement[];

describe('script tag: one modal, always on screen', function () {
  this.timeout(15000);
  afterEach(() => {
    document.querySelectorAll('consent-preferences, consent-banner, #hidden-route').forEach((el) => el.remove());
    delete (globalThis as Record<symbol, unknown>)[STORE_KEY];
    document.documentElement.style.overflow = '';
  });

  it('a page’s <consent-preferences> left in a hidden route does not swallow openPreferences(): one dialog opens, on screen', async () => {
    const { store } = makeStore({ config: sampleConfig({ language: 'en' }) });
    registerStore(store);
    document.body.insertAdjacentHTML('beforeend', '<div id="hidden-route" style="display:none"><consent-preferences></consent-preferences></div>');
    store.openPreferences();
    mount(store, { addBanner: false });
    // The dialog's chunk and tables load first: slow on a loaded two-core machine.
    const [dialog] = await until(() => openDialogs()[0] && openDialogs(), 'an open dialog', 10000);
    expect(openDialogs()).to.have.length(1);
    const { width, height } = dialog.getBoundingClientRect();
    expect(width * height).to.be.above(10000);
    expect(document.querySelectorAll('consent-preferences')).to.have.length(2);
    // Opened again: still one, and no third element.
    store.closePreferences();
    await until(() => !openDialogs()[0], 'the dialog to close');
    store.openPreferences();
    mount(store, { addBanner: false });
    await until(() => openDialogs()[0], 'an open dialog');
    expect(openDialogs()).to.have.length(1);
    expect(document.querySelectorAll('consent-preferences')).to.have.length(2);
  });
});

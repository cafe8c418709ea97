import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { makeStore } from '../../test/helpers/store.js';
import { tagRun, until } from '../../test/fixtures/tag-loader/tags.js';
import { memoryStorage } from '../core/storage/memory-storage.js';
import type { ConsentConfig } from '../core/types.js';
import { startTagLoader } from './tag-loader.js';

const extras = () => import('./tag-extras.js');
declare global {
  interface Window {
    ran?: string[];
  }
}

const config: ConsentConfig = {
  categories: {
    analytics: { services: [{ preset: 'google-analytics', scripts: [] }, 'hotjar'] },
    marketing: { label: 'Advertising', services: ['youtube', 'meta-pixel'] },
  },
};

let stop: (() => void) | undefined;
let root: HTMLElement;
const start = (markup: string, storage = memoryStorage()) => {
  root.innerHTML = markup;
  const { store } = makeStore({ config, storage });
  stop = startTagLoader(store, extras);
  return store;
};
const placeholderOf = (element: Element) =>
  until(() => element.previousElementSibling?.classList.contains('consent-placeholder') && (element.previousElementSibling as HTMLElement), 'the placeholder');
const buttons = (box: HTMLElement) => [...box.shadowRoot!.querySelectorAll('button')];

// The first download of the on-demand chunk and of an entry is slow on a cold dev server.
before(() => Promise.all([extras(), import('../catalogue/generated/youtube.js')]));

beforeEach(() => {
  window.ran = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  stop?.();
  root.remove();
});

describe('tag loader: per service', function () {
  this.timeout(15000);
  it('data-consent-service runs a script with that service alone, not with its neighbours', async () => {
    const { tags, requests } = await tagRun();
    const store = start(
      `<script type="text/plain" data-consent-service="hotjar" src="${tags}/hotjar.js"></script>` +
        `<script type="text/plain" data-consent-service="google-analytics" src="${tags}/gtag.js"></script>`,
    );
    store.save({}, { hotjar: true });
    await until(async () => (await requests()).length, 'the hotjar request');
    // Both scripts would be activated in one pass: a request the test makes now comes after either.
    await fetch(`${tags}/sentinel.js`, { mode: 'no-cors' });
    await until(async () => (await requests()).includes('sentinel.js'), 'the sentinel request');
    expect(await requests()).to.deep.equal(['hotjar.js', 'sentinel.js']);
    expect(store.get('analytics')).to.equal(false);
  });

  it('"allow once" loads the embed for this page only, and stores nothing', async () => {
    const { tags, requests } = await tagRun();
    const storage = memoryStorage();
    const store = start(`<iframe data-consent-service="youtube" data-src="${tags}/video.html" width="320" height="180"></iframe>`, storage);
    const iframe = root.querySelector('iframe')!;
    const box = await placeholderOf(iframe);
    expect(box.shadowRoot!.textContent).to.contain('YouTube').and.contain('Google Ireland Limited');
    const { width, height } = box.getBoundingClientRect();
    // The iframe's box, its 2px borders included.
    expect([width, height]).to.deep.equal([324, 184]);
    expect(buttons(box).map((b) => b.textContent)).to.deep.equal(['Allow once', 'Always allow']);
    await expect(box).to.be.accessible();
    buttons(box)[0].click();
    await until(async () => (await requests()).length, 'the embed request');
    expect(iframe.getAttribute('src')).to.equal(`${tags}/video.html`);
    expect(storage.read()).to.equal(undefined);
    expect(store.decided).to.equal(false);
    expect(store.getService('youtube')).to.equal(false);
  });

  it('the placeholder passes axe in dark mode too, and is reached with the keyboard', async () => {
    const { tags } = await tagRun();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      start(`<button id="before">before</button><iframe data-consent-service="youtube" data-src="${tags}/video.html"></iframe>`);
      const box = await placeholderOf(root.querySelector('iframe')!);
      expect(getComputedStyle(box).backgroundColor).to.equal('rgb(28, 31, 38)');
      await expect(box).to.be.accessible();
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(box.shadowRoot!.activeElement).to.equal(buttons(box)[0]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('"always allow" on a first visit grants that service alone, stores it, and keeps the banner', async () => {
    const { tags } = await tagRun();
    const storage = memoryStorage();
    const store = start(`<iframe data-consent-service="youtube" data-src="${tags}/video.html"></iframe>`, storage);
    const iframe = root.querySelector('iframe')!;
    buttons(await placeholderOf(iframe))[1].click();
    await until(() => iframe.getAttribute('src'), 'the embed');
    expect(store.getService('youtube')).to.equal(true);
    expect(store.getAll()).to.deep.equal({ necessary: true, analytics: false, marketing: false });
    expect(store.getServices()).to.deep.equal({ 'google-analytics': false, hotjar: false, youtube: true, 'meta-pixel': false });
    expect(store.decided).to.equal(false);
    expect(store.bannerOpen).to.equal(true);
    expect(storage.read()).to.match(/\|\|youtube=1$/);
  });

  it('recognises a catalogue embed from its address alone (data-src)', async () => {
    const store = start(`<iframe data-src="https://www.youtube.com/embed/xyz" width="320" height="180"></iframe><iframe data-src="/lazy.html"></iframe>`);
    const iframe = root.querySelector('iframe')!;
    const box = await placeholderOf(iframe);
    expect(iframe.dataset.consentService).to.equal('youtube');
    expect(box.shadowRoot!.textContent).to.contain('YouTube');
    expect(iframe.hasAttribute('src')).to.equal(false);
    // An iframe the catalogue does not know is none of the loader's business.
    expect(root.querySelectorAll('iframe')[1].dataset.consentService).to.equal(undefined);
    iframe.remove();
    expect(store.getService('youtube')).to.equal(false);
  });
});

describe('tag loader: withdrawal of catalogue services', function () {
  this.timeout(15000);
  const mine = () => document.cookie.split('; ').filter((c) => /^(MUID|_clck|_uetvid)=/.test(c)).map((c) => c.split('=')[0]).sort();
  afterEach(() => ['MUID', '_clck', '_uetvid'].forEach((name) => (document.cookie = `${name}=;max-age=0;path=/`)));

  it('deletes a preset’s cookies from the catalogue, but keeps a shared one while another granted service uses it', async () => {
    root.innerHTML = '';
    const { store } = makeStore({ config: { categories: { analytics: { services: ['microsoft-clarity'] }, marketing: { services: ['microsoft-ads'] } } } });
    stop = startTagLoader(store, extras);
    store.acceptAll();
    for (const cookie of ['MUID=1', '_clck=2', '_uetvid=3']) document.cookie = `${cookie};path=/`;
    store.save({ marketing: true });
    await until(() => !mine().includes('_clck'), 'Clarity’s own cookie to go');
    expect(mine()).to.deep.equal(['MUID', '_uetvid']);
    store.rejectAll();
    await until(() => !mine()[0], 'every cookie to go');
  });
});

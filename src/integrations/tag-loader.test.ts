import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { makeStore } from '../../test/helpers/store.js';
import { tagRun, until } from '../../test/fixtures/tag-loader/tags.js';
import type { ConsentConfig } from '../core/types.js';
import { startTagLoader } from './tag-loader.js';

const extras = () => import('./tag-extras.js');

declare global {
  interface Window {
    ran?: string[];
  }
}

const config = (extra: Partial<ConsentConfig> = {}): ConsentConfig => ({
  categories: {
    analytics: {
      label: { fr: "Mesure d'audience", en: 'Analytics' },
      services: [{ name: 'GA4', cookies: [{ name: '_ga' }, { name: '_ga_*' }], localStorage: ['_ga*'] }],
    },
    marketing: {
      label: { fr: 'Publicité', en: 'Advertising' },
      services: [{ name: 'Ads', cookies: [{ name: '_gcl_*' }] }],
    },
    functional: { label: 'Functional' },
  },
  ...extra,
});

let stop: (() => void) | undefined;
let root: HTMLElement;

/** Starts the tag loader on a fresh store, with `markup` already on the page. */
function start(markup = '', extra: Partial<ConsentConfig> = {}, nonce?: string) {
  root.innerHTML = markup;
  const { store } = makeStore({ config: config(extra) });
  stop = startTagLoader(store, extras, nonce);
  return store;
}

/** A blocked script as a site owner writes it. */
const blocked = (category: string, src: string, extra = '') =>
  `<script type="text/plain" data-consent-category="${category}" src="${src}" ${extra}></script>`;
const inline = (category: string, code: string) =>
  `<script type="text/plain" data-consent-category="${category}">${code}</script>`;

/** This file's cookies, sorted (other test files share the origin's cookie jar). */
const mine = () =>
  document.cookie
    .split('; ')
    .filter((c) => /^(_ga|_gcl|session|_gat|kept)/.test(c))
    .sort();

/** The placeholder before `element`, once the on-demand half of the loader has put it there. */
const cookiesLeft = (count: number, what: string) =>
  until(() => mine().length == count, what).catch((error) => {
    throw new Error(`${error.message}; left: ${mine()}; all: ${document.cookie}`);
  });

const placeholderOf = (element: Element) =>
  until(() => element.previousElementSibling?.classList.contains('consent-placeholder') && (element.previousElementSibling as HTMLElement), 'the placeholder');

beforeEach(() => {
  window.ran = [];
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  stop?.();
  stop = undefined;
  root.remove();
  // The services' scripts a test's loader added to <html>, still blocked, must not run in the next.
  document.documentElement.querySelectorAll('script[data-consent-category],script[data-consent-service]').forEach((script) => script.remove());
  document.documentElement.lang = '';
  // Only this file's cookies and keys: other test files share the origin.
  for (const name of ['_ga', '_ga_ABC123', '_ga_X', '_gcl_au', 'session', '_gat', 'kept'])
    document.cookie = `${name}=;max-age=0;path=/`;
  for (const key of ['_ga_client', 'app']) localStorage.removeItem(key);
});

describe('tag loader: blocked scripts', function () {
  // A busy 2-core machine runs several browser test files at once: leave room.
  this.timeout(15000);
  it('requests and runs nothing before consent, nor after a refusal', async () => {
    const { tags, requests } = await tagRun();
    const store = start(
      blocked('analytics', `${tags}/a.js`) +
        inline('analytics', "window.ran.push('inline')") +
        `<iframe data-consent-category="marketing" data-src="${tags}/f.html"></iframe>` +
        `<img data-consent-category="marketing" data-src="${tags}/p.gif" alt="">` +
        `<video data-consent-category="functional" data-src="${tags}/v.mp4"></video>`,
    );
    store.rejectAll();
    // No fixed wait: a `necessary` script added now is released after anything that start-up or
    // the refusal would have released (each is released at once, in order), so once its request
    // has arrived, any earlier one would have too.
    root.insertAdjacentHTML('beforeend', blocked('necessary', `${tags}/sentinel.js`));
    await until(async () => (await requests()).includes('sentinel.js'), 'the sentinel request');
    expect(await requests()).to.deep.equal(['sentinel.js']);
    // The tag server's scripts record their own name when they run: only the sentinel did.
    await until(() => window.ran!.length, 'the sentinel to run');
    expect(window.ran).to.deep.equal(['sentinel']);
    store.acceptAll();
    // The same page does request them once granted: the counter above could have failed.
    await until(async () => (await requests()).length == 5, 'the four tag requests besides the sentinel');
  });

  it('runs a blocked external script as a real one right after it, with its attributes (the id moves to it)', async () => {
    const { tags, requests } = await tagRun();
    const store = start(
      `<p id="before"></p>${blocked('analytics', `${tags}/kept.js`, 'id="tag" data-extra="x" referrerpolicy="no-referrer"')}<p id="after"></p>`,
    );
    store.acceptAll();
    await until(() => window.ran!.includes('kept'), 'the script to run');
    const script = root.querySelector('#tag') as HTMLScriptElement;
    expect(script.hasAttribute('type')).to.be.false;
    expect(script.dataset.extra).to.equal('x');
    expect(script.referrerPolicy).to.equal('no-referrer');
    expect(script.dataset.consentCategory).to.equal('analytics');
    expect(script.nextElementSibling!.id).to.equal('after');
    // The page's element stays where it was, inert: a framework may own it.
    const original = script.previousElementSibling as HTMLScriptElement;
    expect([original.type, original.dataset.consentCategory]).to.deep.equal(['text/plain', 'analytics']);
    expect(original.previousElementSibling!.id).to.equal('before');
    expect(root.querySelectorAll('script')).to.have.length(2);
    expect(await requests()).to.deep.equal(['kept.js']);
  });

  it('leaves the page its own element: a framework can still remove or move it, and it never runs twice', async () => {
    const store = start(`<div id="app">${inline('analytics', "window.ran.push('once')")}</div>`);
    const owned = root.querySelector('script')!;
    store.acceptAll();
    await until(() => window.ran!.length, 'the script to run');
    // What React does when it unmounts the node it rendered: throws if the node was replaced.
    owned.parentNode!.removeChild(owned);
    root.append(owned);
    // Scripts run through one queue, in order: a sentinel added after it runs after any re-run would have.
    root.insertAdjacentHTML('beforeend', inline('analytics', "window.ran.push('sentinel')"));
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['once', 'sentinel']);
  });

  it('runs two blocked inline scripts with the same code once each: once per element, not per text', async () => {
    const code = "window.ran.push('same')";
    const store = start(inline('analytics', code) + '<p></p>' + inline('analytics', code));
    store.acceptAll();
    await until(() => window.ran!.length == 2, 'both elements to run');
    // One added later with the same code runs too; each element still runs only once.
    root.insertAdjacentHTML('beforeend', inline('analytics', code));
    await until(() => window.ran!.length == 3, 'the added element to run');
    store.rejectAll();
    store.acceptAll();
    // Scripts run through one queue, in order: a sentinel added last runs after any re-run would have.
    root.insertAdjacentHTML('beforeend', inline('analytics', "window.ran.push('sentinel')"));
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['same', 'same', 'same', 'sentinel']);
  });

  it('a framework rendering the same blocked script again (a new element) does not run it again', async () => {
    const { tags, requests } = await tagRun();
    const view = blocked('analytics', `${tags}/view.js`) + inline('analytics', "window.ran.push('inline')");
    const store = start(view);
    store.acceptAll();
    await until(() => window.ran!.length == 2, 'both scripts');
    // Back to the route: the view renders its elements anew.
    // An inline sentinel after them waits for any external script before it to load and run.
    root.innerHTML = view + inline('analytics', "window.ran.push('sentinel')");
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['view', 'inline', 'sentinel']);
    expect(await requests()).to.deep.equal(['view.js']);
  });

  it('runs a blocked inline script only once its category is granted', async () => {
    // A `necessary` sentinel after it runs at once: the script before it would have run by then.
    const store = start(
      inline('analytics', "window.ran.push('inline:' + document.currentScript.dataset.consentCategory)") +
        inline('necessary', "window.ran.push('sentinel')"),
    );
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['sentinel']);
    store.save({ analytics: true });
    await until(() => window.ran!.length == 2, 'the inline script');
    expect(window.ran).to.deep.equal(['sentinel', 'inline:analytics']);
  });

  it('restores the original type from data-type, e.g. a module', async () => {
    const store = start(
      '<script type="text/plain" data-type="module" data-consent-category="analytics">window.ran.push(typeof import.meta)</script>',
    );
    store.acceptAll();
    await until(() => window.ran!.length, 'the module to run');
    expect(window.ran).to.deep.equal(['object']);
    expect(root.querySelector('script:not([type="text/plain"])')!.type).to.equal('module');
  });

  it('keeps document order: an inline script waits for the slow external one before it', async () => {
    const { tags } = await tagRun();
    const store = start(
      blocked('analytics', `${tags}/slow.js?delay=250`) +
        inline('analytics', "window.ran.push('inline saw ' + window.ran.join())") +
        blocked('analytics', `${tags}/fast.js`) +
        inline('analytics', "window.ran.push('last')"),
    );
    store.acceptAll();
    await until(() => window.ran!.length == 4, 'four scripts');
    expect(window.ran).to.deep.equal(['slow', 'inline saw slow', 'fast', 'last']);
  });

  it('runs a script that names several categories only when all are granted', async () => {
    const { tags, requests } = await tagRun();
    // An inline analytics sentinel after it waits for any external script before it to load and run.
    const store = start(blocked('analytics marketing', `${tags}/both.js`) + inline('analytics', "window.ran.push('sentinel')"));
    store.save({ analytics: true });
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['sentinel']);
    expect(await requests()).to.deep.equal([]);
    store.save({ analytics: true, marketing: true });
    await until(() => window.ran!.includes('both'), 'the script to run');
    expect(await requests()).to.deep.equal(['both.js']);
  });

  it('runs each script exactly once when consent is given twice, or withdrawn and given again', async () => {
    const { tags, requests } = await tagRun();
    const store = start(blocked('analytics', `${tags}/once.js`) + inline('analytics', "window.ran.push('inline')"));
    store.acceptAll();
    store.acceptAll();
    await until(() => window.ran!.length == 2, 'both scripts');
    store.save({ analytics: true, functional: true });
    store.rejectAll();
    store.acceptAll();
    // Scripts run through one queue, in order: a sentinel added last runs after any re-run would have.
    root.insertAdjacentHTML('beforeend', inline('analytics', "window.ran.push('sentinel')"));
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['once', 'inline', 'sentinel']);
    expect(await requests()).to.deep.equal(['once.js']);
  });

  it('grants in two steps: each category’s scripts run when it is granted', async () => {
    const { tags, requests } = await tagRun();
    const store = start(blocked('marketing', `${tags}/ads.js`) + blocked('analytics', `${tags}/ga.js`));
    store.save({ analytics: true });
    await until(() => window.ran!.length == 1, 'the analytics script');
    expect(window.ran).to.deep.equal(['ga']);
    store.save({ analytics: true, marketing: true });
    await until(() => window.ran!.length == 2, 'the marketing script');
    expect(window.ran).to.deep.equal(['ga', 'ads']);
    expect((await requests()).sort()).to.deep.equal(['ads.js', 'ga.js']);
  });

  it('never runs a script whose category is empty or unknown; runs "necessary" at once', async () => {
    const { tags, requests } = await tagRun();
    const store = start(
      blocked('', `${tags}/empty.js`) +
        blocked('nope', `${tags}/unknown.js`) +
        blocked('necessary', `${tags}/needed.js`) +
        inline('analytics', "window.ran.push('sentinel')"),
    );
    await until(() => window.ran!.includes('needed'), 'the necessary script');
    store.acceptAll();
    // The inline sentinel, last, waits for any external script before it to load and run.
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['needed', 'sentinel']);
    expect(await requests()).to.deep.equal(['needed.js']);
  });
});

describe('tag loader: scripts added later', function () {
  this.timeout(15000);
  it('blocks a script added before consent and runs it on grant', async () => {
    const { tags, requests } = await tagRun();
    const store = start();
    // A `necessary` inline sentinel after it runs at once, after the script before it would have.
    root.insertAdjacentHTML('beforeend', blocked('analytics', `${tags}/late.js`) + inline('necessary', "window.ran.push('sentinel')"));
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['sentinel']);
    expect(await requests()).to.deep.equal([]);
    store.acceptAll();
    await until(() => window.ran!.includes('late'), 'the late script');
  });

  it('runs scripts added after consent at once, in order, exactly once', async () => {
    const { tags, requests } = await tagRun();
    const store = start();
    store.acceptAll();
    const widget = document.createElement('div');
    widget.innerHTML =
      blocked('analytics', `${tags}/spa.js?delay=100`) + inline('analytics', "window.ran.push('after ' + window.ran.join())");
    root.append(widget);
    await until(() => window.ran!.length == 2, 'both scripts');
    expect(window.ran).to.deep.equal(['spa', 'after spa']);
    // Moving the widget re-inserts the scripts: they must not run again.
    root.prepend(widget);
    root.insertAdjacentHTML('beforeend', inline('analytics', "window.ran.push('sentinel')"));
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['spa', 'after spa', 'sentinel']);
    expect(await requests()).to.deep.equal(['spa.js?delay=100']);
  });

  it('searches only the added nodes, never the whole page again', async () => {
    const { tags } = await tagRun();
    const store = start();
    const original = Document.prototype.querySelectorAll;
    let pageSearches = 0;
    Document.prototype.querySelectorAll = function (this: Document, selectors: string) {
      pageSearches++;
      return original.call(this, selectors);
    } as typeof original;
    try {
      for (let i = 0; i < 5; i++) root.insertAdjacentHTML('beforeend', `<div><p>${i}</p>${blocked('analytics', `${tags}/n${i}.js`)}</div>`);
      store.acceptAll();
      await until(() => window.ran!.length == 5, 'the five scripts');
    } finally {
      Document.prototype.querySelectorAll = original;
    }
    expect(pageSearches).to.equal(0);
    expect(window.ran).to.deep.equal(['n0', 'n1', 'n2', 'n3', 'n4']);
  });

  it('forgets a blocked script the page removed before consent', async () => {
    const { tags, requests } = await tagRun();
    const store = start(blocked('analytics', `${tags}/removed.js`));
    root.innerHTML = '';
    store.acceptAll();
    // An inline sentinel added after the grant waits for any external script released before it.
    root.insertAdjacentHTML('beforeend', inline('analytics', "window.ran.push('sentinel')"));
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['sentinel']);
    expect(await requests()).to.deep.equal([]);
  });
});

describe('tag loader: scripts of the config’s services', function () {
  this.timeout(15000);
  it('injects them once their category is granted, once, with the nonce', async () => {
    const { tags, requests } = await tagRun();
    // The services' scripts come before the page's: a `necessary` inline script, run at once,
    // runs after any of them released at start-up would have.
    const store = start(
      inline('necessary', "window.ran.push('start')"),
      {
        categories: {
          analytics: { services: [{ name: 'GA4', scripts: [`${tags}/gtag.js`] }] },
          marketing: { services: [{ name: 'Pixel', scripts: [`${tags}/pixel.js`] }] },
        },
      },
      'abc',
    );
    await until(() => window.ran!.includes('start'), 'the necessary script to run');
    expect(await requests()).to.deep.equal([]);
    // Nothing of theirs in the page until then: a framework hydrating <head> would trip on it.
    expect(document.querySelectorAll(`script[src^="${tags}"]`)).to.have.length(0);
    store.save({ analytics: true });
    store.save({ analytics: true });
    root.insertAdjacentHTML('beforeend', inline('analytics', "window.ran.push('sentinel')"));
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['start', 'gtag', 'sentinel']);
    expect(await requests()).to.deep.equal(['gtag.js']);
    const script = document.querySelector(`script[src="${tags}/gtag.js"]`) as HTMLScriptElement;
    expect(script.nonce).to.equal('abc');
    expect(script.type).to.equal('');
  });
});

describe('tag loader: embeds and pixels', function () {
  this.timeout(15000);
  const frame = (tags: string, extra = '') =>
    `<iframe data-consent-category="marketing" data-src="${tags}/video.html" width="320" height="180" title="Video" ${extra}></iframe>`;

  it('shows an accessible placeholder of the same size that says what is blocked and why', async () => {
    const { tags, requests } = await tagRun();
    start(`<div>${frame(tags).replace('data-consent-category', 'data-reference')}</div>` + frame(tags) + blocked('necessary', `${tags}/sentinel.js`));
    // What the embed's box would be: an unblocked twin without src (borders included).
    const expected = root.querySelector('iframe[data-reference]')!.getBoundingClientRect();
    const iframe = root.querySelector('iframe[data-consent-category]') as HTMLIFrameElement;
    const box = await placeholderOf(iframe);
    const { width, height } = box.getBoundingClientRect();
    expect([width, height]).to.deep.equal([expected.width, expected.height]);
    expect(getComputedStyle(iframe).display).to.equal('none');
    expect(box.shadowRoot!.textContent).to.contain('Video').and.contain('Advertising');
    const buttons = [...box.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.type)).to.deep.equal(['button', 'button']);
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['Allow once', 'Allow “Advertising”']);
    await expect(box).to.be.accessible();
    // The `necessary` sentinel after the embed is released at start-up, after the embed would have been.
    await until(async () => (await requests()).includes('sentinel.js'), 'the sentinel request');
    expect(await requests()).to.deep.equal(['sentinel.js']);
  });

  it('speaks French when the page is in French', async () => {
    document.documentElement.lang = 'fr';
    const { tags } = await tagRun();
    start(frame(tags));
    const box = await placeholderOf(root.querySelector('iframe')!);
    expect(box.shadowRoot!.textContent).to.contain('bloqué').and.contain('« Publicité »');
    expect(box.shadowRoot!.querySelectorAll('button')[1].textContent).to.equal('Autoriser « Publicité »');
  });

  it('names the embed by its title, else by its host', async () => {
    const { tags } = await tagRun();
    start(frame(tags).replace('title="Video"', 'title="Our product video"') + frame(tags).replace('title="Video"', ''));
    const [titled, untitled] = root.querySelectorAll('iframe');
    expect((await placeholderOf(titled)).shadowRoot!.querySelector('strong')!.textContent).to.equal('Our product video is blocked: it needs your consent for “Advertising”.');
    expect((await placeholderOf(untitled)).shadowRoot!.querySelector('strong')!.textContent).to.equal('127.0.0.1 is blocked: it needs your consent for “Advertising”.');
  });

  it('takes its texts from the config when given', async () => {
    const { tags } = await tagRun();
    start(frame(tags), { texts: { en: { placeholder: { text: 'No {c} from {n}', button: 'Load it' } } } });
    const box = await placeholderOf(root.querySelector('iframe')!);
    expect(box.shadowRoot!.querySelector('strong')!.textContent).to.equal('No Advertising from Video');
    expect(box.shadowRoot!.querySelectorAll('button')[1].textContent).to.equal('Load it');
  });

  it('in a language of the config alone, takes the keys it lacks from fallbackLanguage, with one warning naming them', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { tags } = await tagRun();
      start(frame(tags), { language: 'uk', fallbackLanguage: 'de', texts: { uk: { placeholder: { allowOnce: 'Дозволити один раз' } } } });
      const box = await placeholderOf(root.querySelector('iframe')!);
      expect(box.shadowRoot!.querySelectorAll('button')[0].textContent).to.equal('Дозволити один раз');
      expect(box.shadowRoot!.querySelector('strong')!.textContent).to.contain('ist blockiert');
      const lacks = warnings.filter((w) => w.includes('lacks'));
      expect(lacks).to.have.length(1);
      expect(lacks[0]).to.contain('texts.uk lacks placeholder.text').and.not.contain('placeholder.allowOnce');
    } finally {
      console.warn = warn;
    }
  });

  it('on a first visit, the category button opens the preferences: it decides nothing for the visitor', async () => {
    const { tags, requests } = await tagRun();
    const store = start(frame(tags));
    (await placeholderOf(root.querySelector('iframe')!)).shadowRoot!.querySelectorAll('button')[1].click();
    expect(store.preferencesOpen).to.equal(true);
    expect(store.decided).to.equal(false);
    expect(store.bannerOpen).to.equal(true);
    // A request the test makes after the click: had the click granted the embed, its request would come first.
    await fetch(`${tags}/sentinel.js`, { mode: 'no-cors' });
    await until(async () => (await requests()).includes('sentinel.js'), 'the sentinel request');
    expect(await requests()).to.deep.equal(['sentinel.js']);
  });

  it('grants the category from the placeholder button once decided, loads the embed and moves focus to it', async () => {
    const { tags, requests } = await tagRun();
    const store = start(frame(tags));
    store.rejectAll();
    const iframe = root.querySelector('iframe')!;
    (await placeholderOf(iframe)).shadowRoot!.querySelectorAll('button')[1].focus();
    await sendKeys({ press: 'Enter' });
    expect(store.getAll()).to.deep.equal({ necessary: true, analytics: false, marketing: true, functional: false });
    expect(iframe.getAttribute('src')).to.equal(`${tags}/video.html`);
    expect(iframe.hasAttribute('data-src')).to.be.false;
    expect(getComputedStyle(iframe).display).to.equal('inline');
    await until(() => !root.querySelector('.consent-placeholder'), 'the placeholder to go');
    expect(document.activeElement).to.equal(iframe);
    await until(async () => (await requests()).length, 'the embed request');
    expect(await requests()).to.deep.equal(['video.html']);
  });

  it('loads a pixel without a placeholder, and a video behind one', async () => {
    const { tags, requests } = await tagRun();
    const store = start(
      `<img data-consent-category="marketing" data-src="${tags}/px.gif" width="1" height="1" alt="">` +
        `<video data-consent-category="functional" data-src="${tags}/clip.mp4" width="200" height="100"></video>`,
    );
    const img = root.querySelector('img')!;
    const video = root.querySelector('video')!;
    await placeholderOf(video);
    expect(img.previousElementSibling).to.equal(null);
    store.save({ marketing: true });
    await until(() => img.complete && img.naturalWidth == 1, 'the pixel');
    expect(video.previousElementSibling!.className).to.equal('consent-placeholder');
    store.acceptAll();
    // Not counted on the server: Chromium defers media loading while the tab is in the background.
    expect(video.getAttribute('src')).to.equal(`${tags}/clip.mp4`);
    expect((await requests()).filter((path) => path != 'clip.mp4')).to.deep.equal(['px.gif']);
    await until(() => !root.querySelector('.consent-placeholder'), 'the placeholder to go');
  });

  it('gives a placeholder again to an embed the page took out and put back', async () => {
    const { tags } = await tagRun();
    start(frame(tags));
    const iframe = root.querySelector('iframe')!;
    await placeholderOf(iframe);
    iframe.remove();
    await until(() => !root.querySelector('.consent-placeholder'), 'the placeholder to go');
    root.append(iframe);
    await placeholderOf(iframe);
    expect(root.querySelectorAll('.consent-placeholder')).to.have.length(1);
  });

  it('gives placeholders to embeds added later, and removes one whose embed the page removed', async () => {
    const { tags, requests } = await tagRun();
    const store = start();
    root.insertAdjacentHTML('beforeend', `<div id="widget">${frame(tags)}</div>`);
    const iframe = await until(() => root.querySelector('iframe'), 'the iframe');
    await until(() => root.querySelector('.consent-placeholder'), 'the placeholder');
    iframe.remove();
    await until(() => !root.querySelector('.consent-placeholder'), 'the placeholder to go');
    store.acceptAll();
    // A sentinel added after the grant is released after the embed would have been.
    root.insertAdjacentHTML('beforeend', blocked('analytics', `${tags}/sentinel.js`));
    await until(async () => (await requests()).includes('sentinel.js'), 'the sentinel request');
    expect(await requests()).to.deep.equal(['sentinel.js']);
  });
});

describe('tag loader: withdrawal', function () {
  this.timeout(15000);
  it('deletes the declared cookies and localStorage keys of the withdrawn category only', async () => {
    const store = start();
    store.acceptAll();
    for (const cookie of ['_ga=1', '_ga_ABC123=2', '_gcl_au=3', 'session=4', '_gat=5']) document.cookie = `${cookie};path=/`;
    localStorage.setItem('_ga_client', 'x');
    localStorage.setItem('app', 'y');
    store.save({ marketing: true });
    await cookiesLeft(3, 'the analytics cookies to go');
    expect(mine()).to.deep.equal(['_gat=5', '_gcl_au=3', 'session=4']);
    expect(localStorage.getItem('_ga_client')).to.equal(null);
    expect(localStorage.getItem('app')).to.equal('y');
    store.rejectAll();
    await cookiesLeft(2, 'the marketing cookie to go');
    expect(mine()).to.deep.equal(['_gat=5', 'session=4']);
  });

  it('deletes cookies of refused categories when it starts', async () => {
    document.cookie = '_ga=old;path=/';
    document.cookie = 'kept=1;path=/';
    start();
    await cookiesLeft(1, 'the old cookie to go');
    expect(mine()).to.deep.equal(['kept=1']);
  });
});

describe('tag loader: hostile pages', function () {
  it('starts and still runs tags when reading cookies throws (a sandboxed frame)', async () => {
    const { tags } = await tagRun();
    document.cookie = '_ga=1;path=/';
    let reads = 0;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get() {
        reads++;
        throw new DOMException('blocked', 'SecurityError');
      },
      set() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const store = start(blocked('analytics', `${tags}/sandboxed.js`));
      store.acceptAll();
      const before = reads;
      store.rejectAll();
      // The withdrawal's cleanup runs (and reads the jar) while reading cookies still throws.
      await until(() => reads > before, 'the cleanup to read the cookies');
      store.acceptAll();
      await until(() => window.ran!.includes('sandboxed'), 'the tag');
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
    expect(mine()).to.deep.equal(['_ga=1']);
  });
});

describe('tag loader: CSP nonce', function () {
  this.timeout(15000);
  it('gives the nonce to blocked scripts it activates, external and inline', async () => {
    const { tags } = await tagRun();
    const store = start(blocked('analytics', `${tags}/n.js`, 'id="ext"') + inline('analytics', 'window.ran.push(1)'), {}, 'r4nd0m');
    store.acceptAll();
    await until(() => window.ran!.length == 2, 'both scripts');
    root.insertAdjacentHTML('beforeend', inline('analytics', "window.ran.push('sentinel')"));
    await until(() => window.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(window.ran).to.deep.equal(['n', 1, 'sentinel']);
    const [external, code] = root.querySelectorAll('script:not([type="text/plain"])');
    expect([external.nonce, code.nonce]).to.deep.equal(['r4nd0m', 'r4nd0m']);
  });
});

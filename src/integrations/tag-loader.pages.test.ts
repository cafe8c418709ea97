/**
 * The tag loader in whole pages: fixture pages parsed by the HTML parser (iframes of the
 * test page), a page on another host name (a popup on a.b.localhost, for parent-domain
 * cookies), a strict CSP sent as a real header, reloads, and the script-tag build.
 */
import { expect } from '@open-wc/testing';
import type { ConsentStore } from '../core/consent-store.js';
import { openFixture, tagRun, until } from '../../test/fixtures/tag-loader/tags.js';

/** Adds a blocked script to a fixture page, as the page's own code would. */
const add = (win: Window, category: string, what: { src: string } | { code: string }) => {
  const script = win.document.createElement('script');
  script.type = 'text/plain';
  script.dataset.consentCategory = category;
  if ('src' in what) script.setAttribute('src', what.src);
  else script.text = what.code;
  win.document.body.append(script);
};

type FixtureWindow = Window & {
  store: ConsentStore;
  ran?: (string | number)[];
  warnings?: string[];
  canary?: boolean;
  consentElements?: ConsentStore;
};

const frames: HTMLIFrameElement[] = [];
async function fixture(file: string, query: Record<string, string>) {
  const frame = await openFixture(file, query);
  frames.push(frame);
  return { frame, win: frame.contentWindow as FixtureWindow };
}
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

describe('tag loader in a parsed page', function () {
  // Whole pages on a busy 2-core machine: more time than a unit test.
  this.timeout(15000);
  it('makes zero requests before consent with blocked scripts, embeds and pixels in the markup', async () => {
    const { run, requests, tags } = await tagRun();
    const { win } = await fixture('blocked.html', { run });
    // A `necessary` script added after the load is released after anything the parsed page's
    // start-up would have released: once its request has arrived, any earlier one would have too.
    add(win, 'necessary', { src: `${tags}/sentinel.js` });
    await until(async () => (await requests()).includes('sentinel.js'), 'the sentinel request');
    expect(await requests()).to.deep.equal(['sentinel.js']);
    await until(() => win.ran, 'the sentinel to run');
    expect(win.ran).to.deep.equal(['sentinel']);
    await until(() => win.document.querySelectorAll('.consent-placeholder').length == 2, 'two placeholders');
    win.store.acceptAll();
    // Chromium defers media loading in a background tab (two test files share the browser):
    // the video is checked by its src, the others by the requests they made.
    const unique = async () => [...new Set(await requests())].filter((path) => path != 'clip.mp4' && path != 'sentinel.js').sort();
    await until(async () => (await unique()).length == 5, 'five requests', 8000).catch(async (error) => {
      throw new Error(`${error.message}; got ${await unique()}`);
    });
    expect(await unique()).to.deep.equal(['body.js', 'both.js', 'frame.html', 'head-slow.js?delay=150', 'pixel.gif']);
    expect(win.document.querySelector('video')!.getAttribute('src')).to.equal(`${tags}/clip.mp4`);
  });

  it('runs parsed scripts once, in document order, the inline one after the slow external one', async () => {
    const { run, requests } = await tagRun();
    const { win } = await fixture('blocked.html', { run });
    win.store.save({ analytics: true });
    await until(() => win.ran?.length == 2, 'the head scripts');
    expect(win.ran).to.deep.equal(['head-slow', 'head-inline:head-slow']);
    win.store.acceptAll();
    win.store.acceptAll();
    await until(() => win.ran?.length == 4, 'the body scripts');
    // Scripts run through one queue, in order: an inline sentinel added last runs after any re-run would have.
    add(win, 'analytics', { code: "window.ran.push('sentinel')" });
    await until(() => win.ran!.includes('sentinel'), 'the sentinel script to run');
    expect(win.ran).to.deep.equal(['head-slow', 'head-inline:head-slow', 'body', 'both', 'sentinel']);
    const scripts = (await requests()).filter((path) => path.includes('.js'));
    expect(scripts.sort()).to.deep.equal(['body.js', 'both.js', 'head-slow.js?delay=150']);
  });

  it('activates a blocked script while the page is still being parsed', async () => {
    // early.html grants in <head>; a parser-blocking script after the blocked one holds the parser.
    const { run } = await tagRun();
    const { win } = await fixture('early.html', { run });
    expect(win.ran).to.deep.equal(['early-inline:loading', 'blocker']);
  });
});

describe('tag loader: failures', function () {
  this.timeout(15000);
  it('reports a 404 and a throwing tag once each, naming them, and runs the others', async () => {
    const { run, tags } = await tagRun();
    const { win } = await fixture('failures.html', { run });
    win.ran = [];
    win.store.acceptAll();
    // An inline sentinel added after the grant runs after every tag before it has loaded (or failed) and run.
    add(win, 'analytics', { code: "window.ran.push('sentinel')" });
    await until(() => win.ran!.includes('sentinel'), 'the sentinel script');
    expect(win.ran).to.deep.equal(['first', 'throwing', 'inline-before', 'last', 'inline-last', 'sentinel']);
    expect(win.warnings).to.have.length(3);
    expect(win.warnings![0]).to.equal(`consent-elements: tag failed: ${tags}/missing.js`);
    expect(win.warnings![1]).to.equal(`consent-elements: tag failed: ${tags}/throwing.js`);
    expect(win.warnings![2]).to.match(/^consent-elements: tag failed: window\.ran\.push\('inline-before'\)/);
  });
});

describe('tag loader: CSP nonce', function () {
  this.timeout(15000);
  for (const csp of ["script-src 'nonce-n0nc3-t3st' 'strict-dynamic'", "script-src 'nonce-n0nc3-t3st'"])
    it(`runs blocked external and inline scripts under \`${csp}\` sent as a header`, async () => {
      const { run, requests } = await tagRun();
      const { win } = await fixture('csp.html', { run, csp });
      // The policy is enforced: inline code without the nonce does not run.
      const canary = win.document.createElement('div');
      canary.setAttribute('onclick', 'window.canary = true');
      canary.click();
      expect(win.canary).to.equal(undefined);
      // Header delivery hides the nonce attribute; the property keeps it.
      expect(win.document.querySelector('script[src="/__tag-harness.js"]')!.getAttribute('nonce')).to.equal('');
      win.store.acceptAll();
      await until(() => win.ran?.length == 2, 'both scripts');
      expect(win.ran).to.deep.equal(['csp-external', 'csp-inline']);
      const [external, inline] = win.document.querySelectorAll<HTMLScriptElement>('script[data-consent-category]:not([type="text/plain"])');
      expect([external.nonce, inline.nonce]).to.deep.equal(['n0nc3-t3st', 'n0nc3-t3st']);
      expect(await requests()).to.deep.equal(['csp-external.js']);
    });

  it('the script-tag build gives its own nonce to the tags it injects', async () => {
    const { run, requests } = await tagRun();
    // Without 'strict-dynamic', only the nonce lets the injected scripts run.
    const csp = "script-src 'nonce-4ut0-n0nc3'";
    const { win } = await fixture('auto.html', { run, csp });
    await until(() => win.consentElements?.ready, 'the store');
    win.consentElements!.acceptAll();
    await until(() => win.ran?.length == 2, 'both scripts');
    expect(win.ran!.sort()).to.deep.equal(['auto-inline', 'auto-service']);
    expect(await requests()).to.deep.equal(['auto-service.js']);
    const activated = win.document.querySelector<HTMLScriptElement>('script[data-consent-category]:not([type])')!;
    expect(activated.nonce).to.equal('4ut0-n0nc3');
    win.consentElements!.reset();
  });
});

describe('tag loader: reload on withdrawal', function () {
  this.timeout(15000);
  const loads = (frame: HTMLIFrameElement) => {
    const count = { value: 0 };
    frame.addEventListener('load', () => count.value++);
    return count;
  };

  it('reloads the page when a category whose tag ran is withdrawn', async () => {
    const { run, requests, tags } = await tagRun();
    const { frame, win } = await fixture('reload.html', { run });
    const reloaded = loads(frame);
    win.store.acceptAll();
    await until(() => win.ran?.includes('reload'), 'the tag');
    win.document.cookie = '_ga=1;path=/';
    win.store.save({ marketing: true });
    await until(() => reloaded.value == 1, 'the reload');
    expect(frame.contentDocument!.cookie).not.to.contain('_ga=');
    // After the reload nothing is granted any more (memory storage): the tag is not requested again.
    // A `necessary` sentinel added to the reloaded page is released after the tag would have been.
    add(frame.contentWindow!, 'necessary', { src: `${tags}/sentinel.js` });
    await until(async () => (await requests()).includes('sentinel.js'), 'the sentinel request');
    expect(await requests()).to.deep.equal(['reload.js', 'sentinel.js']);
  });

  it('does not reload when the option is off, or when no withdrawn tag had run', async () => {
    const { run } = await tagRun();
    // A reload starts with a `navigate` event, fired by `location.reload()` itself. The loader
    // reloads once the withdrawn categories' declared cookies are cleaned: once such a cookie is
    // gone, a reload would have begun by the next task.
    const navigations = (win: Window) => {
      const count = { value: 0 };
      (win as Window & { navigation: EventTarget }).navigation.addEventListener('navigate', () => count.value++);
      return count;
    };
    const gone = (win: Window, name: string) => until(() => !win.document.cookie.includes(`${name}=`), `${name} to be cleaned`);
    const off = await fixture('reload.html', { run, noreload: '1' });
    const offLoads = loads(off.frame);
    const offNavigations = navigations(off.win);
    off.win.store.acceptAll();
    await until(() => off.win.ran?.includes('reload'), 'the tag');
    off.win.document.cookie = '_ga=1;path=/';
    off.win.store.rejectAll();
    await gone(off.win, '_ga');

    const idle = await fixture('reload.html', { run: run + 'b' });
    const idleLoads = loads(idle.frame);
    const idleNavigations = navigations(idle.win);
    idle.win.store.save({ marketing: true });
    idle.win.document.cookie = '_fx_idle=1;path=/';
    idle.win.store.rejectAll();
    await gone(idle.win, '_fx_idle');
    expect([offNavigations.value, idleNavigations.value, offLoads.value, idleLoads.value]).to.deep.equal([0, 0, 0, 0]);
    expect(off.win.ran).to.deep.equal(['reload']);
  });
});

describe('tag loader: cookies on the host and its parent domains', function () {
  this.timeout(15000);
  let popup: Window | null = null;
  let sequence = 0;
  afterEach(() => popup?.close());

  /** Opens cookies.html on a.b.localhost (a top-level page: its cookies are first-party). */
  async function openPopup(host: string) {
    const ready = new Promise((resolve) =>
      addEventListener('message', function listener({ data }) {
        if (!data?.ready) return;
        removeEventListener('message', listener);
        resolve(data);
      }),
    );
    popup = window.open(`http://${host}:${location.port}/test/fixtures/tag-loader/cookies.html`);
    await ready;
  }
  type Report = { host: string; cookies: string; keys: string[] };
  function send(action: string, payload?: unknown): Promise<Report> {
    const id = ++sequence;
    return new Promise((resolve) => {
      addEventListener('message', function listener({ data }) {
        if (data?.id != id) return;
        removeEventListener('message', listener);
        resolve(data);
      });
      popup!.postMessage({ id, action, payload }, '*');
    });
  }
  const names = (report: Report) =>
    report.cookies
      .split('; ')
      .filter(Boolean)
      .map((c) => c.split('=')[0])
      .sort();

  it('deletes exact names and patterns set on the host, the parent domain and sub-paths', async () => {
    await openPopup('a.b.localhost');
    const set = await send('set', [
      '_ga=host;path=/',
      '_ga=parent;domain=b.localhost;path=/',
      '_ga_G123=dot;domain=.a.b.localhost;path=/',
      '_ga_P=here;path={here}',
      '_ga_T=test;domain=b.localhost;path=/test',
      '_gcl_au=ads;domain=b.localhost;path=/',
      'keep=parent;domain=b.localhost;path=/',
      '_gab=similar;path=/',
    ]);
    expect(set.host).to.equal('a.b.localhost');
    expect(names(set)).to.deep.equal(['_ga', '_ga', '_ga_G123', '_ga_P', '_ga_T', '_gab', '_gcl_au', 'keep']);
    await send('accept');
    await send('save', { marketing: true });
    const after = await until(async () => {
      const report = await send('noop');
      return names(report).length == 3 && report;
    }, 'the analytics cookies to go');
    expect(names(after)).to.deep.equal(['_gab', '_gcl_au', 'keep']);
    expect(after.keys).to.deep.equal(['keep:me']);
    await send('reject');
    await until(async () => names(await send('noop')).join() == '_gab,keep', 'the marketing cookie to go');
  });

  it('deletes, when it starts on a sibling host, a refused category’s cookie set on the parent domain', async () => {
    await openPopup('a.b.localhost');
    await send('set', ['_ga=parent;domain=b.localhost;path=/', 'keep=parent;domain=b.localhost;path=/']);
    popup!.close();
    await openPopup('c.b.localhost');
    const seen = await until(async () => {
      const report = await send('noop');
      return !names(report).includes('_ga') && report;
    }, 'the parent-domain cookie to go');
    expect(seen.host).to.equal('c.b.localhost');
    expect(names(seen)).to.include('keep');
  });
});

/**
 * The script-tag build (`npx rollup -c` first) in pages that break the platform under it.
 * Each case says what the page does and what the library must do about it: keep working,
 * or fail closed (everything non-essential refused) with a clear `consent-elements:` error,
 * and never throw into the page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { encodeRecord } from '../../src/core/consent-record.js';
import { cleanUp, openPage, scriptTag, until, type TestPage } from '../helpers/page.js';
import { sampleConfig } from '../helpers/store.js';

/**
 * Records what escapes into the page (uncaught exceptions, unhandled rejections) and what the
 * library logs, without Array.prototype.push, which some of these pages break.
 */
const WATCH =
  `<script>window.__uncaught=[];window.__ours=[];const add=(list,item)=>{list[list.length]=item};` +
  `addEventListener('error',e=>add(__uncaught,String(e.message)));` +
  `addEventListener('unhandledrejection',e=>add(__uncaught,'rejection: '+String(e.reason)));` +
  `console.error=(...a)=>add(__ours,a.map(String).join(' '))</script>`;

const NONE = { necessary: true, analytics: false, marketing: false, functional: false };
const ALL = { necessary: true, analytics: true, marketing: true, functional: true };
const config = sampleConfig();

async function hostilePage(prelude: string, rest = scriptTag(config), body = ''): Promise<TestPage> {
  const page = await openPage(`${WATCH}<script>${prelude}</script>${rest}</head><body>${body}`);
  // Until the library has done what a load does: no store (it could not start), a store that
  // shows no banner, or its banner rendered (the UI chunk arrived, its table too, its
  // promises ran), so that whatever was going to fail has failed.
  await until(() => {
    const s = store(page);
    return !s?.ready || !s.bannerOpen || !!page.doc.querySelector('consent-banner')?.shadowRoot?.querySelector('button');
  }, 'the library settled');
  return page;
}

const ours = (page: TestPage): string[] => [...page.win.__ours].filter((e: string) => e.startsWith('consent-elements:'));
const store = (page: TestPage) => page.win[Symbol.for('consent-elements.store') as unknown as string];

/** The library kept working: decisions apply and nothing escaped into the page. */
function keepsWorking(page: TestPage) {
  expect(page.win.__uncaught).to.deep.equal([]);
  const s = store(page);
  expect(s.ready).to.equal(true);
  expect(s.getAll()).to.deep.equal(NONE);
  s.acceptAll();
  expect(s.getAll()).to.deep.equal(ALL);
  s.rejectAll();
  expect(s.getAll()).to.deep.equal(NONE);
  expect(page.win.__uncaught).to.deep.equal([]);
}

/** The library failed closed: one clear error, everything refused, even after acceptAll. */
function failsClosed(page: TestPage, error: RegExp) {
  expect(page.win.__uncaught).to.deep.equal([]);
  expect(ours(page)).to.have.length(1);
  expect(ours(page)[0]).to.match(error);
  const s = store(page);
  expect(s.getAll()).to.deep.equal({ necessary: true });
  s.acceptAll();
  expect(s.getAll()).to.deep.equal({ necessary: true });
  expect(page.win.__uncaught).to.deep.equal([]);
}

describe('hostile pages', function () {
  this.timeout(15_000);
  afterEach(cleanUp);

  describe('Array.prototype.push', () => {
    it('throwing: the library fails closed with a clear error', async () => {
      const page = await hostilePage(`Array.prototype.push=function(){throw new Error('push is broken')}`);
      failsClosed(page, /could not start/);
    });

    it('silently dropping items: decisions still work', async () => {
      const page = await hostilePage(`Array.prototype.push=function(){return 0}`);
      keepsWorking(page);
    });
  });

  describe('JSON.parse', () => {
    const inline = `<script type="application/json" data-consent-config>${JSON.stringify(config)}</script><script src="/dist/consent-elements.js"></script>`;

    it('throwing, with an inline config: one clear error, everything refused', async () => {
      const page = await hostilePage(`JSON.parse=()=>{throw new SyntaxError('no')}`, inline);
      failsClosed(page, /inline <script data-consent-config> is not valid JSON/);
    });

    it('returning a number instead of the config: one clear error, everything refused', async () => {
      const page = await hostilePage(`JSON.parse=()=>42`, inline);
      failsClosed(page, /"config" must be an object/);
    });

    it('throwing, with a window config: not used, the library works', async () => {
      const page = await hostilePage(`JSON.parse=()=>{throw new SyntaxError('no')}`);
      keepsWorking(page);
    });
  });

  describe('JSON.stringify', () => {
    it('throwing, for a returning visitor: decisions work, and a proof goes out only as valid JSON', async () => {
      // A returning visitor, so that only the core runs (the banner's own use is reported apart).
      document.cookie = `consent_elements=${encodeRecord({
        consentId: '3f1c7b9e-2a4d-4e8f-9b6a-0c1d2e3f4a5b',
        timestamp: Date.now() - 864e5,
        revision: 1,
        choices: NONE,
      })}; path=/`;
      const key = `stringify-${Date.now().toString(36)}`;
      const page = await hostilePage(
        `window.__stringify=JSON.stringify;JSON.stringify=()=>{throw new Error('no')}`,
        scriptTag({ ...config, proofOfConsent: { endpoint: `/__proof/${key}` } }),
      );
      expect(store(page).decided).to.equal(true);
      keepsWorking(page);
      // The proof is taken down at the decision and serialised where it is sent, by the UI chunk:
      // with JSON.stringify broken then, it is dropped without a word; here the page mends it
      // before the chunk may have arrived, so the two above may go out too, as valid JSON. A
      // sentinel decision once it is mended: its proof arrives last (proofs go out in order).
      page.win.JSON.stringify = page.win.__stringify;
      store(page).rejectAll('close');
      const proofs = await until(async () => {
        const log: Array<{ body: string }> = await executeServerCommand('proof-log', { key });
        return log.some((proof) => JSON.parse(proof.body).reason == 'close') && log;
      }, 'the sentinel proof');
      const reasons = proofs.map((proof) => JSON.parse(proof.body).reason);
      expect(reasons.at(-1)).to.equal('close');
      expect([['close'], ['accept-all', 'reject-all', 'close']]).to.deep.include(reasons);
      expect(ours(page)).to.deep.equal([]);
    });

    it('throwing, on a first visit: the banner still shows its texts and nothing escapes', async () => {
      const page = await hostilePage(`JSON.stringify=()=>{throw new Error('no')}`);
      const accept = await until(() =>
        page.doc.querySelector('consent-banner')?.shadowRoot?.querySelector<HTMLElement>('[part~="accept-button"]'),
      );
      expect(accept.textContent!.trim()).to.not.equal('');
      expect(store(page).wording).to.be.a('string');
      accept.click();
      expect(store(page).get('analytics')).to.equal(true);
      expect(page.win.__uncaught).to.deep.equal([]);
    });
  });

  describe('document.cookie', () => {
    it('a getter and setter that throw: the choice lives in memory for the page', async () => {
      const page = await hostilePage(
        `Object.defineProperty(document,'cookie',{get(){throw new Error('no cookies')},set(){throw new Error('no cookies')}})`,
      );
      keepsWorking(page);
      expect(store(page).persisted).to.equal(false);
      expect(store(page).decided).to.equal(true);
    });

    it('a getter that returns something else than a string: nothing read, nothing granted', async () => {
      const page = await hostilePage(`Object.defineProperty(document,'cookie',{get(){return null},set(){}})`);
      keepsWorking(page);
      expect(store(page).persisted).to.equal(false);
    });

    it('a setter that ignores writes: decisions work for the page, banner again next time', async () => {
      const page = await hostilePage(
        `const d=Object.getOwnPropertyDescriptor(Document.prototype,'cookie');Object.defineProperty(document,'cookie',{get(){return d.get.call(document)},set(){}})`,
      );
      keepsWorking(page);
      expect(store(page).persisted).to.equal(false);
    });
  });

  describe('globals of the wrong type', () => {
    for (const [what, prelude] of [
      ['a string', `window.consentElements='mine'`],
      ['a function', `window.consentElements=function(){}`],
    ])
      it(`window.consentElements as ${what}: the store is still reachable and works`, async () => {
        const page = await hostilePage(prelude);
        keepsWorking(page);
      });

    it('window.consentElements read-only: fails closed with a clear error, the store under the shared key refuses everything', async () => {
      const page = await hostilePage(`Object.defineProperty(window,'consentElements',{value:42,writable:false,configurable:false})`);
      failsClosed(page, /could not start/);
      expect(page.win.consentElements).to.equal(42);
    });

    it('an element with id="consentElements" (DOM clobbering): replaced by the store', async () => {
      const page = await hostilePage('', scriptTag(config), '<div id="consentElements"></div>');
      keepsWorking(page);
      expect(page.win.consentElements).to.equal(store(page));
    });

    for (const [what, value] of [
      ['a string', `'dataLayer'`],
      ['a number', '42'],
      ['a plain object', '{}'],
      ['null', 'null'],
    ])
      it(`window.dataLayer as ${what}: replaced by an array, with a clear error, and Consent Mode works`, async () => {
        const page = await hostilePage(`window.dataLayer=${value}`);
        keepsWorking(page);
        expect(ours(page)).to.deep.equal(['consent-elements: window.dataLayer is not an array; replacing it']);
        expect(Array.isArray(page.win.dataLayer)).to.equal(true);
        expect([...page.win.dataLayer[0]].slice(0, 2)).to.deep.equal(['consent', 'default']);
      });

    it('window.dataLayer frozen: the library fails closed with a clear error', async () => {
      const page = await hostilePage(`window.dataLayer=Object.freeze([])`);
      failsClosed(page, /could not start/);
    });

    it('window.gtag not a function: replaced by the standard gtag', async () => {
      const page = await hostilePage(`window.gtag='nope'`);
      keepsWorking(page);
      expect(typeof page.win.gtag).to.equal('function');
    });

    it('window.gtag that throws: the library fails closed with a clear error', async () => {
      const page = await hostilePage(`window.gtag=function(){throw new Error('gtag is broken')}`);
      failsClosed(page, /could not start/);
    });

    // An element with that id becomes window.consentElementsConfig (DOM clobbering), ahead of
    // the inline config; it once passed as an empty config, silently refusing every category.
    for (const [what, element] of [
      ['an <a>', '<a id="consentElementsConfig"></a>'],
      ['a <form> with named inputs', '<form id="consentElementsConfig"><input name="cookie"><input name="categories"></form>'],
    ])
      it(`${what} with id="consentElementsConfig" (DOM clobbering): one clear error naming the config, everything refused`, async () => {
        const page = await hostilePage(
          '',
          `${element}<script type="application/json" data-consent-config>${JSON.stringify(config)}</script><script src="/dist/consent-elements.js"></script>`,
        );
        failsClosed(page, /invalid config: "config" must be an object/);
      });
  });

  describe('prototype pollution', () => {
    it('Object.prototype.marketing = true grants nothing', async () => {
      const page = await hostilePage(`Object.prototype.marketing=true;Object.prototype.chat=true`);
      const s = store(page);
      expect(page.win.__uncaught).to.deep.equal([]);
      s.save({ analytics: true });
      // Spread into this realm: chai would otherwise also compare the page's polluted prototype.
      expect({ ...s.getAll() }).to.deep.equal({ ...NONE, analytics: true });
      expect(s.get('chat')).to.equal(false);
      expect(page.doc.cookie).to.match(/marketing=0/);
    });

    it('Object.prototype.ad_storage = "granted" does not reach Google', async () => {
      const page = await hostilePage(`Object.prototype.ad_storage='granted';Object.prototype.analytics_storage='granted'`);
      const s = store(page);
      s.save({ functional: true });
      const commands = [...page.win.dataLayer].filter((entry) => entry[0] == 'consent').map((entry) => entry[2]);
      expect(commands.length).to.be.above(1);
      for (const state of commands) {
        expect(Object.getOwnPropertyDescriptor(state, 'ad_storage')?.value).to.equal('denied');
        expect(Object.getOwnPropertyDescriptor(state, 'analytics_storage')?.value).to.equal('denied');
      }
      expect(page.win.__uncaught).to.deep.equal([]);
    });
  });

  describe('storage blocked by the browser settings', () => {
    it('localStorage that throws SecurityError, with keys to clean up on withdrawal: no error escapes', async () => {
      const withStorage = sampleConfig();
      withStorage.categories!.analytics.services![0].localStorage = ['_ga_*', 'amplitude_id'];
      const page = await hostilePage(
        `Object.defineProperty(window,'localStorage',{get(){throw new DOMException('The operation is insecure.','SecurityError')}})`,
        scriptTag(withStorage),
      );
      // A cookie the withdrawal deletes, just before its storage keys: gone, the clean-up has run.
      page.doc.cookie = '_ga=GA1.1.1; path=/';
      keepsWorking(page);
      await until(() => !/(^|; )_ga=/.test(page.doc.cookie), 'the withdrawal clean-up');
      expect(page.win.__uncaught).to.deep.equal([]);
    });
  });

  describe('crypto', () => {
    // The page's own exception reaches whoever asked for the decision; nothing is granted or stored.
    it('getRandomValues that throws: the decision fails closed', async () => {
      const page = await hostilePage(`crypto.getRandomValues=()=>{throw new Error('no randomness')};Object.defineProperty(crypto,'randomUUID',{value:undefined})`);
      const s = store(page);
      let thrown: unknown;
      try {
        s.acceptAll();
      } catch (error) {
        thrown = error;
      }
      expect(String(thrown)).to.equal('Error: no randomness');
      expect(s.getAll()).to.deep.equal(NONE);
      expect(s.decided).to.equal(false);
      expect(page.doc.cookie).to.not.contain('consent_elements');
      expect(page.win.__uncaught).to.deep.equal([]);
    });
  });

  describe('another copy already registered', () => {
    it('a fake store under the shared key: this copy does not start, and grants nothing', async () => {
      const page = await hostilePage(`window[Symbol.for('consent-elements.store')]={get(){return false}}`);
      expect(page.win.__uncaught).to.deep.equal([]);
      expect(page.win.consentElements).to.equal(undefined);
      expect(page.doc.cookie).to.not.contain('consent_elements');
    });
  });

  describe('fetch', () => {
    it('throwing, with a data-config URL: one clear error, everything refused', async () => {
      const page = await hostilePage(
        `window.fetch=()=>{throw new TypeError('fetch is broken')}`,
        `<script src="/dist/consent-elements.js" data-config="/test/fixtures/remote-config.json"></script>`,
      );
      await until(() => store(page).ready);
      failsClosed(page, /could not be loaded/);
    });
  });
});

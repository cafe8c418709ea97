/**
 * The consent cookie on a host with parent domains (`a.b.localhost`: Chromium resolves every
 * `*.localhost` to the loopback), in real top-level pages of the script-tag build
 * (`npx rollup -c` first). A page can hold several cookies of one name — one host-only, one
 * on a parent domain — when the site owner sets `cookie.domain` after visitors decided: a
 * refusal, or a reset, must not turn back into the older acceptance.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const FIXTURE = '/test/hardening/fixtures/domains.html';
const HOST = 'a.b.localhost';
const config = (cookie = {}) => ({ revision: 1, cookie, categories: { analytics: { label: 'Analytics' } } });
let visit = 0;
/** A new page load (never a same-document navigation) of the fixture with this cookie option. */
const at = (cookie?: object) => ({ goto: `${FIXTURE}?visit=${++visit}&config=${encodeURIComponent(JSON.stringify(config(cookie)))}`, host: HOST });

/**
 * Page-side (its source is sent to the page): runs `act`, then waits until the browser has
 * reported every resulting change of the consent cookie to the page — the library hears each
 * report before this listener, added later — and until `count` copies of it are left. Never
 * a fixed sleep and no time limit of its own: it resolves on the reports; if the copies never
 * come down to `count`, the test fails by its timeout.
 */
const SETTLE = `window.__settle = async (act, count) => {
  const store = window.cookieStore;
  // Chromium starts reporting changes to a page a little after its first listener: probe until
  // a report comes, each write paced by the browser's answer to the one before.
  let heard = false;
  const probe = () => (heard = true);
  store.addEventListener('change', probe);
  for (let i = 0; !heard && i < 1000; i++) await store.set('probe', String(i));
  store.removeEventListener('change', probe);
  const copies = async () => (await store.getAll('consent_elements')).length;
  const done = new Promise((resolve) => {
    const check = async () => (await copies()) == count && resolve('settled');
    store.addEventListener('change', (e) => [...e.changed, ...e.deleted].some((c) => c.name == 'consent_elements') && check());
  });
  act();
  return done;
}`;

const run = (...steps: Array<object | string>) => executeServerCommand<unknown[]>('top-level', { steps });

describe('the consent cookie across domain variants (a.b.localhost)', function () {
  this.timeout(30_000);

  it('a refusal under a new cookie.domain stays a refusal: the older host-only acceptance is expired, not read back', async () => {
    const [accepted, refused, next] = (await run(
      at(),
      `() => { consentElements.acceptAll(); return document.cookie.includes('consent_elements=') }`,
      at({ domain: 'b.localhost' }),
      `async () => {
        ${SETTLE};
        const before = consentElements.get('analytics');
        const settled = await __settle(() => consentElements.rejectAll(), 1);
        return { before, settled, analytics: consentElements.get('analytics'), changes: __changes };
      }`,
      at({ domain: 'b.localhost' }),
      `() => ({ decided: consentElements.decided, analytics: consentElements.get('analytics'), ran: !!window.__analyticsRan, copies: document.cookie.split('consent_elements=').length - 1 })`,
    ))!;
    expect(accepted).to.equal(true);
    // The host-only decision is read under the new domain option, then the refusal replaces it.
    expect(refused).to.deep.equal({ before: true, settled: 'settled', analytics: false, changes: ['reject-all'] });
    expect(next).to.deep.equal({ decided: true, analytics: false, ran: false, copies: 1 });
  });

  it('a reset removes every copy: the parent-domain one does not bring the decision back', async () => {
    const [reset, next] = (await run(
      at({ domain: 'b.localhost' }),
      // Two copies of an acceptance: on the parent domain, and a host-only one left from before.
      `() => {
        consentElements.acceptAll();
        const value = document.cookie.match(/consent_elements=([^;]*)/)[1];
        document.cookie = 'consent_elements=' + value + '; path=/';
      }`,
      `async () => {
        ${SETTLE};
        const copies = document.cookie.split('consent_elements=').length - 1;
        const settled = await __settle(() => consentElements.reset(), 0);
        return { copies, settled, decided: consentElements.decided, changes: __changes };
      }`,
      at({ domain: 'b.localhost' }),
      `() => ({ decided: consentElements.decided, analytics: consentElements.get('analytics') })`,
    ))!.slice(1);
    expect(reset).to.deep.equal({ copies: 2, settled: 'settled', decided: false, changes: ['accept-all', 'reset'] });
    expect(next).to.deep.equal({ decided: false, analytics: false });
  });

  it('reads the newest valid copy whatever the browser lists first', async () => {
    const [result] = (await run(
      at(),
      `() => {
        consentElements.rejectAll();
        // A newer acceptance on the parent domain, written by another page of the site.
        const value = document.cookie.match(/consent_elements=([^;]*)/)[1].split('|');
        value[2] = (Date.now() + 1000).toString(36);
        value[4] = value[4].replace('analytics=0', 'analytics=1');
        document.cookie = 'consent_elements=' + value.join('|') + '; path=/; domain=b.localhost';
      }`,
      at(),
      `() => ({ copies: document.cookie.split('consent_elements=').length - 1, analytics: consentElements.get('analytics') })`,
    ))!.slice(1);
    expect(result).to.deep.equal({ copies: 2, analytics: true });
  });
});

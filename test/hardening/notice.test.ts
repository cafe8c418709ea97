/**
 * Loud, complete config diagnostics: every problem in the one console error, unknown keys in
 * one warning, and — during development only — the same on the page, in a notice the developer
 * can dismiss. The script-tag build (`npx rollup -c` first) in real top-level pages, on a
 * development host (`localhost`) and on a production-like one (`shop.example`, mapped to this
 * machine by the test browser's flags).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const BAD = { revision: -1, gpc: 'yes', categorys: { analytics: {} }, cookie: { path: '/; max-age=0' } };
let visit = 0;
const at = (host: string, config: object, debug = false) => ({
  goto: `/test/hardening/fixtures/notice.html?visit=${++visit}&config=${encodeURIComponent(JSON.stringify(config))}${debug ? '&debug' : ''}`,
  host,
});
/**
 * Page-side: the notice, if any, once the on-demand chunk that draws it has arrived. Where
 * the library did not ask for that chunk (no notice due), importing it here and letting the
 * promise jobs run shows that nothing was drawn without a fixed wait; where a notice is
 * expected, `AWAIT_NOTICE` waits for it.
 */
const READ = `async () => {
  await import('/dist/consent-elements-notice.js');
  // The library's reaction runs a couple of promise jobs after the module arrives: let them.
  for (let i = 0; i < 10; i++) await null;
  const box = document.querySelector('.consent-config-notice');
  return box && { role: box.getAttribute('role'), text: box.textContent, button: box.querySelector('button').getAttribute('aria-label') };
}`;
/** Page-side: waits until the notice is added (a notice that never comes fails the test by its timeout), then reads it. */
const AWAIT_NOTICE = `async () => {
  await new Promise((resolve) => {
    if (document.querySelector('.consent-config-notice')) return resolve();
    const observer = new MutationObserver(() => document.querySelector('.consent-config-notice') && (observer.disconnect(), resolve()));
    observer.observe(document, { childList: true, subtree: true });
  });
  return (${READ})();
}`;
const DISMISS = `() => { document.querySelector('.consent-config-notice button').click(); return !!document.querySelector('.consent-config-notice') }`;

const run = (...steps: Array<object | string>) => executeServerCommand<unknown[]>('top-level', { steps });

describe('config diagnostics on the page', function () {
  this.timeout(30_000);

  it('on localhost: a notice names every problem and every unknown key, and can be dismissed', async () => {
    const [notice, after] = (await run(at('localhost', BAD), AWAIT_NOTICE, DISMISS))! as [{ role: string; text: string; button: string }, boolean];
    expect(notice.role).to.equal('alert');
    expect(notice.button).to.equal('Dismiss');
    for (const part of ['"revision"', '"gpc"', '"cookie.path"', '"categorys" (did you mean "categories"?)', 'shown during development only'])
      expect(notice.text).to.contain(part);
    expect(after).to.equal(false);
  });

  it('a valid config with a typo: the notice warns about the key alone', async () => {
    const [notice] = (await run(at('a.b.localhost', { categorys: {} }), AWAIT_NOTICE))! as [{ text: string }];
    expect(notice.text).to.contain('"categorys" (did you mean "categories"?)');
    expect(notice.text).not.to.contain('Invalid config');
  });

  it('on a production host: nothing on the page unless the script tag has data-debug', async () => {
    const [silent, debug] = (await run(at('shop.example', BAD), READ, at('shop.example', BAD, true), AWAIT_NOTICE))!;
    expect(silent).to.equal(null);
    expect((debug as { text: string }).text).to.contain('"cookie.path"');
  });

  it('a valid config shows nothing, catalogue services included', async () => {
    const [nothing, known] = (await run(
      at('localhost', { revision: 2, categories: { analytics: {} } }),
      READ,
      at('localhost', { categories: { analytics: { services: ['google-analytics', { preset: 'hotjar' }] } } }),
      READ,
    ))!;
    expect(nothing).to.equal(null);
    expect(known).to.equal(null);
  });

  it('a catalogue id the catalogue does not know: the notice names it and where it is', async () => {
    const config = { categories: { analytics: { services: ['google-analytics', { preset: 'gogle-ads' }] } } };
    const [notice] = (await run(at('localhost', config), AWAIT_NOTICE))! as [{ text: string }];
    expect(notice.text).to.contain('"gogle-ads" (categories.analytics.services[1])');
    expect(notice.text).not.to.contain('"google-analytics"');
    expect(notice.text).not.to.contain('Invalid config');
  });
});

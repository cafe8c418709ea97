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
 * Page-side: the notice, if any. The notice is drawn by the on-demand tags chunk: importing that
 * same chunk here resolves after the library's own import of it (same module, earlier
 * reaction), so a notice the library asked for is on the page by then — no fixed wait, even
 * to show that nothing came.
 */
const READ = `async () => {
  await import('/dist/consent-elements-tags.js');
  // The library's reaction runs a couple of promise jobs after the module arrives: let them.
  for (let i = 0; i < 10; i++) await null;
  const box = document.querySelector('.consent-config-notice');
  return box && { role: box.getAttribute('role'), text: box.textContent, button: box.querySelector('button').getAttribute('aria-label') };
}`;
const DISMISS = `() => { document.querySelector('.consent-config-notice button').click(); return !!document.querySelector('.consent-config-notice') }`;

const run = (...steps: Array<object | string>) => executeServerCommand<unknown[]>('top-level', { steps });

describe('config diagnostics on the page', function () {
  this.timeout(30_000);

  it('on localhost: a notice names every problem and every unknown key, and can be dismissed', async () => {
    const [notice, after] = (await run(at('localhost', BAD), READ, DISMISS))! as [{ role: string; text: string; button: string }, boolean];
    expect(notice.role).to.equal('alert');
    expect(notice.button).to.equal('Dismiss');
    for (const part of ['"revision"', '"gpc"', '"cookie.path"', '"categorys" (did you mean "categories"?)', 'shown during development only'])
      expect(notice.text).to.contain(part);
    expect(after).to.equal(false);
  });

  it('a valid config with a typo: the notice warns about the key alone', async () => {
    const [notice] = (await run(at('a.b.localhost', { categorys: {} }), READ))! as [{ text: string }];
    expect(notice.text).to.contain('"categorys" (did you mean "categories"?)');
    expect(notice.text).not.to.contain('Invalid config');
  });

  it('on a production host: nothing on the page unless the script tag has data-debug', async () => {
    const [silent, debug] = (await run(at('shop.example', BAD), READ, at('shop.example', BAD, true), READ))!;
    expect(silent).to.equal(null);
    expect((debug as { text: string }).text).to.contain('"cookie.path"');
  });

  it('a valid config shows nothing', async () => {
    const [nothing] = (await run(at('localhost', { revision: 2, categories: { analytics: {} } }), READ))!;
    expect(nothing).to.equal(null);
  });
});

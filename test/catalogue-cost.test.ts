/**
 * The catalogue's cost rule, through the script-tag build (run `npx rollup -c` first): a
 * returning visitor downloads no catalogue data; the dialog downloads only the entries the
 * config uses, in the language shown. Requests are counted by Chromium.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cleanUp, openPage, reloadPage, scriptTag, until } from './helpers/page.js';

const config = {
  language: 'fr',
  categories: {
    analytics: { services: ['google-analytics', 'hotjar'] },
    marketing: { services: [{ preset: 'youtube', scripts: [] }] },
  },
};

async function requested(): Promise<string[]> {
  const all = (await executeServerCommand<Array<{ url: string; runner: boolean }>>('requests-take'))!;
  return all.filter((r) => !r.runner && r.url.includes('/dist/')).map((r) => new URL(r.url).pathname);
}

/**
 * Everything the page requested until now: the page asks for a sentinel file last, and the
 * requests are taken until Chromium has reported it (a request made before it is reported first).
 */
async function requestedUntilNow(win: Window): Promise<string[]> {
  const sentinel = `/dist/sentinel-${Math.random().toString(36).slice(2)}.txt`;
  await win.fetch(sentinel).catch(() => {});
  const seen: string[] = [];
  await until(async () => (seen.push(...(await requested())), seen.includes(sentinel)), 'the sentinel request', 8000);
  return seen.filter((path) => path != sentinel);
}

describe('catalogue: what a visitor downloads', function () {
  this.timeout(15000);
  beforeEach(() => executeServerCommand('requests-start'));
  afterEach(async () => {
    cleanUp();
    await executeServerCommand('requests-stop');
  });

  it('a returning visitor downloads no catalogue data; the dialog then downloads the three entries in French only', async () => {
    const first = await openPage(scriptTag(config) + '<a href="#" data-consent-open>Cookies</a>');
    await until(() => first.win.consentElements?.ready);
    first.win.consentElements.save({ analytics: true }, { hotjar: false });
    await requestedUntilNow(first.win);
    const page = await reloadPage(first);
    await page.win.consentElements.whenReady;
    await new Promise((loaded) => (page.doc.readyState == 'complete' ? loaded(0) : page.win.addEventListener('load', loaded)));
    expect(page.win.consentElements.getServices()).to.deep.equal({ 'google-analytics': true, hotjar: false, youtube: false });
    expect((await requestedUntilNow(page.win)).filter((path) => path.includes('/catalogue/'))).to.deep.equal([]);
    page.doc.querySelector('a')!.click();
    const dialog = () => page.doc.querySelector('consent-preferences')?.shadowRoot;
    await until(() => dialog()?.textContent?.includes('Hotjar Ltd'), 'the entries in the dialog');
    const catalogue = (await requested()).filter((path) => path.includes('/catalogue/')).sort();
    expect(catalogue).to.deep.equal(
      ['google-analytics', 'hotjar', 'youtube'].flatMap((id) => [`/dist/catalogue/generated/${id}.fr.js`, `/dist/catalogue/generated/${id}.js`]).sort(),
    );
  });
});

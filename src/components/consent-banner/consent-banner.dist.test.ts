/**
 * The banner's first render through the script-tag build (run `npx rollup -c` first).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { sampleConfig } from '../../../test/helpers/store.js';
import { cleanUp, openPage, scriptTag, until, type TestPage } from '../../../test/helpers/page.js';

let sentinels = 0;
/**
 * The paths of the requests recorded since the last take, up to a request `page` makes now:
 * Chromium may report a request late on a loaded machine, but once it has reported this one,
 * it has reported those the page made before it.
 */
async function requestedUntilNow(page: TestPage): Promise<string[]> {
  const sentinel = `/dist/consent-elements-page-is.js?sentinel=${++sentinels}`;
  page.win.fetch(sentinel).catch(() => {});
  const seen: string[] = [];
  await until(async () => {
    const taken = (await executeServerCommand<Array<{ url: string; runner: boolean }>>('requests-take'))!;
    seen.push(...taken.map(({ url }) => new URL(url).pathname + new URL(url).search));
    return seen.includes(sentinel);
  }, 'the sentinel request');
  return seen.filter((path) => path != sentinel).map((path) => path.split('?')[0]);
}

/** Records, for each render of `<consent-banner>`, whether it drew the banner or nothing. */
const RECORD_RENDERS = `<script>window.__renders=[];const define=customElements.define.bind(customElements);
customElements.define=(name,element,options)=>{if(name=='consent-banner'){const update=element.prototype.update;
element.prototype.update=function(){update.call(this);
__renders.push(this.shadowRoot.querySelector('[part=base]')?'banner':'empty')}}define(name,element,options)}</script>`;

describe('<consent-banner> through the script-tag build', () => {
  afterEach(cleanUp);

  it('renders once, with its texts: no empty render while the language table downloads', async () => {
    const page = await openPage(RECORD_RENDERS + scriptTag(sampleConfig({ language: 'fr' })));
    await until(() => page.doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="accept-button"]'));
    // Settles once no render nor download is pending.
    await page.doc.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('consent-banner')!.updateComplete;
    expect(page.win.__renders).to.deep.equal(['banner']);
    expect(page.doc.querySelector('consent-banner')!.shadowRoot!.querySelector('h2')!.textContent).to.not.equal('');
  });

  it('goes into the page as soon as <body> exists, not once the whole document is parsed', async () => {
    const origin = await executeServerCommand<string>('tag-server', { action: 'origin' });
    // Slow scripts hold the parser: first in <head> (the UI chunk arrives meanwhile), then in <body>.
    const page = await openPage(
      scriptTag(sampleConfig()) +
        `<script src="${origin}/banner-early/head.js?delay=400"></script></head><body><p>Article</p>` +
        `<script src="${origin}/banner-early/body.js?delay=400"></script>` +
        `<script>window.bannerBeforeTheEnd=!!document.querySelector('consent-banner')</script><p>The end</p>`,
    );
    expect(page.win.bannerBeforeTheEnd).to.equal(true);
    expect(page.doc.body.firstElementChild!.localName).to.equal('consent-banner');
  });

  it("a page's own <consent-banner> further down, unparsed when the UI arrives, is the one kept", async () => {
    const origin = await executeServerCommand<string>('tag-server', { action: 'origin' });
    const page = await openPage(
      scriptTag(sampleConfig()) +
        `<script src="${origin}/banner-own/head.js?delay=400"></script></head><body><p>Article</p>` +
        `<script src="${origin}/banner-own/body.js?delay=400"></script><consent-banner id="own"></consent-banner>`,
    );
    const banners = page.doc.querySelectorAll('consent-banner');
    expect(banners).to.have.length(1);
    expect(banners[0].id).to.equal('own');
    await until(() => banners[0].shadowRoot?.querySelector('[part~="accept-button"]'));
  });

  it('the core preloads the one language table the banner then uses, even when <html lang> is neither fr nor en', async () => {
    // A Japanese page read by a visitor whose browser asks for Japanese, then French: French,
    // the first built-in language of the visitor's, and nothing else is downloaded.
    const browser = `<script>document.documentElement.lang='ja';
Object.defineProperty(navigator,'languages',{value:['ja-JP','fr-FR','en']});
Object.defineProperty(navigator,'language',{value:'ja-JP'})</script>`;
    await executeServerCommand('requests-start');
    try {
      const page = await openPage(browser + scriptTag(sampleConfig()));
      const banner = await until(() => page.doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part=base]'));
      const tables = (await requestedUntilNow(page)).filter((path) => /consent-elements-banner-\w+\.js$/.test(path));
      expect(tables).to.deep.equal(['/dist/consent-elements-banner-fr.js']);
      expect(banner.getAttribute('lang')).to.equal('fr');
    } finally {
      await executeServerCommand('requests-stop');
    }
  });

  it('an Austrian German page gets the German banner, downloading its table and no other', async () => {
    const browser = `<script>document.documentElement.lang='de-AT';
Object.defineProperty(navigator,'languages',{value:['fr-FR','en']})</script>`;
    await executeServerCommand('requests-start');
    try {
      const page = await openPage(browser + scriptTag(sampleConfig()));
      const banner = await until(() => page.doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part=base]'));
      const tables = (await requestedUntilNow(page)).filter((path) => /consent-elements-banner-\w+\.js$/.test(path));
      expect(tables).to.deep.equal(['/dist/consent-elements-banner-de.js']);
      expect(banner.getAttribute('lang')).to.equal('de');
      expect(banner.querySelector('[part~="reject-button"]')!.textContent).to.equal('Alle ablehnen');
    } finally {
      await executeServerCommand('requests-stop');
    }
  });
});

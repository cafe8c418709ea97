/**
 * The banner's first render through the script-tag build (run `npx rollup -c` first).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { sampleConfig } from '../../../test/helpers/store.js';
import { cleanUp, openPage, scriptTag, until } from '../../../test/helpers/page.js';
import { sleep } from '../../../test/helpers/wait.js';


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
    await sleep(200);
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
    // A German page read by a visitor whose browser asks for German, then French: French, the
    // first built-in language of the visitor's, and nothing else is downloaded.
    const browser = `<script>document.documentElement.lang='de';
Object.defineProperty(navigator,'languages',{value:['de-DE','fr-FR','en']});
Object.defineProperty(navigator,'language',{value:'de-DE'})</script>`;
    await executeServerCommand('requests-start');
    try {
      const page = await openPage(browser + scriptTag(sampleConfig()));
      const banner = await until(() => page.doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part=base]'));
      await sleep(300);
      const seen = (await executeServerCommand<Array<{ url: string; runner: boolean }>>('requests-take'))!;
      const tables = seen.map((r) => new URL(r.url).pathname).filter((path) => /consent-elements-(fr|en)\.js$/.test(path));
      expect(tables).to.deep.equal(['/dist/consent-elements-fr.js']);
      expect(banner.getAttribute('lang')).to.equal('fr');
    } finally {
      await executeServerCommand('requests-stop');
    }
  });
});

/**
 * The banner's first render through the script-tag build (run `npx rollup -c` first).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { sampleConfig } from '../../../test/helpers/store.js';
import { cleanUp, openPage, scriptTag, until } from '../../../test/helpers/page.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records, for each render of `<consent-banner>`, whether it drew the banner or nothing. */
const RECORD_RENDERS = `<script>window.__renders=[];const define=customElements.define.bind(customElements);
customElements.define=(name,element,options)=>{if(name=='consent-banner'){const render=element.prototype.render;
element.prototype.render=function(){render.call(this);
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

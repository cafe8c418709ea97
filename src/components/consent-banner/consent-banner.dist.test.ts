/**
 * The banner's first render through the script-tag build (run `npx rollup -c` first).
 */
import { expect } from '@open-wc/testing';
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
});

/**
 * The fastest install (README): the Consent Mode default inlined (`dist/consent-default.js`),
 * then the core `async`, so that it never holds the page's first paint. It keeps every
 * guarantee of the synchronous tag: the default before any Google tag, a returning visitor's
 * update before every tag the config gates, blocked scripts run once each and in order,
 * nothing gated requested before consent; also when the core arrives after the page is parsed.
 */
import { expect } from '@open-wc/testing';
import { sampleConfig } from './helpers/store.js';
import { cleanUp, openPage, reloadPage, until, type TestPage } from './helpers/page.js';
import { tagRun } from './fixtures/tag-loader/tags.js';

const config = sampleConfig();
const snippet = fetch('/dist/consent-default.js').then((response) => response.text());

/** The gated tags, before and after the core's tag: each records how many updates it saw. */
const blocked = (tags: string) =>
  `<script type="text/plain" data-consent-category="analytics">ran.push('inline-1:' + dataLayer.filter((c) => c[1] == 'update').length)</script>` +
  `<script type="text/plain" data-consent-category="analytics" src="${tags}/slow.js?delay=150"></script>` +
  `<script type="text/plain" data-consent-category="marketing" src="${tags}/ads.js"></script>` +
  `<script type="text/plain" data-consent-category="analytics">ran.push('inline-2')</script>`;
const last = `<script type="text/plain" data-consent-category="analytics">ran.push('end')</script>`;

/**
 * How the core is loaded: `async`, `defer` (after parsing, in order with other deferred
 * scripts, such as a config file), or `late`: inserted once the page is parsed, a core that
 * arrives after everything else.
 */
const CORE = {
  async: `<script async src="/dist/consent-elements.js"></script>`,
  defer: `<script defer src="/dist/consent-elements.js"></script>`,
  late: `<script>document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('script'), { src: '/dist/consent-elements.js' })))</script>`,
};

/** A page with the snippet, the core loaded as `how` says, and gated tags around it. */
async function asyncPage(tags: string, how: keyof typeof CORE = 'async') {
  const core = CORE[how];
  return openPage(
    `<script>window.ran=[];window.consentElementsConfig=${JSON.stringify(config)}</script><script>${await snippet}</script>` +
      // A Google tag, not gated: it must find a default already there.
      `<script>window.googleTagSaw=dataLayer.map((c) => [...c])</script>` +
      blocked(tags) + core + `<p>article</p>` + last,
  );
}

const commands = (page: TestPage) => (page.win.dataLayer as ArrayLike<unknown>[]).map((command) => [...command]);

describe('the async install (inline Consent Mode default, core async)', function () {
  this.timeout(15_000);
  afterEach(cleanUp);

  it("inlines exactly the core's own default, which a Google tag after it finds", async () => {
    const { tags } = await tagRun();
    const page = await asyncPage(tags);
    await until(() => page.win.consentElements?.ready, 'the core');
    const defaults = commands(page).filter((command) => command[1] == 'default');
    // The snippet's, then the core's own: the same.
    expect(defaults).to.have.length(2);
    expect(defaults[0]).to.deep.equal(defaults[1]);
    expect(page.win.googleTagSaw).to.deep.equal([defaults[0]]);
  });

  for (const how of ['async', 'defer', 'late'] as const)
    it(`a returning visitor's update precedes every gated tag, which runs once, in order (core ${how})`, async () => {
      const { tags, requests } = await tagRun();
      let page = await asyncPage(tags, how);
      await until(() => page.win.consentElements?.ready, 'the core');
      // First visit: nothing gated ran, nothing gated was requested.
      expect(page.win.ran).to.deep.equal([]);
      expect(await requests()).to.deep.equal([]);
      page.win.consentElements.save({ analytics: true });
      await until(() => page.win.ran.includes('end'), 'the last gated tag');
      expect(page.win.ran).to.deep.equal(['inline-1:1', 'slow', 'inline-2', 'end']);

      page = await reloadPage(page);
      await until(() => page.win.ran?.includes('end'), 'the last gated tag after the reload');
      expect(page.win.consentElements.decided).to.equal(true);
      // One update (the stored decision) before the first gated tag ran.
      expect(page.win.ran).to.deep.equal(['inline-1:1', 'slow', 'inline-2', 'end']);
      expect((await requests()).filter((path) => path.startsWith('ads.js'))).to.deep.equal([]);
    });

  it('shows the banner on a first visit when the core arrives after parsing', async () => {
    const { tags } = await tagRun();
    const page = await asyncPage(tags, 'late');
    const banner = await until(() => page.doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="accept-button"]'), 'the banner');
    (banner as HTMLElement).click();
    await until(() => page.win.ran.includes('end'), 'the tags, once accepted');
    expect(page.win.consentElements.get('marketing')).to.equal(true);
  });
});

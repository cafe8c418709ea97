/**
 * Reflow (WCAG 1.4.10): the demo's policy page, built with the script-tag build (run
 * `npx rollup -c` first), never scrolls sideways at 320 CSS px, whether the window is 320 px
 * wide or 640 px wide at 200 % zoom, in French and in English. Wide tables scroll inside their
 * own container instead.
 */
import { expect } from '@open-wc/testing';
import '../../../demo/agency-config.js';
import { cleanUp, until, type TestPage } from '../../../test/helpers/page.js';
import '../../../test/helpers/lit-warnings.js';

const config = (window as unknown as { consentElementsConfig: unknown }).consentElementsConfig;

/** The policy page in an iframe `width` px wide, its root zoomed by `zoom`. */
async function policyPage(lang: string, width: number, zoom: number): Promise<TestPage & { policy: HTMLElement }> {
  const frame = Object.assign(document.createElement('iframe'), {
    srcdoc:
      `<!doctype html><html lang="${lang}"><head><meta name="viewport" content="width=device-width">` +
      `<script>window.consentElementsConfig=${JSON.stringify(config)}</script>` +
      `<script src="/dist/consent-elements.js" data-no-banner></script></head>` +
      `<body><main><h1>Policy</h1><privacy-policy></privacy-policy></main></body></html>`,
  });
  frame.style.cssText = `width:${width}px;height:480px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as TestPage['win'];
  const doc = win.document;
  // CSS zoom on the root lays the page out in half the width, as the browser's 200 % zoom does.
  doc.documentElement.style.zoom = String(zoom);
  const policy = doc.querySelector('privacy-policy') as HTMLElement & { updateComplete: Promise<unknown> };
  await until(() => policy.querySelector('#privacy-policy-changes'), 6000);
  await policy.updateComplete;
  return { frame, win, doc, errors: [], policy };
}

describe('<privacy-policy> reflow at 320 CSS px', function () {
  this.timeout(20000);
  afterEach(cleanUp);

  for (const lang of ['fr', 'en'])
    for (const [width, zoom] of [
      [320, 1],
      [640, 2],
    ])
      it(`${lang}: ${width} px at ${zoom * 100} %: the page does not scroll sideways, tables scroll in their own region`, async () => {
        const { win, doc, policy } = await policyPage(lang, width, zoom);
        const root = doc.scrollingElement!;
        expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
        win.scrollTo(50, 0);
        expect(win.scrollX).to.equal(0);
        // The contact details wrap inside the page.
        for (const pairs of policy.querySelectorAll('dl'))
          expect(pairs.scrollWidth, text(pairs)).to.be.at.most(pairs.clientWidth);
        // Every table sits in a focusable region named by its caption, and only the region scrolls.
        const tables = [...policy.querySelectorAll('table')];
        expect(tables.length).to.be.at.least(7);
        let scrolling = 0;
        for (const table of tables) {
          const region = table.parentElement!;
          expect(region.getAttribute('role')).to.equal('region');
          expect(region.tabIndex).to.equal(0);
          expect(doc.getElementById(region.getAttribute('aria-labelledby')!)).to.equal(table.caption);
          expect(region.getBoundingClientRect().right).to.be.at.most(doc.documentElement.getBoundingClientRect().right + 0.5);
          if (region.scrollWidth > region.clientWidth) scrolling++;
        }
        // At this width the cookie tables cannot fit: they scroll rather than the page.
        expect(scrolling).to.be.greaterThan(0);
      });
});

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);

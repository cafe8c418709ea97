/**
 * The script-tag build (`npx rollup -c` first) on a page served with a strict
 * Content-Security-Policy header (`script-src 'nonce-…' 'strict-dynamic'; style-src 'self'`,
 * no unsafe-inline anywhere): everything works and the page counts zero violations.
 */
import { expect } from '@open-wc/testing';
import { cleanUp, openUrl, until } from '../helpers/page.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Page = Window & Record<string, any>;

describe('strict Content-Security-Policy', function () {
  this.timeout(15_000);
  afterEach(cleanUp);

  /** The fixture page, served with its strict CSP header, in a frame of the test page. */
  const openCspPage = async (base = '/__csp/') => (await openUrl(base + 'csp.html')).win as Page;

  for (const [what, base] of [
    ['', '/__csp/'],
    // No innerHTML anywhere: the reopen control draws its icon node by node, and the tag loader
    // hands trusted values (its `consent-elements` policy) to the scripts it releases.
    [' with Trusted Types enforced', '/__tt/'],
  ])
  it(`banner, preferences, privacy policy, reopen control, placeholders and released tags${what}: no violation`, async function () {
    this.timeout(15_000);
    const win = await openCspPage(base);
    const doc = win.document;
    const store = win.consentElements;
    expect(store, 'the nonce let the library run').to.exist;

    // The banner (UI chunk, imported under strict-dynamic) renders, styled by adopted stylesheets.
    const banner = await until(() => doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="accept-button"]'));
    expect(doc.querySelector('consent-banner')!.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
    expect(win.getComputedStyle(banner).cursor, 'the banner stylesheet applies').to.equal('pointer');
    // The privacy policy (its own chunk, light DOM) renders its cookie table and is styled.
    const table = await until(() => doc.querySelector('privacy-policy table'));
    expect(win.getComputedStyle(table).borderCollapse, 'the policy stylesheet applies').to.equal('collapse');
    // The blocked embed got its placeholder (tags chunk).
    await until(() => doc.querySelector('.consent-placeholder'));

    // Preferences, opened from the page's own link.
    doc.querySelector<HTMLElement>('[data-consent-open]')!.click();
    const dialog = await until(() => doc.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog[open]'));
    expect(dialog).to.exist;
    store.closePreferences();

    // Accepting, with the banner's own button.
    (banner as HTMLElement).click();
    expect(store.get('analytics')).to.equal(true);
    await until(() => win.__inlineTagRan && win.__externalTagRan && win.__serviceTagRan);
    await until(() => doc.querySelector('iframe[src$="embed.html"]'));
    const reopen = await until(() => doc.querySelector<HTMLElement>('.consent-reopen'));
    expect(win.getComputedStyle(reopen).position, 'the reopen control is styled through CSSOM').to.equal('fixed');
    expect(reopen.querySelector('svg path')?.getAttribute('d'), 'the reopen icon is drawn').to.have.length.above(20);
    // Violations are reported in order, as tasks: one made on purpose last (an inline style)
    // arrives after any the library caused. No fixed wait.
    doc.body.lastElementChild!.setAttribute('style', 'color: red');
    await until(() => win.__violations.some((v: string) => v.startsWith('style-src-attr')), 'the sentinel violation to be reported');
    expect(win.__violations.filter((v: string) => !v.startsWith('style-src-attr'))).to.deep.equal([]);
    expect(win.__violations).to.have.length(1);
    expect([win.__inlineTagRan, win.__externalTagRan, win.__serviceTagRan]).to.deep.equal([1, 1, 1]);
  });

  it('Trusted Types are really enforced there: innerHTML with a string throws and is reported', async () => {
    const win = await openCspPage('/__tt/');
    expect(() => (win.document.createElement('div').innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
    await until(() => win.__violations.some((v: string) => v.startsWith('require-trusted-types-for')), 2000);
  });

  it('the policy is really enforced: an inline script without the nonce is blocked and reported', async () => {
    const win = await openCspPage();
    const doc = win.document;
    const probe = doc.createElement('div');
    probe.innerHTML = '<img src="data:," onerror="window.__inlineHandlerRan = true">';
    doc.body.append(probe);
    probe.setAttribute('style', 'color: red');
    await until(() => win.__violations.length >= 1);
    expect(win.__inlineHandlerRan).to.equal(undefined);
    expect(win.__violations.join('\n')).to.match(/script-src-attr|style-src-attr/);
  });
});

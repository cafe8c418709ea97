/**
 * The dialog's own chunk as visitors meet it through the script-tag build (run `npx rollup -c`
 * first): downloaded only when asked for or about to be, and still opening with focus inside.
 * Requests are counted by Chromium (the `requests-*` server commands), not by the page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { sampleConfig } from '../../../test/helpers/store.js';
import { cleanUp, openPage, scriptTag, until, type TestPage } from '../../../test/helpers/page.js';

const DIALOG_CHUNK = '/dist/consent-elements-preferences.js';
const LIT_CHUNK = '/dist/consent-elements-lit.js';

/** The library files the pages under test requested since the last call. */
async function requested(): Promise<string[]> {
  const all = (await executeServerCommand<Array<{ url: string; runner: boolean }>>('requests-take'))!;
  return all
    .filter((r) => !r.runner && r.url.includes('/dist/'))
    .map(({ url }) => new URL(url).pathname + (url.includes('?sentinel') ? new URL(url).search : ''));
}

/**
 * The library files requested since the last call, once `expected` are among them: Chromium
 * may report a request after the page has used the response, on a loaded machine.
 */
async function requestedWith(expected: string[]): Promise<string[]> {
  const seen: string[] = [];
  // On a timeout, what was seen goes to the assertion, which names what is missing.
  await until(async () => {
    seen.push(...(await requested()));
    return expected.every((path) => seen.includes(path));
  }).catch(() => {});
  return seen;
}

let sentinels = 0;
/**
 * Has `page` request a file of its own, after whatever it has requested so far: once Chromium
 * reports it (`requestedWith([sentinel(page)])`), it has reported those before it too.
 */
function sentinel(page: TestPage): string {
  const path = `/dist/consent-elements-page-is.js?sentinel=${++sentinels}`;
  page.win.fetch(path).catch(() => {});
  return path;
}

const part = (page: TestPage, tag: string, name: string) =>
  page.doc.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const openDialog = (page: TestPage) => page.doc.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog[open]');

describe('the preferences chunk of the script-tag build', function () {
  // Real key presses and mouse moves take seconds on a loaded two-core machine.
  this.timeout(15000);
  beforeEach(() => executeServerCommand('requests-start'));
  afterEach(async () => {
    await executeServerCommand('requests-stop');
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanUp();
  });

  it('a first visit downloads the banner, not the dialog, until the visitor reaches for "Customise"', async () => {
    const page = await openPage(scriptTag(sampleConfig({ language: 'fr' })));
    await until(() => part(page, 'consent-banner', 'customize-button'));
    // Requested after the banner is shown: once reported, any dialog download it started would be too.
    const firstVisit = await requestedWith(['/dist/consent-elements-banner-fr.js', sentinel(page)]);
    expect(firstVisit).to.include.members(['/dist/consent-elements.js', '/dist/consent-elements-ui.js', '/dist/consent-elements-banner-fr.js']);
    expect(firstVisit).to.not.include(DIALOG_CHUNK);
    expect(page.doc.querySelector('consent-preferences')).to.equal(null);

    // The pointer on "Accept all": nothing more to download.
    const frame = page.frame.getBoundingClientRect();
    const accept = part(page, 'consent-banner', 'accept-button')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(frame.x + accept.x + 5), Math.round(frame.y + accept.y + 5)] });
    // The pointer's events are handled when the move returns: a download they started comes before the sentinel's.
    const overAccept = sentinel(page);
    expect(await requestedWith([overAccept])).to.include(overAccept).and.not.include(DIALOG_CHUNK);
    expect(page.win.customElements.get('consent-preferences')).to.equal(undefined);

    // The pointer on "Customise" (from outside the banner: headless Chromium reports no
    // pointerover for a synthetic move from one button straight onto its neighbour): the
    // dialog downloads before any click.
    await sendMouse({ type: 'move', position: [0, 0] });
    const button = part(page, 'consent-banner', 'customize-button')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(frame.x + button.x + 5), Math.round(frame.y + button.y + 5)] });
    await until(() => page.win.customElements.get('consent-preferences'));
    expect(await requestedWith([DIALOG_CHUNK, LIT_CHUNK])).to.have.members([DIALOG_CHUNK, LIT_CHUNK]);
  });

  it('"Personnaliser" from the keyboard, first thing: the dialog opens with focus inside, Escape gives it back', async () => {
    const page = await openPage(scriptTag(sampleConfig({ language: 'fr' })));
    const customize = await until(() => part(page, 'consent-banner', 'customize-button'));
    customize.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => openDialog(page));
    expect(page.doc.activeElement!.localName).to.equal('consent-preferences');
    const focused = page.doc.querySelector('consent-preferences')!.shadowRoot!.activeElement!;
    expect(focused.getAttribute('part')).to.contain('close-button');
    await sendKeys({ press: 'Escape' });
    await until(() => !openDialog(page));
    expect(page.win.consentElements.decided).to.equal(false);
    expect(page.doc.querySelector('consent-banner')!.shadowRoot!.activeElement).to.equal(customize);
    expect((await requestedWith([DIALOG_CHUNK])).filter((path) => path == DIALOG_CHUNK)).to.have.length(1);
  });

  it('a returning visitor downloads the UI and the dialog only when a [data-consent-open] link asks', async () => {
    const first = await openPage(scriptTag(sampleConfig()));
    (await until(() => part(first, 'consent-banner', 'reject-button')))!.click();
    await until(() => first.win.consentElements.decided, 'the decision');
    // Chromium may report the first page's requests late on a loaded machine: take them all, up
    // to one the first page makes after the decision.
    await requestedWith([sentinel(first)]);
    const page = await openPage(`${scriptTag(sampleConfig())}<a href="#" data-consent-open>Cookies</a>`);
    await until(() => page.win.consentElements?.ready, 'the store');
    // The core decides what to download once the store is ready: its downloads come before the sentinel's.
    const returning = await requestedWith(['/dist/consent-elements.js', sentinel(page)]);
    expect(returning).to.include('/dist/consent-elements.js');
    // (The core may fetch the language table for its reopen control's label.)
    expect(returning).to.not.include('/dist/consent-elements-ui.js');
    expect(returning).to.not.include(DIALOG_CHUNK);
    page.doc.querySelector('a')!.click();
    await until(() => openDialog(page));
    const states = [...page.doc.querySelector('consent-preferences')!.shadowRoot!.querySelectorAll('[part~=switch]')];
    expect(states.map((s) => s.getAttribute('aria-checked'))).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(page.doc.querySelector('consent-preferences')!.shadowRoot!.contains(page.doc.activeElement!.shadowRoot!.activeElement)).to
      .be.true;
    expect(await requestedWith(['/dist/consent-elements-ui.js', DIALOG_CHUNK])).to.include.members(['/dist/consent-elements-ui.js', DIALOG_CHUNK]);
  });

  it('a page with its own <consent-preferences> gets it defined at once', async () => {
    const page = await openPage(`${scriptTag(sampleConfig())}</head><body><consent-preferences></consent-preferences>`);
    await until(() => page.win.customElements.get('consent-preferences'));
    page.win.consentElements.openPreferences();
    await until(() => openDialog(page));
    expect(page.doc.querySelectorAll('consent-preferences')).to.have.length(1);
  });
});

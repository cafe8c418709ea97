/**
 * A chunk download that fails (a network blip, a deploy in progress) is tried again at the next
 * need, and `updateComplete` does not stay rejected. The script-tag build (`npx rollup -c`
 * first) served from `/__flaky/<key>/`, where the test makes a file fail its first request
 * with a 503.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cleanUp, openPage } from '../helpers/page.js';
import { until } from '../helpers/wait.js';

let run = 0;
const config = { revision: 1, language: 'fr', categories: { analytics: { label: 'Mesure' } } };

/** A page of the script-tag build whose `files` fail their first download. */
async function flakyPage(files: string[], body = '') {
  const key = `retry-${Date.now().toString(36)}-${++run}`;
  await executeServerCommand('fail-once', { key, files });
  return openPage(
    `<script>window.consentElementsConfig=${JSON.stringify(config)}</script><script src="/__flaky/${key}/consent-elements.js"></script></head><body>${body}`,
  );
}

const bannerButton = (doc: Document) => doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="accept-button"]');

describe('failed downloads are retried at the next need', function () {
  this.timeout(20_000);
  afterEach(cleanUp);

  it('the banner chunk: fails once (one error), then the next need (openBanner) loads it', async () => {
    const page = await flakyPage(['consent-elements-ui.js']);
    await until(() => page.errors.some((e) => e.includes('consent-elements-ui.js')), 'the failed download to be reported');
    expect(bannerButton(page.doc)).to.equal(undefined);
    page.win.consentElements.openBanner();
    const accept = await until(() => bannerButton(page.doc), 'the banner to render after the retry', 10000);
    (accept as HTMLElement).click();
    expect(page.win.consentElements.get('analytics')).to.equal(true);
  });

  it('the policy chunk: fails once, then the next change of the store loads and renders it', async () => {
    const page = await flakyPage(['consent-elements-policy.js'], '<privacy-policy></privacy-policy>');
    await until(() => page.errors.some((e) => e.includes('consent-elements-policy.js')), 'the failed download to be reported');
    expect(page.win.customElements.get('privacy-policy')).to.equal(undefined);
    page.win.consentElements.rejectAll();
    await until(() => page.doc.querySelector('privacy-policy table'), 'the policy to render after the retry', 10000);
    const policy = page.doc.querySelector('privacy-policy') as HTMLElement & { updateComplete: Promise<boolean> };
    expect(await policy.updateComplete).to.equal(true);
  });

  it("a language table that cannot load: the element's updateComplete settles instead of staying rejected", async () => {
    const page = await flakyPage(['consent-elements-banner-fr.js']);
    const banner = (await until(() => page.doc.querySelector('consent-banner'), 'the banner element')) as HTMLElement & { updateComplete: Promise<boolean> };
    expect(await banner.updateComplete.then(() => 'settled', () => 'rejected')).to.equal('settled');
    // Asked again (a change of the store), it settles again: nothing stays pending or rejected.
    page.win.consentElements.openBanner();
    expect(await banner.updateComplete.then(() => 'settled', () => 'rejected')).to.equal('settled');
  });
});

/**
 * The script-tag build (`npx rollup -c` first) included more than once: twice as the same
 * file, as another copy (another URL, as another version or a plugin would add it), and
 * added late by a script: one store, one banner, one of everything.
 */
import { expect } from '@open-wc/testing';
import { cleanUp, cookieChangesReported, openPage, until } from '../helpers/page.js';
import { sampleConfig } from '../helpers/store.js';
import { proofsReceived } from '../helpers/proofs.js';

/** What a rendered element of the library offers: a promise that settles once nothing is pending. */
type Rendered = HTMLElement & { updateComplete: Promise<boolean> };


const COUNT_EVENTS =
  `<script>window.__events=[];for(const t of ['consent-ready','consent-change'])` +
  `document.addEventListener(t,e=>__events.push(t+':'+(e.detail.reason||'')))</script>`;

describe('multiple copies on one page', function () {
  this.timeout(15_000);
  afterEach(cleanUp);

  it('the same script three times (one of them another copy, one added late): one store, one banner, one of everything', async () => {
    const key = `copies-${Date.now().toString(36)}`;
    const first = sampleConfig({ proofOfConsent: { endpoint: `/__proof/${key}` } });
    const page = await openPage(
      `${COUNT_EVENTS}<script>window.consentElementsConfig=${JSON.stringify(first)}</script>` +
        `<script src="/dist/consent-elements.js"></script>` +
        `<script src="/dist/consent-elements.js"></script>` +
        // Another copy, with another config: it finds the first one and stands down.
        `<script>window.consentElementsConfig={revision:9,categories:{chat:{}}}</script>` +
        `<script src="/dist/consent-elements.js?v=2.0.0"></script>` +
        `</head><body><script type="text/plain" data-consent-category="analytics">window.__tagRuns=(window.__tagRuns||0)+1</script>`,
    );
    const { win, doc } = page;
    const late = doc.createElement('script');
    late.src = '/dist/consent-elements.js?late';
    const lateLoaded = new Promise((resolve) => late.addEventListener('load', resolve, { once: true }));
    doc.head.append(late);
    await lateLoaded;

    const store = win.consentElements;
    expect(store).to.equal(win[Symbol.for('consent-elements.store')]);
    expect(store.revision).to.equal(1);
    expect(store.categories).to.deep.equal(['necessary', 'analytics', 'marketing', 'functional']);
    const defaults = [...win.dataLayer].filter((entry) => entry[0] == 'consent' && entry[1] == 'default');
    expect(defaults).to.have.length(1);

    await until(() => doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="accept-button"]'));
    // Settled: no render nor download of the banner pending.
    await doc.querySelector<Rendered>('consent-banner')!.updateComplete;
    expect(doc.querySelectorAll('consent-banner')).to.have.length(1);
    // The dialog is added when first asked for, once, whichever copy asks.
    expect(doc.querySelectorAll('consent-preferences')).to.have.length(0);
    store.openPreferences();
    await until(() => doc.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog[open]'));
    store.openPreferences();
    await doc.querySelector<Rendered>('consent-preferences')!.updateComplete;
    expect(doc.querySelectorAll('consent-preferences')).to.have.length(1);
    store.closePreferences();

    (doc.querySelector('consent-banner')!.shadowRoot!.querySelector('[part~="accept-button"]') as HTMLElement).click();
    await until(() => win.__tagRuns);
    // Blocked scripts run through one queue, in order: a sentinel added now runs after any second run would have.
    const sentinel = doc.createElement('script');
    sentinel.type = 'text/plain';
    sentinel.dataset.consentCategory = 'analytics';
    sentinel.text = 'window.__sentinelRan = true';
    doc.body.append(sentinel);
    await until(() => win.__sentinelRan, 'the sentinel tag');
    // Sent as the decision is made, before the sentinel record that `proofsReceived` sends.
    const proofs = await proofsReceived(key, 1, win);
    expect(win.__events).to.deep.equal(['consent-ready:', 'consent-change:accept-all']);
    expect(win.__tagRuns).to.equal(1);
    expect(doc.querySelectorAll('.consent-reopen')).to.have.length(1);
    const updates = [...win.dataLayer].filter((entry) => entry[0] == 'consent' && entry[1] == 'update');
    expect(updates).to.have.length(1);
    expect([...win.dataLayer].filter((entry) => entry.event == 'consent_update')).to.have.length(1);
    expect(proofs).to.have.length(1);
    // Decided with the banner's button: the proof names the wording the banner showed.
    expect(JSON.parse(proofs[0].body).wording).to.be.a('string').and.not.equal('');
    expect(page.errors).to.deep.equal([]);
  });

  it('two tabs of the site: the decision reaches the other one (sync), and is proven once', async () => {
    const key = `tabs-${Date.now().toString(36)}`;
    const config = sampleConfig({ proofOfConsent: { endpoint: `/__proof/${key}` } });
    const tab = () =>
      openPage(`${COUNT_EVENTS}<script>window.consentElementsConfig=${JSON.stringify(config)}</script><script src="/dist/consent-elements.js"></script>`);
    const [a, b] = [await tab(), await tab()];
    await cookieChangesReported(b.win);
    a.win.consentElements.save({ analytics: true });
    await until(() => b.win.consentElements.get('analytics'));
    expect(b.win.__events).to.deep.equal(['consent-ready:', 'consent-change:sync']);
    expect(b.win.consentElements.consentId).to.equal(a.win.consentElements.consentId);
    // Tab b would have sent its proof as the decision reached it: before its sentinel record.
    const proofs = await proofsReceived(key, 1, b.win);
    expect(proofs.map((p) => JSON.parse(p.body).reason)).to.deep.equal(['save']);
  });
});

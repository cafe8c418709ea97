import { expect } from '@open-wc/testing';
import { makeStore, NOW, record, sampleConfig, DAY } from '../../test/helpers/store.js';
import { memoryStorage } from '../core/storage/memory-storage.js';
import { connectProofOfConsent } from './proof-of-consent.js';
import { sendProof, summarizeBrowser } from './proof-beacon.js';
import { proofsReceived as received } from '../../test/helpers/proofs.js';
import { until } from '../../test/helpers/wait.js';

/**
 * `sendProof`, counted: a test that swaps the browser's functions waits for the sends it caused
 * before putting them back. `asks`: how often a decision asked for the sender (synchronously).
 */
let sends = 0;
let asks = 0;
const countedSender = async () => {
  asks++;
  return (endpoint: string, proof: object) => {
    sendProof(endpoint, proof);
    sends++;
  };
};

let run = 0;
const newKey = () => `unit-${Date.now().toString(36)}-${++run}`;
const bodies = (entries: Array<{ body: string }>) => entries.map((entry) => JSON.parse(entry.body));

function proofStore(key: string, overrides: Parameters<typeof makeStore>[0] = {}) {
  const made = makeStore({
    config: sampleConfig({
      proofOfConsent: { endpoint: `/__proof/${key}` },
      privacyPolicy: { version: '2.1' },
    }),
    ...overrides,
  });
  const stop = connectProofOfConsent(made.store, countedSender);
  return { ...made, stop };
}

describe('proof of consent', function () {
  // Each test waits for the endpoint, through the test server: slower on a busy CI machine.
  this.timeout(15_000);
  let stops: Array<() => void> = [];
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
    document.cookie = 'site_session=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('sends one compact record per decision, with exactly the documented fields', async () => {
    const key = newKey();
    const { store, stop } = proofStore(key);
    stops.push(stop);
    store.acceptAll();
    const entries = await received(key, 1);
    expect(entries).to.have.length(1);
    expect(entries[0].contentType).to.match(/^text\/plain/);
    const [proof] = bodies(entries);
    expect(Object.keys(proof).sort()).to.deep.equal(
      ['browser', 'choices', 'consentId', 'device', 'gpc', 'language', 'policyVersion', 'reason', 'revision', 'services', 'timestamp', 'url'].sort(),
    );
    expect(proof).to.deep.include({
      consentId: store.consentId,
      timestamp: NOW,
      revision: 1,
      policyVersion: '2.1',
      reason: 'accept-all',
      gpc: false,
      device: 'desktop',
      choices: { necessary: true, analytics: true, marketing: true, functional: true },
    });
    expect(entries[0].body.length).to.be.below(600);
  });

  it('carries the browser family and major version and the device class, never the full user agent', async () => {
    const key = newKey();
    const { store, stop } = proofStore(key);
    stops.push(stop);
    store.acceptAll();
    const [entry] = await received(key, 1);
    const proof = JSON.parse(entry.body);
    const major = /(?:Chrome|Chromium)\/(\d+)/.exec(navigator.userAgent)![1];
    expect(proof.browser).to.match(new RegExp(`^[A-Z][A-Za-z ]* ${major}$`));
    expect(proof.device).to.equal('desktop');
    expect(entry.body).not.to.include(navigator.userAgent);
    expect(entry.body).not.to.match(/Mozilla|AppleWebKit|userAgent/);
  });

  it('records "continue without accepting" as its own reason, close, in the event and the proof', async () => {
    const key = newKey();
    const { store, stop, target } = proofStore(key);
    stops.push(stop);
    const changes = record<{ reason: string }>(target, 'consent-change');
    store.rejectAll('close');
    const [proof] = bodies(await received(key, 1));
    expect(changes.map((change) => change.reason)).to.deep.equal(['close']);
    expect(proof.reason).to.equal('close');
    expect(proof.choices).to.deep.equal({ necessary: true, analytics: false, marketing: false, functional: false });
  });

  it('summarises the browser from client hints, else from a small user-agent parse', () => {
    const hints = (brands: Array<[string, string]>, mobile = false, platform = 'Windows') => ({
      userAgentData: { brands: brands.map(([brand, version]) => ({ brand, version })), mobile, platform },
    });
    expect(summarizeBrowser(hints([['Not.A/Brand', '99'], ['Chromium', '156'], ['Google Chrome', '156']]))).to.deep.equal({ browser: 'Chrome 156', device: 'desktop' });
    expect(summarizeBrowser(hints([['Microsoft Edge', '150'], ['Chromium', '150'], ['Not)A;Brand', '8']]))).to.deep.equal({ browser: 'Edge 150', device: 'desktop' });
    expect(summarizeBrowser(hints([['Chromium', '140']], true, 'Android'))).to.deep.equal({ browser: 'Chromium 140', device: 'mobile' });
    expect(summarizeBrowser(hints([['Google Chrome', '140']], false, 'Android'))).to.deep.equal({ browser: 'Chrome 140', device: 'tablet' });
    const ua = (userAgent: string, maxTouchPoints = 0) => summarizeBrowser({ userAgent, maxTouchPoints });
    expect(ua('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0')).to.deep.equal({ browser: 'Firefox 140', device: 'desktop' });
    expect(ua('Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1')).to.deep.equal({ browser: 'Safari 18', device: 'mobile' });
    expect(ua('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15', 5)).to.deep.equal({ browser: 'Safari 18', device: 'tablet' });
    expect(ua('Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Safari/537.36')).to.deep.equal({ browser: 'Samsung Internet 27', device: 'tablet' });
    expect(ua('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36 OPR/85.0')).to.deep.equal({ browser: 'Opera 85', device: 'mobile' });
    expect(ua('curl/8.0')).to.deep.equal({ browser: 'other', device: 'desktop' });
  });

  it('sends the page URL without its query string or hash', async () => {
    // The test runner's own page has a query string (?wtr-session-id=…); add a hash too.
    expect(location.search).to.not.equal('');
    const before = location.href;
    history.replaceState(history.state, '', `${before.split('#')[0]}#section`);
    try {
      const key = newKey();
      const { store, stop } = proofStore(key);
      stops.push(stop);
      store.rejectAll();
      const [proof] = bodies(await received(key, 1));
      expect(proof.url).to.equal(location.origin + location.pathname);
      expect(proof.url).to.not.contain('?').and.not.contain('#');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('carries the wording hash the elements set, the html language and the choices of a save', async () => {
    const key = newKey();
    const { store, stop } = proofStore(key);
    stops.push(stop);
    const lang = document.documentElement.lang;
    document.documentElement.lang = 'fr-FR';
    try {
      store.wording = 'a1b2c3d4';
      store.save({ analytics: true });
    } finally {
      document.documentElement.lang = lang;
    }
    const [proof] = bodies(await received(key, 1));
    expect(proof).to.deep.include({ wording: 'a1b2c3d4', language: 'fr-FR', reason: 'save' });
    expect(proof.choices).to.deep.equal({ necessary: true, analytics: true, marketing: false, functional: false });
  });

  it('holds the per-service choices of a save', async () => {
    const key = newKey();
    const { store, stop } = proofStore(key);
    stops.push(stop);
    const [id] = store.services.analytics;
    store.save({ analytics: true }, { [id]: false });
    const [proof] = bodies(await received(key, 1));
    expect(proof.services).to.deep.equal({ [id]: false });
    expect(proof.choices.analytics).to.equal(true);
  });

  it('uses the configured language when it is not auto', async () => {
    const key = newKey();
    const { store } = makeStore({ config: sampleConfig({ language: 'en', proofOfConsent: { endpoint: `/__proof/${key}` } }) });
    stops.push(connectProofOfConsent(store, async () => sendProof));
    store.rejectAll();
    const [proof] = bodies(await received(key, 1));
    expect(proof.language).to.equal('en');
    expect(proof.policyVersion).to.equal(undefined);
  });

  it('keeps the same consent id across decisions, and names the withdrawn decision on reset', async () => {
    const key = newKey();
    const { store, stop, clock } = proofStore(key);
    stops.push(stop);
    store.acceptAll();
    const id = store.consentId;
    clock.now += DAY;
    store.save({ functional: true });
    clock.now += DAY;
    store.reset();
    const proofs = bodies(await received(key, 3));
    expect(proofs.map((p) => p.reason)).to.deep.equal(['accept-all', 'save', 'reset']);
    expect(proofs.map((p) => p.consentId)).to.deep.equal([id, id, id]);
    expect(proofs[2].choices).to.deep.equal({ necessary: true, analytics: false, marketing: false, functional: false });
    expect(proofs[2].timestamp).to.be.a('number');
  });

  it('sends nothing for a reset when nothing had been decided', async () => {
    const key = newKey();
    const { store, stop } = proofStore(key);
    stops.push(stop);
    store.reset();
    expect(await received(key, 0)).to.have.length(0);
  });

  it('is not sent for sync: the tab where the visitor decided sent it, once', async () => {
    const key = newKey();
    const shared = memoryStorage();
    const tabA = proofStore(key, { storage: shared });
    const tabB = proofStore(key, { storage: shared });
    stops.push(tabA.stop, tabB.stop);
    const changes = record<{ reason: string }>(tabB.target, 'consent-change');
    tabA.store.acceptAll();
    tabB.store.sync();
    expect(changes.map((c) => c.reason)).to.deep.equal(['sync']);
    expect(tabB.store.get('analytics')).to.equal(true);
    expect(await received(key, 1)).to.have.length(1);
  });

  it('is not sent when a decision expires while the page is open', async () => {
    const key = newKey();
    const { store, stop, clock, target } = proofStore(key);
    stops.push(stop);
    store.rejectAll();
    await received(key, 1);
    const changes = record<{ reason: string }>(target, 'consent-change');
    clock.now += 400 * DAY;
    store.sync();
    expect(changes.map((c) => c.reason)).to.deep.equal(['expired']);
    expect(await received(key, 1)).to.have.length(1);
  });

  /** Accepts all on a store reporting to `key`, with `navigator.sendBeacon` replaced meanwhile. */
  const acceptWithBeacon = async (key: string, sendBeacon: unknown) => {
    Object.defineProperty(navigator, 'sendBeacon', { value: sendBeacon, configurable: true });
    try {
      const { store, stop } = proofStore(key);
      stops.push(stop);
      const before = sends;
      store.acceptAll();
      await until(() => sends > before, 'the proof sent');
    } finally {
      delete (navigator as { sendBeacon?: unknown }).sendBeacon;
    }
  };

  it('sends with fetch and keepalive, whether sendBeacon refuses, is missing or is there', async () => {
    for (const sendBeacon of [() => false, undefined, () => expect.fail('a beacon while the page stays')]) {
      const key = newKey();
      await acceptWithBeacon(key, sendBeacon);
      const entries = await received(key, 1);
      expect(entries, String(sendBeacon)).to.have.length(1);
      expect(JSON.parse(entries[0].body).reason).to.equal('accept-all');
    }
    expect(navigator.sendBeacon).to.be.a('function');
  });

  describe('an endpoint that cannot store the record yet', () => {
    /** Accepts all on a store reporting to the busy endpoint `key`; resolves once it is sent. */
    const acceptBusy = async (key: string) => {
      const { store, stop } = proofStore(key);
      stops.push(stop);
      const before = sends;
      store.acceptAll();
      await until(() => sends > before, 'the proof sent');
    };

    it('sends the same record again, after the Retry-After of a 503, until it is stored', async () => {
      const key = `busy-2-0-${newKey()}`;
      await acceptBusy(key);
      const entries = await received(key, 3);
      expect(entries.map((entry) => !!entry.refused)).to.deep.equal([true, true, false]);
      expect(new Set(entries.map((entry) => entry.body)).size, 'one record, sent three times').to.equal(1);
      expect(JSON.parse(entries[2].body).reason).to.equal('accept-all');
    });

    it('waits 1 s before trying again when the answer gives no Retry-After', async () => {
      const key = `busy-1-x-${newKey()}`;
      await acceptBusy(key);
      const entries = await received(key, 2);
      expect(entries.map((entry) => !!entry.refused)).to.deep.equal([true, false]);
    });

    it('gives up after 3 more tries', async () => {
      const key = `busy-9-0-${newKey()}`;
      await acceptBusy(key);
      // Four refusals, then the test's own record (refused too, left out): nothing came in between.
      const entries = await received(key, 4);
      expect(entries).to.have.length(4);
      expect(entries.every((entry) => entry.refused)).to.equal(true);
    });

    it('hands a try still waiting to sendBeacon when the page goes away', async () => {
      const key = `busy-1-60-${newKey()}`;
      await acceptBusy(key);
      await received(key, 1);
      const beacons: unknown[][] = [];
      const sendBeacon = navigator.sendBeacon;
      Object.defineProperty(navigator, 'sendBeacon', { value: (...args: [string, string]) => (beacons.push(args), sendBeacon.apply(navigator, args)), configurable: true });
      try {
        window.dispatchEvent(new PageTransitionEvent('pagehide'));
        window.dispatchEvent(new PageTransitionEvent('pagehide'));
      } finally {
        delete (navigator as { sendBeacon?: unknown }).sendBeacon;
      }
      // (Tries of the failing endpoints of other tests may be waiting too: they go as well.)
      expect(beacons.filter(([url]) => String(url).includes(key)), 'one beacon, at the first pagehide').to.have.length(1);
      const entries = await received(key, 2);
      expect(entries.map((entry) => !!entry.refused)).to.deep.equal([true, false]);
      expect(entries[1].body).to.equal(entries[0].body);
    });
  });

  it('never sends the site cookies', async () => {
    document.cookie = 'site_session=secret123; path=/';
    const key = newKey();
    await acceptWithBeacon(key, undefined);
    const [entry] = await received(key, 1);
    expect(entry.cookie ?? '').to.not.contain('secret123');
    expect(entry.body).to.not.contain('secret123');
  });

  it('a failing endpoint never affects the visitor', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      for (const endpoint of ['http://[::1', 'javascript:alert(1)', 'http://127.0.0.1:9/log', '/__nowhere/404']) {
        for (const sendBeacon of [navigator.sendBeacon, undefined]) {
          Object.defineProperty(navigator, 'sendBeacon', { value: sendBeacon, configurable: true });
          try {
            const { store } = makeStore({ config: sampleConfig({ proofOfConsent: { endpoint } }) });
            stops.push(connectProofOfConsent(store, countedSender));
            const before = sends;
            store.acceptAll();
            expect(store.get('analytics'), endpoint).to.equal(true);
            store.rejectAll();
            expect(store.get('analytics'), endpoint).to.equal(false);
            await until(() => sends == before + 2, 'both proofs sent');
          } finally {
            delete (navigator as { sendBeacon?: unknown }).sendBeacon;
          }
        }
      }
      const fetch = window.fetch;
      window.fetch = () => {
        throw new Error('a page that broke fetch');
      };
      Object.defineProperty(navigator, 'sendBeacon', { value: undefined, configurable: true });
      try {
        const { store } = makeStore({ config: sampleConfig({ proofOfConsent: { endpoint: '/__proof/x' } }) });
        stops.push(connectProofOfConsent(store, countedSender));
        const before = sends;
        store.acceptAll();
        expect(store.get('marketing')).to.equal(true);
        await until(() => sends == before + 1, 'the proof sent');
      } finally {
        window.fetch = fetch;
        delete (navigator as { sendBeacon?: unknown }).sendBeacon;
      }
      // The same requests again, from the test: once they have all failed (or answered), so have
      // the library's, sent before them (a rejection they left unhandled is reported then).
      await Promise.allSettled(
        ['javascript:alert(1)', 'http://127.0.0.1:9/log', '/__nowhere/404'].flatMap((url) => [
          fetch(url, { method: 'POST', body: '{}', keepalive: true }),
          new Promise((done) => done(navigator.sendBeacon(url, '{}'))),
        ]),
      );
    } finally {
      console.error = original;
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
    expect(errors).to.deep.equal([]);
    expect(unhandled).to.deep.equal([]);
  });

  it('does nothing without an endpoint', () => {
    const { store } = makeStore();
    let beacons = 0;
    Object.defineProperty(navigator, 'sendBeacon', { value: () => !!++beacons, configurable: true });
    try {
      const stop = connectProofOfConsent(store, countedSender);
      const before = asks;
      store.acceptAll();
      store.rejectAll();
      stop();
      // Not even the sender is asked for (a decision asks for it at once when there is an endpoint).
      expect(asks).to.equal(before);
    } finally {
      delete (navigator as { sendBeacon?: unknown }).sendBeacon;
    }
    expect(beacons).to.equal(0);
  });

  it('stops sending once unsubscribed', async () => {
    const key = newKey();
    const { store, stop } = proofStore(key);
    store.acceptAll();
    stop();
    store.rejectAll();
    expect(bodies(await received(key, 1)).map((p) => p.reason)).to.deep.equal(['accept-all']);
  });
});

import { expect } from '@open-wc/testing';
import { sampleConfig } from './helpers/store.js';
import { cleanUp, cookieChangesReported, openPage, reloadPage, scriptTag, until } from './helpers/page.js';

const config = sampleConfig();

describe('the script-tag build', () => {
  afterEach(cleanUp);

  describe('config sources', () => {
    it('reads window.consentElementsConfig', async () => {
      const { win } = await openPage(scriptTag(config));
      expect(win.consentElements.categories).to.deep.equal(['necessary', 'analytics', 'marketing', 'functional']);
    });

    it('reads an inline JSON config placed before the script', async () => {
      const { win } = await openPage(
        `<script type="application/json" data-consent-config>{"revision":3,"categories":{"chat":{}}}</script>` +
          `<script src="/dist/consent-elements.js"></script>`,
      );
      expect(win.consentElements.revision).to.equal(3);
      expect(win.consentElements.categories).to.deep.equal(['necessary', 'chat']);
    });

    it('prefers window.consentElementsConfig over the inline JSON', async () => {
      const { win } = await openPage(
        `<script type="application/json" data-consent-config>{"revision":3}</script>${scriptTag({ revision: 7 })}`,
      );
      expect(win.consentElements.revision).to.equal(7);
    });

    it('fetches data-config, with everything refused until it arrives', async () => {
      const page = await openPage(`<script src="/dist/consent-elements.js" data-config="/test/fixtures/remote-config.json"></script>`);
      const store = page.win.consentElements;
      const defaults = [...(page.win.dataLayer[0] as ArrayLike<unknown>)];
      expect(defaults.slice(0, 2)).to.deep.equal(['consent', 'default']);
      await until(() => store.ready);
      expect(store.revision).to.equal(4);
      expect(store.get('analytics')).to.equal(false);
    });

    it("data-config: the file's consentMode set options still apply, and one warning names what cannot", async () => {
      const page = await openPage(
        `<script>window.__warnings=[];console.warn=(...a)=>__warnings.push(a.join(' '))</script>` +
          `<script src="/dist/consent-elements.js" data-config="/test/fixtures/remote-consent-mode.json"></script>`,
      );
      await until(() => page.win.consentElements.ready);
      const commands = (page.win.dataLayer as ArrayLike<unknown>[]).map((entry) => [...entry]);
      expect(commands).to.deep.include(['set', 'ads_data_redaction', true]);
      expect(commands).to.deep.include(['set', 'url_passthrough', true]);
      expect(page.win.__warnings).to.have.length(1);
      expect(page.win.__warnings[0]).to.contain('waitForUpdate');
    });

    it('data-config saying consentMode enabled:false still updates the default issued before it arrived', async () => {
      const page = await openPage(`<script src="/dist/consent-elements.js" data-config="/test/fixtures/remote-consent-mode-off.json"></script>`);
      await until(() => page.win.consentElements.ready);
      page.win.consentElements.acceptAll();
      const updates = (page.win.dataLayer as ArrayLike<unknown>[]).filter((entry) => entry[0] == 'consent' && entry[1] == 'update');
      expect(updates).to.have.length(1);
      expect((updates[0][2] as Record<string, string>).analytics_storage).to.equal('granted');
    });

    it('a config URL that fails: one error, everything refused', async () => {
      const page = await openPage(`<script src="/dist/consent-elements.js" data-config="/test/fixtures/missing.json"></script>`);
      await until(() => page.win.consentElements.ready);
      expect(page.errors.filter((e) => e.includes('consent-elements'))).to.have.length(1);
      expect(page.errors[0]).to.contain('missing.json');
      page.win.consentElements.acceptAll();
      expect(page.win.consentElements.get('analytics')).to.equal(false);
    });

    it('inline JSON that does not parse: one clear error, no exception in the page', async () => {
      const page = await openPage(
        `<script type="application/json" data-consent-config>{revision: 1,}</script><script src="/dist/consent-elements.js"></script>`,
      );
      expect(page.errors).to.have.length(1);
      expect(page.errors[0]).to.contain('invalid config');
      expect(page.win.consentElements.getAll()).to.deep.equal({ necessary: true });
    });

    it('no config at all: one error that says where a config goes', async () => {
      const page = await openPage(`<script src="/dist/consent-elements.js"></script>`);
      expect(page.errors).to.have.length(1);
      expect(page.errors[0]).to.contain('window.consentElementsConfig');
      expect(page.win.consentElements.getAll()).to.deep.equal({ necessary: true });
    });

    it('an invalid config names the field', async () => {
      const page = await openPage(scriptTag({ categories: { analytics: { services: [{ name: 'GA', scripts: 'x' }] } } }));
      expect(page.errors).to.have.length(1);
      expect(page.errors[0]).to.contain('categories.analytics.services[0].scripts');
    });
  });

  describe('the store on the page', () => {
    it('is window.consentElements, and consent-ready reaches a listener added before the script', async () => {
      const page = await openPage(
        `<script>window.readyEvents=[];document.addEventListener('consent-ready',e=>readyEvents.push(e.detail))</script>${scriptTag(config)}`,
      );
      expect(page.win.readyEvents).to.have.length(1);
      expect(page.win.readyEvents[0].decided).to.equal(false);
      expect(typeof page.win.consentElements.acceptAll).to.equal('function');
    });

    it('consent-change bubbles to document with the contract’s detail', async () => {
      const page = await openPage(scriptTag(config));
      const seen: CustomEvent[] = [];
      page.doc.addEventListener('consent-change', (e) => seen.push(e as CustomEvent));
      page.win.consentElements.save({ analytics: true });
      expect(seen).to.have.length(1);
      expect(Object.keys(seen[0].detail).sort()).to.deep.equal(
        ['categories', 'changed', 'consentId', 'reason', 'revision', 'services', 'timestamp'],
      );
      expect(seen[0].detail.reason).to.equal('save');
    });

    it('writes a first-party cookie that lives exactly 13 calendar months, SameSite=Lax, path /', async () => {
      const page = await openPage(scriptTag(config));
      page.win.consentElements.acceptAll();
      const cookie = await (
        page.win as unknown as { cookieStore: { get(name: string): Promise<Record<string, unknown>> } }
      ).cookieStore.get('consent_elements');
      const decided = new Date(page.win.consentElements.timestamp);
      const expected = new Date(decided);
      expected.setMonth(expected.getMonth() + 13);
      if (expected.getDate() != decided.getDate()) expected.setDate(0);
      expect(Math.abs((cookie.expires as number) - expected.getTime())).to.be.below(2000);
      expect(cookie.sameSite).to.equal('lax');
      expect(cookie.path).to.equal('/');
      expect(String(cookie.value)).to.match(/^1\|[0-9a-f-]{36}\|/);
    });

    it('restores the decision after a reload', async () => {
      let page = await openPage(scriptTag(config));
      page.win.consentElements.save({ marketing: true });
      const id = page.win.consentElements.consentId;
      page = await reloadPage(page);
      expect(page.win.consentElements.decided).to.equal(true);
      expect(page.win.consentElements.consentId).to.equal(id);
      expect(page.win.consentElements.getAll()).to.deep.equal({
        necessary: true,
        analytics: false,
        marketing: true,
        functional: false,
      });
    });

    it('re-asks after a reload when the revision went up', async () => {
      const page = await openPage(scriptTag(config));
      page.win.consentElements.acceptAll();
      const next = await openPage(
        `<script>window.changes=[];document.addEventListener('consent-change',e=>changes.push(e.detail.reason))</script>${scriptTag({ ...config, revision: 2 })}`,
      );
      expect(next.win.consentElements.decided).to.equal(false);
      expect(next.win.changes).to.deep.equal(['revision']);
    });

    it('a corrupted cookie counts as no decision and is overwritten by the next one', async () => {
      document.cookie = 'consent_elements=1|garbage|%%%|1|analytics=1; path=/';
      const page = await openPage(scriptTag(config));
      expect(page.win.consentElements.decided).to.equal(false);
      expect(page.win.consentElements.get('analytics')).to.equal(false);
      page.win.consentElements.rejectAll();
      expect(page.doc.cookie).to.match(/consent_elements=1\|[0-9a-f-]{36}\|/);
    });

    it('with cookies blocked, the decision lives for the page and nothing throws', async () => {
      const page = await openPage(
        `<script>Object.defineProperty(document,'cookie',{get(){throw new DOMException('blocked','SecurityError')},set(){throw new DOMException('blocked','SecurityError')}})</script>${scriptTag(config)}`,
      );
      const store = page.win.consentElements;
      store.save({ analytics: true });
      expect(store.get('analytics')).to.equal(true);
      expect(store.persisted).to.equal(false);
      expect(page.errors).to.deep.equal([]);
    });

    it('on a first visit, the banner table is requested beside the UI chunk, not once it has arrived', async () => {
      // The UI chunk is held until the French banner table is asked for: the table must not wait for it.
      const page = await openPage(`<script>window.consentElementsConfig={revision:1,categories:{analytics:{}}}</script><script src="/__slow-ui/consent-elements.js"></script>`);
      await until(() => page.doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="base"]'));
      const timing = (file: string) =>
        page.win.performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(file)) as PerformanceResourceTiming;
      expect(timing('/consent-elements-banner-fr.js').startTime).to.be.below(timing('/consent-elements-ui.js').responseStart);
    });

    it('a returning visitor downloads no UI at all: only, after load, the name of the reopen control in their language', async () => {
      const first = await openPage(scriptTag(config));
      first.win.consentElements.acceptAll();
      const page = await openPage(scriptTag(config));
      await until(() => page.doc.querySelector('.consent-reopen'));
      const files = page.win.performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop());
      expect(files).to.deep.equal(['consent-elements.js', 'consent-elements-page-fr.js']);
      expect(page.doc.querySelector('.consent-reopen')!.getAttribute('title')).to.equal('Gérer mes cookies');
    });

    it('on a page with a blocked embed, a returning visitor also downloads the tags chunk and the placeholder texts of their language only', async () => {
      const first = await openPage(scriptTag(config));
      first.win.consentElements.rejectAll();
      const page = await openPage(
        `${scriptTag(config)}<iframe data-consent-category="marketing" data-src="/test/fixtures/missing.html" title="Vidéo"></iframe>`,
      );
      await until(() => page.doc.querySelector('.consent-reopen') && page.doc.querySelector('.consent-placeholder'));
      const files = page.win.performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()).sort();
      expect(files).to.deep.equal(['consent-elements-page-fr.js', 'consent-elements-placeholder-fr.js', 'consent-elements-tags.js', 'consent-elements.js']);
      const box = page.doc.querySelector('.consent-placeholder')!.shadowRoot!;
      expect(box.querySelector('strong')!.textContent).to.equal('Vidéo est bloqué : il faut votre accord pour « Publicité ».');
    });

    it('a <privacy-policy> or <consent-preferences> a single-page app renders after load gets defined', async () => {
      const page = await openPage(scriptTag(config, 'data-no-banner'));
      // A client-side route: the new view arrives after the page has loaded.
      page.doc.body.insertAdjacentHTML('beforeend', '<main><h1>Politique</h1><privacy-policy></privacy-policy></main>');
      await until(() => page.doc.querySelector('privacy-policy section'), 4000);
      page.doc.querySelector('main')!.append(page.doc.createElement('consent-preferences'));
      await until(() => page.win.customElements.get('consent-preferences'), 4000);
    });

    it('included twice, it keeps one store', async () => {
      const page = await openPage(`${scriptTag(config)}<script>window.first=consentElements</script><script src="/dist/consent-elements.js"></script>`);
      expect(page.win.consentElements).to.equal(page.win.first);
      const defaults = (page.win.dataLayer as ArrayLike<unknown>[]).filter((e) => e[0] == 'consent' && e[1] == 'default');
      expect(defaults).to.have.length(1);
    });
  });

  describe('tabs', () => {
    it('a decision in one tab applies in the other with reason sync', async () => {
      const first = await openPage(scriptTag(config));
      const second = await openPage(
        `<script>window.changes=[];document.addEventListener('consent-change',e=>changes.push(e.detail))</script>${scriptTag(config)}`,
      );
      await cookieChangesReported(second.win);
      first.win.consentElements.save({ analytics: true });
      await until(() => second.win.changes.length);
      expect(second.win.changes[0].reason).to.equal('sync');
      expect(second.win.changes[0].changed).to.deep.equal(['analytics']);
      expect(second.win.consentElements.get('analytics')).to.equal(true);
    });

    it('a reset in one tab applies in the other', async () => {
      const first = await openPage(scriptTag(config));
      first.win.consentElements.acceptAll();
      const second = await openPage(scriptTag(config));
      expect(second.win.consentElements.decided).to.equal(true);
      await cookieChangesReported(second.win);
      first.win.consentElements.reset();
      await until(() => !second.win.consentElements.decided);
      expect(second.win.consentElements.get('analytics')).to.equal(false);
    });
  });
});

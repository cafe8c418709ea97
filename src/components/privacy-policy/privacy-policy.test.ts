import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../demo/agency-config.js';
import { makeStore, sampleConfig } from '../../../test/helpers/store.js';
import '../../../test/helpers/lit-warnings.js';
import { consentStoreContext } from '../../context/store-context.js';
import type { ConsentStore } from '../../core/consent-store.js';
import type { ConsentConfig } from '../../core/types.js';
import { defineOnce } from '../../internal/mount.js';
import type { PrivacyPolicyContent } from './policy-schema.js';
import { safeUrl } from '../../internal/safe-url.js';
import { PrivacyPolicy } from './privacy-policy.js';
import { until } from '../../../test/helpers/wait.js';
import { expandServices } from '../../catalogue/expand.js';
import { formatLifetime } from '../../catalogue/format.js';
import { normalizeConfig } from '../../core/config.js';

defineOnce('privacy-policy', PrivacyPolicy);

/** The demo site's config (demo/agency-config.js), a complete policy like the reference one. */
const agency = () =>
  structuredClone((window as unknown as { consentElementsConfig: ConsentConfig }).consentElementsConfig);

const withPolicy = (privacyPolicy: PrivacyPolicyContent | Record<string, unknown>, overrides: Partial<ConsentConfig> = {}) =>
  sampleConfig({ privacyPolicy: privacyPolicy as Record<string, unknown>, ...overrides });

const controller = { name: 'ACME SAS', email: 'privacy@acme.example' };

async function show(config: unknown, attributes: { lang?: string; level?: number; id?: string } = {}, store?: ConsentStore) {
  store ??= makeStore({ config }).store;
  const el = await fixture<PrivacyPolicy>(
    html`<privacy-policy
      .store=${store}
      lang=${attributes.lang ?? 'en'}
      heading-level=${attributes.level ?? 2}
      id=${attributes.id ?? 'privacy-policy'}
    ></privacy-policy>`,
  );
  return { el, store };
}

const sectionIds = (el: Element) => [...el.querySelectorAll('section')].map((section) => section.querySelector('h1,h2,h3,h4,h5,h6')!.id);
const section = (el: Element, key: string) => el.querySelector(`#${el.id}-${key}`)?.closest('section') ?? null;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (table: HTMLTableElement) =>
  [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => text(cell)));
const subHeadings = (node: Element | null) => [...(node?.querySelectorAll('h3') ?? [])].map((h) => text(h));
const tableByCaption = (el: Element, caption: string) =>
  [...el.querySelectorAll('table')].find((table) => text(table.caption) == caption) as HTMLTableElement;

const ALL = ['summary', 'controller', 'data', 'retention', 'recipients', 'transfers', 'cookies', 'advertising', 'analytics', 'automated', 'rights', 'security', 'changes'];

describe('<privacy-policy>', () => {
  describe('sections', () => {
    it('renders every section of a complete policy, in order, each listed in the table of contents', async () => {
      const { el } = await show(agency(), { lang: 'fr' });
      expect(sectionIds(el)).to.deep.equal(ALL.map((key) => `privacy-policy-${key}`));
      const toc = [...el.querySelectorAll('nav a')] as HTMLAnchorElement[];
      expect(toc.map((a) => a.getAttribute('href'))).to.deep.equal(ALL.map((key) => `#privacy-policy-${key}`));
      expect(toc.map((a) => text(a))).to.include.members(['Vos droits', 'Cookies et traceurs']);
      // Each anchor really lands on a heading of the page.
      for (const a of toc) expect(document.querySelector(a.getAttribute('href')!)?.tagName).to.equal('H2');
    });

    it('leaves out every optional section that is not configured', async () => {
      const { el } = await show(withPolicy({ controller }));
      expect(sectionIds(el)).to.deep.equal(['privacy-policy-controller', 'privacy-policy-recipients', 'privacy-policy-cookies', 'privacy-policy-automated', 'privacy-policy-rights']);
      expect(el.textContent).not.to.match(/Version|Last updated|Sub-processors|Transfers|Data breaches|Legal basis/);
      expect([...el.querySelectorAll('caption')].map((c) => text(c))).to.deep.equal([
        // Google, the provider of a configured service, is among the recipients without being typed there.
        'Providers of the services in the cookie tables, what they do and where',
        'Cookies: Nécessaires',
        'Cookies: Analytics',
      ]);
    });

    it('without any policy content, shows only the cookie tables and the visitor choices, no contents list', async () => {
      const { el } = await show(sampleConfig());
      expect(sectionIds(el)).to.deep.equal(['privacy-policy-cookies']);
      expect(el.querySelector('nav')).to.equal(null);
      expect(el.querySelector('button')).to.exist;
    });

    it('shows the intro, the version and its date from the history', async () => {
      const { el } = await show(agency(), { lang: 'en' });
      const lead = [...el.querySelectorAll(':scope > div > p')].map((p) => text(p));
      expect(lead[0]).to.match(/^This page explains which personal data Studio Brume/);
      expect(lead[1]).to.equal('Version 2.1 · Last updated: March 2, 2026');
      expect(el.querySelector(':scope > div > p time')!.getAttribute('datetime')).to.equal('2026-03-02');
    });

    it('renders the controller with its contact links, and the DPO only when there is one', async () => {
      const full = { ...controller, registration: 'RCS Lyon 1', representative: 'Jo Smith', address: '1 rue X, Lyon', phone: '+33 4 00 00 00 01', url: 'https://acme.example' };
      const { el } = await show(withPolicy({ controller: full }));
      const part = section(el, 'controller')!;
      expect(text(part.querySelector('strong'))).to.equal('ACME SAS');
      expect([...part.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)])).to.deep.equal([
        ['Represented by', 'Jo Smith'],
        ['Registration', 'RCS Lyon 1'],
        ['Address', '1 rue X, Lyon'],
        ['Email', 'privacy@acme.example'],
        ['Phone', '+33 4 00 00 00 01'],
        ['Website', 'https://acme.example'],
      ]);
      const hrefs = [...part.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['mailto:privacy@acme.example', 'tel:+33400000001', 'https://acme.example']);
      expect(subHeadings(part)).to.deep.equal([]);

      const { el: withDpo } = await show(withPolicy({ controller, dpo: { name: 'Ann DPO', email: 'dpo@acme.example' } }));
      const dpo = section(withDpo, 'controller')!;
      expect(subHeadings(dpo)).to.deep.equal(['Data protection officer']);
      expect(text(dpo)).to.include('Ann DPO');
    });

    it('renders the data table with captions, header scopes and translated legal bases', async () => {
      const purposes = [
        { source: 'Contact form', data: 'Name, email', purpose: 'Answer you', legalBasis: 'legitimate-interest', legitimateInterest: 'Answering who writes' },
        { source: 'Analytics', data: { fr: 'Identifiant', en: 'Client id' }, purpose: 'Audience', legalBasis: 'consent' },
        { source: 'Logs', data: 'IP', purpose: 'Security', legalBasis: { fr: 'Notre choix', en: 'Our own words' } },
      ];
      const { el } = await show(withPolicy({ controller, purposes }));
      const table = section(el, 'data')!.querySelector('table')!;
      expect(text(table.caption)).to.equal('Data collected, purposes and legal bases');
      expect([...table.tHead!.querySelectorAll('th')].map((th) => [th.scope, text(th)])).to.deep.equal([
        ['col', 'Source'], ['col', 'Data'], ['col', 'Purpose'], ['col', 'Legal basis'], ['col', 'Legitimate interest pursued'],
      ]);
      expect(rows(table)).to.deep.equal([
        ['Contact form', 'Name, email', 'Answer you', 'Our legitimate interest', 'Answering who writes'],
        ['Analytics', 'Client id', 'Audience', 'Your consent', ''],
        ['Logs', 'IP', 'Security', 'Our own words', ''],
      ]);
      expect([...table.tBodies[0].querySelectorAll('th')].every((th) => th.scope == 'row')).to.be.true;
      expect(subHeadings(section(el, 'data'))).to.deep.equal([]);

      const { el: fr } = await show(withPolicy({ controller, purposes }), { lang: 'fr' });
      expect(rows(fr.querySelector('table')!).map((row) => row[3])).to.deep.equal(['Notre intérêt légitime', 'Votre consentement', 'Notre choix']);
    });

    it('states which fields are required and that no sensitive data is collected, standard or custom', async () => {
      const { el } = await show(withPolicy({ controller, mandatory: true, sensitiveData: false }));
      const data = section(el, 'data')!;
      expect(subHeadings(data)).to.deep.equal(['Required and optional fields', 'Sensitive data']);
      expect(text(data)).to.include('marked with an asterisk (*) are required').and.include('article 9 of the GDPR');

      const { el: custom } = await show(withPolicy({ controller, mandatory: 'Only your email is required.', sensitiveData: 'We keep allergy data for events.' }));
      expect(text(section(custom, 'data'))).to.include('Only your email is required.').and.include('We keep allergy data for events.');
      expect(text(section(custom, 'data'))).not.to.include('asterisk');
    });

    it('lists retention periods with their justification', async () => {
      const retention = [
        { data: 'Prospects', duration: '3 years', justification: 'After last contact' },
        { data: 'Invoices', duration: { fr: '10 ans', en: '10 years' } },
      ];
      const { el } = await show(withPolicy({ controller, retention }));
      const part = section(el, 'retention')!;
      expect(rows(part.querySelector('table')!)).to.deep.equal([
        ['Prospects', '3 years', 'After last contact'],
        ['Invoices', '10 years', ''],
      ]);
      expect(text(part)).to.include('deleted or irreversibly anonymised');
    });

    it('lists internal recipients, sub-processors with location and safeguard, authorities and no sale', async () => {
      const { el } = await show(agency(), { lang: 'en' });
      const part = section(el, 'recipients')!;
      expect(subHeadings(part)).to.deep.equal(['Within our organisation', 'Sub-processors', 'Authorities']);
      const table = tableByCaption(el, 'Sub-processors, their role and location');
      const config = agency().privacyPolicy as { recipients: { processors: unknown[] } };
      expect(rows(table)).to.have.length(config.recipients.processors.length);
      expect(rows(table)[0]).to.deep.equal(['Vercel Inc.', 'Site hosting', 'United States (SCCs)']);
      expect(table.querySelector('a')!.getAttribute('href')).to.equal('https://vercel.com/legal/privacy-policy');
      expect(text(part)).to.include('We never sell your personal data.');

      const { el: short } = await show(withPolicy({ controller, recipients: [{ name: 'Host Co', purpose: 'Hosting', location: 'France' }] }));
      expect(rows(section(short, 'recipients')!.querySelector('table')!)).to.deep.equal([['Host Co', 'Hosting', 'France']]);
      expect(text(section(short, 'recipients'))).not.to.include('never sell');
    });

    it('describes transfers outside the EU: a plain text, or safeguards with measures and how to get a copy', async () => {
      const { el: plain } = await show(withPolicy({ controller, transfers: 'Everything stays in the EU.' }));
      expect([...section(plain, 'transfers')!.children].map((child) => [child.tagName, text(child)])).to.deep.equal([
        ['H2', 'Transfers outside the European Union'],
        ['P', 'Everything stays in the EU.'],
      ]);

      const { el } = await show(agency(), { lang: 'en' });
      const part = section(el, 'transfers')!;
      expect(subHeadings(part)).to.deep.equal(['Safeguards', 'Additional measures']);
      expect(part.querySelector('a[href="https://www.dataprivacyframework.gov/list"]')).to.exist;
      expect(text(part)).to.include('Encryption in transit (TLS 1.3)');
      const copy = [...part.querySelectorAll('p')].at(-1)!;
      expect(copy.querySelector('a')!.getAttribute('href')).to.equal('mailto:vie-privee@studio-brume.example');
    });

    it('explains advertising and remarketing with opt-out links, and analytics with its settings', async () => {
      const { el } = await show(agency(), { lang: 'en' });
      const ads = section(el, 'advertising')!;
      expect(text(ads.querySelector('.policy-notice'))).to.match(/^If you accept it, this site uses remarketing/);
      expect(subHeadings(ads)).to.deep.equal(['Advertising partners', 'What advertising cookies are used for', 'How to turn off personalised ads']);
      expect([...ads.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['Google ad settings', 'https://adssettings.google.com'],
        ['Network Advertising Initiative', 'https://optout.networkadvertising.org'],
        ['Your Online Choices (EDAA)', 'https://www.youronlinechoices.com'],
      ]);
      const analytics = section(el, 'analytics')!;
      expect(subHeadings(analytics)).to.deep.equal(['Protective settings', 'How to opt out']);
      expect(analytics.querySelector('a')!.getAttribute('href')).to.equal('https://tools.google.com/dlpage/gaoptout');
    });

    it('lists the six main rights by default, how to exercise them, withdrawal and the generic complaint route', async () => {
      const { el } = await show(withPolicy({ controller }));
      const part = section(el, 'rights')!;
      expect([...part.querySelectorAll('dl:first-of-type dt')].map((dt) => text(dt))).to.deep.equal([
        'Right of access', 'Right to rectification', 'Right to erasure', 'Right to restriction', 'Right to object', 'Right to data portability',
      ]);
      expect(subHeadings(part)).to.deep.equal(['How to exercise your rights', 'Withdrawing your consent', 'Lodging a complaint']);
      expect(part.querySelector('a[href="mailto:privacy@acme.example"]')).to.exist;
      expect(text(part)).to.include('supervisory authority of the EU country where you live').and.not.include('proof of identity');
      const withdrawal = part.querySelector<HTMLAnchorElement>('a[href="#privacy-policy-status"]')!;
      expect(document.getElementById('privacy-policy-status')).to.exist;
      expect(text(withdrawal)).to.equal('your cookie choices');
    });

    it('lists the configured rights, sends requests to the DPO, asks for identity proof and names the authority', async () => {
      const policy = {
        controller,
        dpo: { name: 'Ann DPO', email: 'dpo@acme.example' },
        rights: { list: ['access', 'post-mortem', { title: 'Right to a coffee', description: 'Ask us.' }], identityProof: true },
        authority: { name: 'the CNIL', url: 'https://www.cnil.fr/fr/plaintes', address: '3 place de Fontenoy, Paris' },
      };
      const { el } = await show(withPolicy(policy));
      const part = section(el, 'rights')!;
      expect([...part.querySelectorAll('dl:first-of-type dt')].map((dt) => text(dt))).to.deep.equal([
        'Right of access', 'Instructions after death', 'Right to a coffee',
      ]);
      expect(part.querySelector('a[href="mailto:dpo@acme.example"]')).to.exist;
      expect(part.querySelector('a[href="mailto:privacy@acme.example"]')).to.equal(null);
      expect(text(part)).to.include('proof of identity').and.include('lodge a complaint with the CNIL').and.include('3 place de Fontenoy');
      expect(part.querySelector('a[href="https://www.cnil.fr/fr/plaintes"]')).to.exist;
    });

    it('describes security measures and breach notification, each on its own', async () => {
      const { el } = await show(withPolicy({ controller, security: { technical: ['TLS 1.3'], organisational: ['Need to know'] }, breach: true }));
      const part = section(el, 'security')!;
      expect(subHeadings(part)).to.deep.equal(['Technical measures', 'Organisational measures', 'Data breaches']);
      expect(text(part)).to.include('within 72 hours');

      const { el: onlyBreach } = await show(withPolicy({ controller, breach: 'We will call you.' }));
      expect(subHeadings(section(onlyBreach, 'security'))).to.deep.equal(['Data breaches']);
      expect(text(section(onlyBreach, 'security'))).to.include('We will call you.').and.not.include('72 hours');
    });

    it('renders the changes and the dated version history', async () => {
      const { el } = await show(agency(), { lang: 'fr' });
      const part = section(el, 'changes')!;
      expect(text(part.querySelector('p'))).to.match(/le bandeau cookies vous redemande votre choix/);
      expect([...part.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
        'Version 2.1 (2 mars 2026) — Ajout du chat et de la prise de rendez-vous',
        'Version 2.0 (14 novembre 2025) — Refonte, Google Consent Mode v2, reciblage',
        'Version 1.0 (1 février 2024) — Première version',
      ]);
    });
  });

  describe('GDPR art. 13 items', () => {
    it('states that no decision is automated, and the profiling remarketing is, with its logic and consequences', async () => {
      const { el } = await show(agency(), { lang: 'en' });
      const part = section(el, 'automated')!;
      expect(text(el.querySelector('#privacy-policy-automated'))).to.equal('Automated decisions and profiling');
      expect(text(part)).to.include('We take no decision about you based solely on automated processing');
      expect(subHeadings(part)).to.deep.equal(['Profiling', 'How it works', 'What it means for you']);
      expect(text(part)).to.include('help build a profile of your interests').and.include('link the pages you view here to an advertising identifier');

      const { el: fr } = await show(agency(), { lang: 'fr' });
      expect(text(section(fr, 'automated'))).to.include('aucune décision fondée exclusivement sur un traitement automatisé').and.include('Profilage');

      // Not configured: the statement, and the standard profiling text only when the site advertises.
      const { el: plain } = await show(withPolicy({ controller }));
      expect(subHeadings(section(plain, 'automated'))).to.deep.equal([]);
      const ads = sampleConfig().categories!;
      ads.marketing = { services: [{ name: 'Ads', provider: 'Ads Co' }] };
      const { el: advertising } = await show(withPolicy({ controller }, { categories: ads }));
      expect(subHeadings(section(advertising, 'automated'))).to.deep.equal(['Profiling']);
      const { el: none } = await show(withPolicy({ controller, automated: false }, { categories: ads }));
      expect(subHeadings(section(none, 'automated'))).to.deep.equal([]);
      const { el: own } = await show(withPolicy({ controller, automated: { decisions: 'We score loan requests.', profiling: 'We profile buyers.' } }));
      expect(text(section(own, 'automated'))).to.include('We score loan requests.').and.include('We profile buyers.').and.not.include('We take no decision');
    });

    it('says so when no data protection officer was appointed, and sends requests to the controller', async () => {
      const { el } = await show(withPolicy({ controller, dpo: false }));
      expect(text(section(el, 'controller'))).to.include('We have not appointed a data protection officer.');
      expect(text(section(el, 'rights'))).to.include('privacy@acme.example');
      const { el: fr } = await show(agency(), { lang: 'fr' });
      expect(text(section(fr, 'controller'))).to.include("Nous n'avons pas désigné de délégué à la protection des données.");
      const { el: unsaid } = await show(withPolicy({ controller }));
      expect(text(section(unsaid, 'controller'))).not.to.include('data protection officer');
    });

    it('says what the legitimate interest is wherever that basis is used, and warns when it is missing', async () => {
      const { el } = await show(agency(), { lang: 'en' });
      const table = tableByCaption(el, 'Data collected, purposes and legal bases');
      expect(text(table.tHead!.rows[0].cells[4])).to.equal('Legitimate interest pursued');
      const interests = rows(table).filter((row) => row[3] == 'Our legitimate interest').map((row) => row[4]);
      expect(interests).to.deep.equal(['Answering the people who write to us', 'Advising the visitors who ask us', 'Protecting the site and its visitors against attacks']);

      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        await show(withPolicy({ controller, purposes: [{ source: 'Logs', data: 'IP', purpose: 'Security', legalBasis: 'legitimate-interest' }] }));
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('privacyPolicy.purposes[0].legitimateInterest');
    });

    it('declares the proof-of-consent processing itself when proofOfConsent is set: purpose, legal basis, retention', async () => {
      const { el } = await show(withPolicy({ controller }, { proofOfConsent: { endpoint: '/consent-log' } }));
      const purposes = rows(section(el, 'data')!.querySelector('table')!);
      expect(purposes).to.deep.equal([
        [
          'Your cookie choices',
          'Consent identifier, date and time of the choice, the choices made, the version of the policy and of the texts shown, the page address, browser family and major version, device type',
          'Keeping proof of your cookie choices',
          'A legal obligation: being able to demonstrate that consent was given (GDPR, article 7(1))',
        ],
      ]);
      expect(rows(section(el, 'retention')!.querySelector('table')!)).to.deep.equal([
        ['Keeping proof of your cookie choices', '5 years after your choice', 'The limitation period for legal claims'],
      ]);
      // After the site owner's own rows, in French, with the retention the config gives.
      const { el: fr } = await show(agency(), { lang: 'fr' });
      const last = (key: string) => rows(section(fr, key)!.querySelector('table')!).at(-1)!;
      expect(last('data')[2]).to.equal('Conserver la preuve de vos choix en matière de cookies');
      expect(last('retention')[1]).to.equal('5 ans après votre choix');
      const custom = agency();
      custom.proofOfConsent = { endpoint: '/log', retention: { fr: '6 ans', en: '6 years' } };
      const { el: six } = await show(custom, { lang: 'en' });
      expect(rows(section(six, 'retention')!.querySelector('table')!).at(-1)![1]).to.equal('6 years after your choice');
      // Without an endpoint the library records nothing, and says nothing.
      const { el: off } = await show(withPolicy({ controller }));
      expect(section(off, 'data')).to.equal(null);
      expect(section(off, 'retention')).to.equal(null);
    });

    it('lists every service provider among the recipients, once, with its policy and data location', async () => {
      const { el } = await show(agency(), { lang: 'en' });
      // The services named from the catalogue are expanded on demand: the table follows.
      const table = await until(() => tableByCaption(el, 'Providers of the services in the cookie tables, what they do and where'), 'the providers table');
      expect(table.closest('section')).to.equal(section(el, 'recipients'));
      expect(rows(table)).to.deep.equal([
        [
          'Google Ireland LimitedPrivacy policy of Google Ireland Limited',
          'Measures the site’s audience and how it is used; Measures the results of the site’s ads and shows ads to past visitors',
          'United States and European Union',
        ],
        [
          'LinkedIn Ireland Unlimited CompanyPrivacy policy of LinkedIn Ireland Unlimited Company',
          'Measures conversions from ads on the social network and builds audiences for advertising',
          'United States and European Union',
        ],
      ]);
      expect(table.querySelector('a')!.getAttribute('href')).to.equal('https://policies.google.com/privacy');
      // Every provider in the cookie tables is somewhere in "who receives your data" (the controller aside).
      const recipients = text(section(el, 'recipients'));
      for (const provider of ['Google Ireland Limited', 'LinkedIn Ireland Unlimited Company', 'Crisp IM SAS', 'Cal.com, Inc.'])
        expect(recipients).to.include(provider);
      expect(recipients).not.to.include('Studio Brume SAS');
    });
  });

  describe('structure', () => {
    it('uses the configured heading level for sections and the next one for sub-sections', async () => {
      const { el } = await show(agency(), { level: 3 });
      expect(el.querySelectorAll('h2').length).to.equal(0);
      expect(el.querySelectorAll('section > h3').length).to.equal(ALL.length);
      expect(section(el, 'rights')!.querySelectorAll('h4').length).to.equal(3);

      const { el: deep } = await show(agency(), { level: 6 });
      expect(deep.querySelectorAll('h1,h2,h3,h4,h5').length).to.equal(0);
    });

    it("prefixes every id with the element's id, so two policies on a page never clash", async () => {
      const store = makeStore({ config: agency() }).store;
      const wrapper = await fixture(html`<div>
        <privacy-policy id="one" .store=${store}></privacy-policy>
        <privacy-policy id="two" .store=${store}></privacy-policy>
      </div>`);
      await Promise.all([...wrapper.querySelectorAll('privacy-policy')].map((el) => (el as PrivacyPolicy).updateComplete));
      const ids = [...wrapper.querySelectorAll('[id]')].map((node) => node.id);
      expect(ids.length).to.be.greaterThan(20);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(wrapper.querySelector('#two nav a')!.getAttribute('href')).to.equal('#two-summary');
      // The page gets the element's rules once, not once per element, and no <style> element
      // (which a strict CSP without 'unsafe-inline' would block).
      const sheets = document.adoptedStyleSheets.filter((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('privacy-policy')),
      );
      expect(sheets.length).to.equal(1);
      expect(document.querySelectorAll('style').length).to.equal(0);
    });

    it('styles itself with one <style> element where constructed stylesheets are missing (Safari < 16.4)', async () => {
      const prototype = Document.prototype as { adoptedStyleSheets?: unknown };
      const descriptor = Object.getOwnPropertyDescriptor(prototype, 'adoptedStyleSheets')!;
      const Constructable = window.CSSStyleSheet;
      // As there: no adoptedStyleSheets, and a stylesheet constructor that throws.
      delete prototype.adoptedStyleSheets;
      window.CSSStyleSheet = function () {
        throw new TypeError('Illegal constructor');
      } as unknown as typeof CSSStyleSheet;
      let els: PrivacyPolicy[];
      try {
        const wrapper = await fixture(html`<div>
          <privacy-policy id="one" .store=${makeStore({ config: agency() }).store} lang="en"></privacy-policy>
          <privacy-policy id="two" .store=${makeStore({ config: agency() }).store} lang="en"></privacy-policy>
        </div>`);
        els = [...wrapper.querySelectorAll('privacy-policy')] as PrivacyPolicy[];
      } finally {
        Object.defineProperty(prototype, 'adoptedStyleSheets', descriptor);
        window.CSSStyleSheet = Constructable;
      }
      try {
        await Promise.all(els.map((el) => el.updateComplete));
        expect(getComputedStyle(els[0].querySelector('table')!).borderCollapse).to.equal('collapse');
        expect(document.head.querySelectorAll('style[data-privacy-policy]')).to.have.length(1);
      } finally {
        document.head.querySelectorAll('style[data-privacy-policy]').forEach((style) => style.remove());
      }
    });

    it('hides the contents and the button on paper, and prints link targets', async () => {
      const { el } = await show(agency());
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(el.querySelector('nav')!).display).to.equal('none');
        expect(getComputedStyle(el.querySelector('button')!).display).to.equal('none');
        const link = section(el, 'advertising')!.querySelector('a')!;
        expect(getComputedStyle(link, '::after').content).to.include('https://adssettings.google.com');
        // A link that already reads as its URL is not printed twice.
        const website = section(el, 'controller')!.querySelector('a[href^="https"]')!;
        expect(getComputedStyle(website, '::after').content).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle(el.querySelector('nav')!).display).to.equal('block');
    });

    it('lets the page style win over its own rules (light DOM, page typography)', async () => {
      const style = document.createElement('style');
      style.textContent = '.page-typography h2 { font-family: monospace; } .page-typography th { border: 0 }';
      document.head.append(style);
      try {
        const el = await fixture<PrivacyPolicy>(
          html`<div class="page-typography"><privacy-policy .store=${makeStore({ config: agency() }).store}></privacy-policy></div>`,
        );
        await (el.firstElementChild as PrivacyPolicy).updateComplete;
        expect(el.querySelector('privacy-policy')!.shadowRoot).to.equal(null);
        expect(getComputedStyle(el.querySelector('h2')!).fontFamily).to.equal('monospace');
        expect(getComputedStyle(el.querySelector('th')!).borderTopStyle).to.equal('none');
      } finally {
        style.remove();
      }
    });

    it('finds the store through context when it is not given, and an explicit store wins', async () => {
      const provided = makeStore({ config: withPolicy({ controller: { name: 'From context' } }) }).store;
      const explicit = makeStore({ config: withPolicy({ controller: { name: 'Explicit' } }) }).store;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(wrapper, { context: consentStoreContext, initialValue: provided });
      const viaContext = document.createElement('privacy-policy');
      const withStore = Object.assign(document.createElement('privacy-policy'), { store: explicit, id: 'explicit' });
      wrapper.append(viaContext, withStore);
      await viaContext.updateComplete;
      await withStore.updateComplete;
      expect(text(viaContext.querySelector('#privacy-policy-controller + p strong'))).to.equal('From context');
      expect(text(withStore.querySelector('#explicit-controller + p strong'))).to.equal('Explicit');
    });
  });

  describe('cookie table', () => {
    it('equals the categories and services of the config, with our own consent cookie first', async () => {
      const config = agency();
      const { el } = await show(config, { lang: 'en' });
      // The catalogue presets, as the policy shows them once their entries are here.
      const services = await expandServices(normalizeConfig(config).config, 'en');
      await until(() => el.textContent!.includes('Google Analytics'), 'the catalogue entries');
      for (const [name, category] of Object.entries(config.categories!)) {
        const label = (category.label as Record<string, string>).en;
        const table = tableByCaption(el, `Cookies: ${label}`);
        expect(table, name).to.exist;
        expect([...table.tHead!.querySelectorAll('th')].map((th) => text(th))).to.deep.equal(['Cookie', 'Service', 'Provider', 'Purpose', 'Lifetime']);
        const expected = services[name].flatMap((service) =>
          [
            ...(service.cookies ?? []).map((cookie) => [cookie.name, cookie.purpose, cookie.lifetime]),
            ...(service.localStorage ?? []).map((key) => [`${key} (local storage)`]),
          ].map(([cookie, purpose, lifetime]) => {
            const en = (value: unknown) => (typeof value == 'string' ? value : (value as Record<string, string> | undefined)?.en ?? '');
            return [cookie as string, service.name, en(service.provider), en(purpose ?? service.purpose), formatLifetime(lifetime as string, 'en', 'session')];
          }),
        );
        if (name == 'necessary')
          expected.unshift(['brume_consent', 'This site', 'Studio Brume SAS', 'Remembers your cookie choices.', '13 months']);
        expect(rows(table), name).to.deep.equal(expected);
      }
      expect(rows(tableByCaption(el, 'Cookies: Functional')).map((row) => row[0])).to.include('crisp-client/*').and.include('cal-* (local storage)');
      const provider = tableByCaption(el, 'Cookies: Audience measurement').querySelector('a')!;
      expect([text(provider), provider.getAttribute('href')]).to.deep.equal(['Google Ireland Limited', 'https://policies.google.com/privacy']);
    });

    it('does not list the consent cookie twice when the site owner declares it, and skips empty categories', async () => {
      const config = sampleConfig();
      config.categories!.necessary.services = [
        { name: 'Consent', cookies: [{ name: 'consent_elements', lifetime: '13 months' }] },
        { name: 'Status page', purpose: 'Uptime' },
      ];
      const { el } = await show(config);
      const table = tableByCaption(el, 'Cookies: Nécessaires');
      expect(rows(table)).to.deep.equal([
        ['consent_elements', 'Consent', '', '', '13 months'],
        ['none', 'Status page', '', 'Uptime', ''],
      ]);
      // "marketing" and "functional" declare no service: no empty table.
      expect([...el.querySelectorAll('caption')].filter((c) => text(c).startsWith('Cookies:')).length).to.equal(2);
    });
  });

  describe('consent status', () => {
    it('says nothing was chosen yet, with every optional category refused', async () => {
      const { el } = await show(sampleConfig());
      const status = el.querySelector('[aria-live]')!;
      expect(text(status.querySelector('p'))).to.equal('You have not made any choice yet: every optional cookie is refused.');
      expect([...status.querySelectorAll('dd')].map((dd) => text(dd))).to.deep.equal(['always active', 'refused', 'refused', 'refused']);
      expect(status.querySelector('code')).to.equal(null);
      expect(text(el.querySelector('button'))).to.equal('Choose my cookies');
    });

    it('shows the choices, the consent id, the decision date and the expiry 13 months later', async () => {
      const { store } = makeStore({ config: sampleConfig() });
      store.save({ analytics: true });
      const { el } = await show(undefined, { lang: 'en' }, store);
      const status = el.querySelector('[aria-live]')!;
      const pairs = [...status.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
      expect(pairs).to.deep.equal([
        ['Nécessaires', 'always active'],
        ['Analytics', 'accepted'],
        ['Publicité', 'refused'],
        ['Fonctionnels', 'refused'],
        ['Consent identifier', '00000000-0000-4000-8000-000000000001'],
        ['Chosen on', 'June 15, 2025 at 10:00 AM'],
        ['Valid until', 'July 15, 2026'],
      ]);
      expect(status.querySelector('time')!.getAttribute('datetime')).to.equal(new Date(store.timestamp!).toISOString());
      expect(text(el.querySelector('button'))).to.equal('Change my choices');
    });

    it('opens the preferences when the visitor clicks the button', async () => {
      const { el, store } = await show(sampleConfig());
      let opened = 0;
      store.on('ui', () => opened++);
      el.querySelector('button')!.click();
      expect(store.preferencesOpen).to.be.true;
      expect(opened).to.equal(1);
    });

    it('updates live on every decision, and back to undecided on reset', async () => {
      const { el, store } = await show(sampleConfig());
      const states = () => [...el.querySelectorAll('[aria-live] dd')].slice(0, 4).map((dd) => text(dd));
      store.acceptAll();
      await el.updateComplete;
      expect(states()).to.deep.equal(['always active', 'accepted', 'accepted', 'accepted']);
      expect(text(el.querySelector('[aria-live] code'))).to.equal(store.consentId);
      expect(text(el.querySelector('button'))).to.equal('Change my choices');
      store.rejectAll();
      await el.updateComplete;
      expect(states()).to.deep.equal(['always active', 'refused', 'refused', 'refused']);
      store.reset();
      await el.updateComplete;
      expect(el.querySelector('[aria-live] code')).to.equal(null);
      expect(text(el.querySelector('button'))).to.equal('Choose my cookies');
    });
  });

  describe('language and texts', () => {
    it("follows the element's lang, then the config's language, then the page's", async () => {
      const config = withPolicy({ controller });
      const { el: en } = await show(config, { lang: 'en' });
      expect(text(en.querySelector('#privacy-policy-rights'))).to.equal('Your rights');
      const { el: fr } = await show(config, { lang: 'fr' });
      expect(text(fr.querySelector('#privacy-policy-rights'))).to.equal('Vos droits');
      expect(fr.firstElementChild!.getAttribute('lang')).to.equal('fr');

      const store = makeStore({ config: { ...config, language: 'fr' } }).store;
      const fromConfig = await fixture<PrivacyPolicy>(html`<privacy-policy .store=${store}></privacy-policy>`);
      expect(text(fromConfig.querySelector('#privacy-policy-rights'))).to.equal('Vos droits');

      const page = await fixture(html`<div lang="fr-CA"><privacy-policy .store=${makeStore({ config }).store}></privacy-policy></div>`);
      await (page.firstElementChild as PrivacyPolicy).updateComplete;
      expect(text(page.querySelector('#privacy-policy-rights'))).to.equal('Vos droits');
      expect(text(page.querySelector('button'))).to.equal('Choisir mes cookies');
    });

    it('switches language when the lang attribute changes, config texts included', async () => {
      const { el } = await show(agency(), { lang: 'fr' });
      expect(text(el.querySelector('caption'))).to.equal('Données collectées, finalités et bases légales');
      expect(el.textContent).to.include('Formulaire de contact');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(text(el.querySelector('caption'))).to.equal('Data collected, purposes and legal bases');
      expect(el.textContent).to.include('Contact form').and.not.include('Formulaire de contact');
    });

    it('takes standard texts from config overrides', async () => {
      const config = withPolicy({ controller }, { texts: { fr: { policy: { rights: 'Ce que vous pouvez exiger', change: 'Revoir mes cookies' } } } });
      const { el } = await show(config, { lang: 'fr' });
      expect(text(el.querySelector('#privacy-policy-rights'))).to.equal('Ce que vous pouvez exiger');
      expect(text(el.querySelector('nav a[href="#privacy-policy-rights"]'))).to.equal('Ce que vous pouvez exiger');
      const { el: en } = await show(config, { lang: 'en' });
      expect(text(en.querySelector('#privacy-policy-rights'))).to.equal('Your rights');
    });
  });

  describe('accessibility', () => {
    // axe takes a few seconds on a page this long.
    it('passes axe in French, after a decision', async function () {
      this.timeout(30000);
      const { store } = makeStore({ config: agency() });
      store.save({ analytics: true, functional: true });
      const { el } = await show(undefined, { lang: 'fr' }, store);
      await expect(el).to.be.accessible();
    });

    it('passes axe in English, before any decision', async function () {
      this.timeout(30000);
      const { el } = await show(agency(), { lang: 'en' });
      await expect(el).to.be.accessible();
    });
  });

  describe('hostile config', () => {
    const attack = '<img src=x onerror="window.__policyPwned=1"><script>window.__policyPwned=2</script>';

    it('renders every config string as text, never as HTML', async () => {
      const config = withPolicy(
        {
          intro: attack,
          controller: { name: attack, address: attack },
          purposes: [{ source: attack, data: attack, purpose: attack, legalBasis: attack }],
          history: [{ version: attack, date: attack, changes: attack }],
          advertising: { uses: [attack], optOut: [{ label: attack, url: 'https://ok.example' }] },
        },
        { texts: { en: { policy: { rights: attack } } } },
      );
      config.categories!.analytics.label = attack;
      config.categories!.analytics.services![0].cookies![0].name = attack;
      const { el } = await show(config);
      // Rendered: a hostile text that became markup would be an element now, before any handler fires.
      await el.updateComplete;
      expect(el.querySelectorAll('img, script').length).to.equal(0);
      expect((window as { __policyPwned?: number }).__policyPwned).to.equal(undefined);
      expect(text(el.querySelector('#privacy-policy-rights'))).to.equal(attack);
      expect(text(el.querySelector('#privacy-policy-controller + p strong'))).to.equal(attack);
      expect(el.textContent!.split(attack).length - 1).to.be.greaterThan(10);
    });

    it('links only https, mailto, tel and relative URLs; anything else is plain text', async () => {
      const bad = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'http://plain.example', '//evil.example', '/\\evil.example'];
      const good = ['https://ok.example/a', 'mailto:a@b.example', 'tel:+33100000000', '/relative', 'page.html', '#anchor', '?q=1'];
      const links = [...bad, ...good].map((url, i) => ({ label: `link ${i}`, url }));
      const config = withPolicy({ controller: { name: 'X', url: 'javascript:alert(1)' }, analytics: { optOut: links } });
      config.categories!.analytics.services![0].privacyUrl = 'javascript:alert(2)';
      const { el } = await show(config);
      const anchors = [...section(el, 'analytics')!.querySelectorAll('a')];
      expect(anchors.map((a) => a.getAttribute('href'))).to.deep.equal(good);
      const items = [...section(el, 'analytics')!.querySelectorAll('li')].map((li) => text(li));
      expect(items).to.deep.equal(links.map((link) => link.label));
      expect(section(el, 'controller')!.querySelector('a')).to.equal(null);
      expect(text(section(el, 'controller'))).to.include('javascript:alert(1)');
      expect(el.querySelectorAll('a[href*="script:" i]').length).to.equal(0);
      expect(bad.map(safeUrl)).to.deep.equal(bad.map(() => undefined));
    });

    it('is tolerant per entry: drops only the broken field or entry, with one warning naming each, and renders the rest', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const config = withPolicy({
          controller,
          // The second entry lacks `source` and has a wrong `data`: it still shows its purpose.
          purposes: [{ source: 'Form', data: 'Email', purpose: 'Answer', legalBasis: 'consent' }, { data: 42, purpose: 'Support', legalBasis: 'contract' }],
          // A processor written as `{ name, role }`: its name still shows.
          recipients: [{ name: 'Mailer Inc.', role: 'newsletters' }],
          retention: [{ data: 'Logs', duration: '1 year' }],
          rights: ['access', 'telepathy'],
          history: 'v1',
          breach: true,
        });
        const { el, store } = await show(config);
        expect(warnings.map((args) => String(args[0]))).to.deep.equal([
          'consent-elements: privacyPolicy.purposes[1].source must be a string or { fr, en, … } strings; left out.',
          'consent-elements: privacyPolicy.purposes[1].data must be a string or { fr, en, … } strings; left out.',
          'consent-elements: privacyPolicy.recipients.processors[0].purpose must be a string or { fr, en, … } strings; left out.',
          'consent-elements: privacyPolicy.recipients.processors[0].location must be a string or { fr, en, … } strings; left out.',
          'consent-elements: privacyPolicy.recipients.processors[0].role is not a known key (name, purpose, location, safeguard, url); left out.',
          'consent-elements: privacyPolicy.rights.list[1] must be one of access, rectification, erasure, restriction, objection, portability, automated, post-mortem; left out.',
          'consent-elements: privacyPolicy.history must be an array; left out.',
        ]);
        expect(sectionIds(el)).to.deep.equal([
          'privacy-policy-controller', 'privacy-policy-data', 'privacy-policy-retention', 'privacy-policy-recipients',
          'privacy-policy-cookies', 'privacy-policy-automated', 'privacy-policy-rights', 'privacy-policy-security',
        ]);
        const purposes = rows(section(el, 'data')!.querySelector('table')!);
        expect(purposes).to.have.length(2);
        expect(purposes[1]).to.deep.equal(['', '', 'Support', text(section(el, 'data')!.querySelectorAll('tbody tr')[1].cells[3] as unknown as Element)]);
        expect(purposes[1][3]).to.not.equal('');
        expect(rows(section(el, 'recipients')!.querySelector('table')!)[0][0]).to.equal('Mailer Inc.');
        // The rights section lists the one right that was well formed.
        expect(section(el, 'rights')!.querySelectorAll('dl:first-of-type dt').length).to.equal(1);
        store.acceptAll();
        await el.updateComplete;
        el.setAttribute('lang', 'fr');
        await el.updateComplete;
        expect(warnings.length, 'no new warning on re-render').to.equal(7);
      } finally {
        console.warn = warn;
      }
    });

    it('renders nothing until the store is loaded, then renders without throwing on a broken policy', async () => {
      const { store } = makeStore({ load: false });
      const el = await fixture<PrivacyPolicy>(html`<privacy-policy lang="en" .store=${store}></privacy-policy>`);
      expect(el.children.length).to.equal(0);
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (message: unknown) => warnings.push(message);
      try {
        store.load(withPolicy({ controller: 'not an object', summary: [{ title: 'x' }] }));
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      // The controller is not an object: left out. The summary block without items keeps its title.
      expect(warnings.map(String)).to.deep.equal([
        'consent-elements: privacyPolicy.summary[0].items must be an array; left out.',
        'consent-elements: privacyPolicy.controller must be an object; left out.',
      ]);
      expect(sectionIds(el)).to.deep.equal(['privacy-policy-summary', 'privacy-policy-recipients', 'privacy-policy-cookies', 'privacy-policy-automated', 'privacy-policy-rights']);
    });
  });
});

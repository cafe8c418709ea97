import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { StoreController } from '../../context/store-controller.js';
import type { ConsentStore } from '../../core/consent-store.js';
import type { LocalizedText, NormalizedConfig } from '../../core/types.js';
import { bannerTables } from '../../i18n/banner/index.js';
import { direction, resolveLanguage, tableLanguage } from '../../i18n/localize.js';
import type { PolicyStrings } from '../../i18n/policy-en.js';
import { policyTables } from '../../i18n/policy/index.js';
import { preferencesTables } from '../../i18n/preferences/index.js';
import type { Category, CategoryStrings } from '../../i18n/strings.js';
import { loadTable, mergeTexts, tableOf } from '../../i18n/tables.js';
import {
  RIGHT_KEYS,
  parsePolicy,
  type ParsedPolicy,
  type PolicyContact,
} from './policy-schema.js';
import { PolicyBlocks, fill, heading } from './policy-blocks.js';
import { advertising, analytics, automated, changes, proofRows, security, serviceProviders } from './policy-sections.js';
import { addPolicyStyles } from './privacy-policy.styles.js';
import { settled } from '../../internal/settled.js';
import { expandedNow } from '../../catalogue/expand.js';
import { formatLifetime } from '../../catalogue/format.js';

type Key = keyof PolicyStrings;

/** The layers the policy reads: its own texts, and the category names and descriptions the banner and the dialog use. */
const LAYERS = [policyTables, bannerTables, preferencesTables] as const;

/**
 * A complete GDPR privacy policy rendered from the config's `privacyPolicy` content, with a
 * cookie table generated from the same categories and services that drive the banner, and the
 * visitor's current choices (consent id, dates) with a button that opens the preferences.
 *
 * Renders into the light DOM, so the page's own typography applies; the few rules it adds to the
 * page (tables, print) are wrapped in `:where()` and lose to any page rule. Section ids are
 * prefixed with the element's `id` (default `privacy-policy`): `#privacy-policy-cookies`…
 * Everything from the config is rendered as text; links only come from URL fields that are
 * `https:`, `mailto:`, `tel:` or relative. A malformed section is left out with one warning.
 *
 * @summary A privacy policy and cookie table generated from the consent config.
 * @tag privacy-policy
 */
export class PrivacyPolicy extends LitElement {
  // Declared without decorators: their helpers would add bytes to the chunk.
  static override properties: PropertyDeclarations = {
    store: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    lang: { reflect: true },
  };

  /** The consent store; when unset, the one provided through context is used. */
  store?: ConsentStore;

  /** The level of the section headings (1–6), attribute `heading-level`; sub-sections use the next level. */
  headingLevel = 2;

  /** The language to render in; default: the config's `language`, then the nearest `lang` around, then the browser's. */
  override lang!: string;

  private readonly _consent = new StoreController(this);
  private _loading?: Promise<unknown>;
  private _categories!: CategoryStrings;
  private _raw?: unknown;
  private _policy: ParsedPolicy = {};
  private _t!: PolicyStrings;
  private _b!: PolicyBlocks;
  private _id!: string;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addPolicyStyles(this.getRootNode() as Document | ShadowRoot);
  }

  override render() {
    const store = this._consent.store;
    if (!store?.ready) return nothing;
    const { config } = store;
    const lang = resolveLanguage({
      ...config,
      language:
        this.lang ||
        (config.language != 'auto' ? config.language : this.parentElement?.closest('[lang]')?.getAttribute('lang')) ||
        'auto',
    });
    const table = tableLanguage(lang, config);
    const [policy, banner, dialog] = [tableOf(policyTables, table), tableOf(bannerTables, table), tableOf(preferencesTables, table)];
    if (!policy || !banner || !dialog) {
      this._loading ??= Promise.all(LAYERS.map((layer) => loadTable<unknown>(layer, table))).then(
        () => ((this._loading = undefined), this.requestUpdate()),
        // Settles `updateComplete`; the next render (a change of the store, a reconnection) tries again.
        (error) => void ((this._loading = undefined), console.error('consent-elements: could not load the policy texts', error)),
      );
      return nothing;
    }
    const pair = ([name, label]: string[]) => [name, [label, dialog.categories[name as Category]]];
    this._categories = Object.fromEntries(Object.entries(banner.categories).map(pair)) as CategoryStrings;
    const t = (this._t = mergeTexts(policy, config.texts[lang]?.policy, lang, 'policy', table));
    const id = (this._id = this.id || 'privacy-policy');
    // Parsed once per config, so a malformed section warns once, not at every re-render.
    if (this._raw !== config.privacyPolicy) this._policy = parsePolicy((this._raw = config.privacyPolicy));
    const p = this._policy;
    const full = !!config.privacyPolicy;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    this._b = new PolicyBlocks(t, lang, level, id);
    // What the library does by itself is declared by itself: the proof of consent it sends and
    // the providers of the services it loads.
    const proof = proofRows(this._b, config);
    const providers = full ? serviceProviders(this._b, p, config, expandedNow(config, lang, () => this.requestUpdate())) : nothing;

    const sections = (
      [
        ['summary', p.summary && p.summary.map((block) => this._b.sub(this._b.loc(block.title), this._b.texts(block.items)))],
        ['controller', p.controller && this._controller(p)],
        ['data', (p.purposes || proof.purpose.length || p.mandatory || p.sensitiveData !== undefined) && this._data(p, proof.purpose)],
        ['retention', (p.retention || proof.retention.length) && this._retention(p, proof.retention)],
        ['recipients', (p.recipients || providers != nothing) && this._recipients(p, providers)],
        ['transfers', p.transfers && this._transfers(p)],
        ['cookies', this._cookies(store, config, p)],
        ['advertising', p.advertising && advertising(this._b, p)],
        ['analytics', p.analytics && analytics(this._b, p)],
        ['automated', full && automated(this._b, p, config)],
        ['rights', full && this._rights(p)],
        ['security', (p.security || p.breach) && security(this._b, p)],
        ['changes', (p.changes || p.history) && changes(this._b, p)],
      ] as Array<[Key, unknown]>
    ).filter(([, content]) => content);
    const current = p.history?.find((entry) => entry.version == p.version) ?? p.history?.[0];

    return html`<div lang=${lang} dir=${direction(lang)}>
      ${p.intro ? html`<p>${this._b.loc(p.intro)}</p>` : nothing}
      ${p.version || current
        ? html`<p>
            ${p.version ? fill(t.version, { version: p.version }) : nothing}${p.version && current ? ' · ' : nothing}
            ${current ? fill(t.updated, { date: this._b.date(current.date) }) : nothing}
          </p>`
        : nothing}
      ${sections.length > 1
        ? html`<nav aria-labelledby="${id}-contents">
            ${heading(level, `${id}-contents`, t.contents)}
            <ol>
              ${sections.map(([key]) => html`<li><a href="#${id}-${key}">${t[key]}</a></li>`)}
            </ol>
          </nav>`
        : nothing}
      ${sections.map(
        ([key, content]) =>
          // Unnamed sections: twelve named ones would each become a landmark; headings suffice.
          html`<section>${heading(level, `${id}-${key}`, t[key])}${content}</section>`,
      )}
    </div>`;
  }

  // ---- sections ------------------------------------------------------------------------------

  private _controller({ controller, dpo }: ParsedPolicy) {
    const { _t: t } = this;
    return html`<p>${fill(t.controllerRole, { name: html`<strong>${this._b.loc(controller!.name)}</strong>` })}</p>
      ${this._b.contact(controller!, [
        [t.representative, controller!.representative],
        [t.registration, controller!.registration],
      ])}
      ${dpo ? this._b.sub(t.dpo, this._b.contact(dpo, [[t.dpo, dpo.name]])) : dpo === false ? html`<p>${t.noDpo}</p>` : nothing}`;
  }

  private _data({ purposes = [], mandatory, sensitiveData }: ParsedPolicy, own: unknown[][]) {
    const { _t: t } = this;
    const basis = (value: LocalizedText) =>
      typeof value == 'string' && `basis-${value}` in t ? t[`basis-${value}` as Key] : this._b.loc(value);
    const rows = [
      ...purposes.map((row) => [this._b.loc(row.source), this._b.loc(row.data), this._b.loc(row.purpose), basis(row.legalBasis), this._b.loc(row.legitimateInterest)]),
      ...own,
    ];
    // The column saying what the legitimate interest is, only when that basis is used (art. 13(1)(d)).
    const interest = purposes.some((row) => row.legitimateInterest || row.legalBasis == 'legitimate-interest');
    return html`${rows.length
      ? html`<p>${t.dataIntro}</p>
          ${this._b.table(
            t.dataCaption,
            [t.source, t.dataColumn, t.purpose, t.legalBasis, ...(interest ? [t.legitimateInterest] : [])],
            rows.map((row) => row.slice(0, interest ? 5 : 4)),
          )}`
      : nothing}
    ${mandatory ? this._b.sub(t.mandatory, this._b.para(mandatory === true ? t.mandatoryText : mandatory)) : nothing}
    ${sensitiveData !== undefined
      ? this._b.sub(t.sensitive, this._b.para(sensitiveData === false ? t.sensitiveText : sensitiveData))
      : nothing}`;
  }

  private _retention({ retention = [] }: ParsedPolicy, own: unknown[][]) {
    const { _t: t } = this;
    return html`<p>${t.retentionIntro}</p>
      ${this._b.table(t.retentionCaption, [t.dataColumn, t.duration, t.justification], [
        ...retention.map((row) => [this._b.loc(row.data), this._b.loc(row.duration), this._b.loc(row.justification)]),
        ...own,
      ])}
      <p>${t.retentionEnd}</p>`;
  }

  private _recipients({ recipients = {} }: ParsedPolicy, providers: unknown) {
    const { _t: t } = this;
    const { internal, processors, authorities, noSale } = recipients;
    return html`${internal ? this._b.sub(t.internal, this._b.texts(internal)) : nothing}
    ${processors
      ? this._b.sub(
          t.processors,
          this._b.table(
            t.processorsCaption,
            [t.processor, t.purpose, t.location],
            processors.map((row) => [
              this._b.link(row.name, row.url),
              this._b.loc(row.purpose),
              row.safeguard ? `${this._b.loc(row.location)} (${this._b.loc(row.safeguard)})` : this._b.loc(row.location),
            ]),
          ),
        )
      : nothing}
    ${providers}
    ${authorities ? this._b.sub(t.authorities, this._b.para(authorities)) : nothing}
    ${noSale ? html`<p>${t.noSale}</p>` : nothing}`;
  }

  private _transfers(p: ParsedPolicy) {
    const { _t: t } = this;
    const { description, safeguards, measures } = p.transfers!;
    const email = this._rightsContact(p)?.email;
    return html`${description ? this._b.para(description) : nothing}
    ${safeguards
      ? this._b.sub(
          t.safeguards,
          this._b.list(
            safeguards.map(
              (item) =>
                html`<strong>${this._b.loc(item.name)}</strong>${item.description ? ` — ${this._b.loc(item.description)}` : ''}${item.link
                  ? html` (${this._b.link(item.link.label, item.link.url)})`
                  : nothing}`,
            ),
          ),
        )
      : nothing}
    ${measures ? this._b.sub(t.measures, this._b.texts(measures)) : nothing}
    ${safeguards && email ? html`<p>${fill(t.transfersCopy, { contact: this._b.email(email) })}</p>` : nothing}`;
  }

  private _cookies(store: ConsentStore, config: NormalizedConfig, p: ParsedPolicy) {
    const { _t: t, _id: id } = this;
    const choices = store.getAll();
    const declared = Object.values(config.categories).flatMap((category) =>
      (category.services ?? []).flatMap((service) => (service.cookies ?? []).map((cookie) => cookie.name)),
    );
    // Catalogue presets, expanded on demand in the policy's language (until then, as the config gives them).
    const lang = this._b.lang;
    const expanded = expandedNow(config, lang, () => this.requestUpdate());
    const tables = store.categories.map((name) => {
      const category = config.categories[name];
      const rows: unknown[][] = (expanded?.[name] ?? category.services ?? []).flatMap((service) => {
        const names = [
          ...(service.cookies ?? []).map((cookie) => [cookie.name, cookie] as const),
          ...(service.localStorage ?? []).map((key) => [`${key} (${t.localStorage})`] as const),
        ];
        return (names.length ? names : [[t.noCookie] as const]).map(([label, cookie]) => [
          label,
          service.name,
          this._b.link(service.provider ?? '', service.privacyUrl),
          this._b.loc(cookie?.purpose ?? service.purpose),
          formatLifetime(cookie?.lifetime, lang, 'session'),
        ]);
      });
      // The consent cookie is ours: listed from `config.cookie`, unless the site owner declared it.
      if (name == 'necessary' && !declared.includes(config.cookie.name))
        rows.unshift([
          config.cookie.name,
          t.thisSite,
          p.controller ? this._b.loc(p.controller.name) : '',
          t.consentCookiePurpose,
          t.consentCookieLifetime,
        ]);
      return rows.length
        ? html`${this._category(name, 1) ? html`<p>${this._category(name, 1)}</p>` : nothing}
          ${this._b.table(fill(t.cookiesCaption, { category: this._category(name) }), [t.cookie, t.service, t.provider, t.purpose, t.lifetime], rows)}`
        : nothing;
    });
    const decided = store.decided;
    const status = html`<div aria-live="polite">
        <p>${decided ? t.statusDecided : t.statusUndecided}</p>
        <dl class="policy-pairs">
          ${store.categories.map(
            (name) =>
              html`<dt>${this._category(name)}</dt>
                <dd>${name == 'necessary' ? t.alwaysOn : choices[name] ? t.granted : t.refused}</dd>`,
          )}
          ${decided
            ? html`<dt>${t.consentId}</dt>
                <dd><code>${store.consentId}</code></dd>
                <dt>${t.decidedOn}</dt>
                <dd>${this._b.date(new Date(store.timestamp!), true)}</dd>
                <dt>${t.expiresOn}</dt>
                <dd>${this._b.date(store.expires!)}</dd>`
            : nothing}
        </dl>
      </div>
      <button type="button" @click=${() => store.openPreferences()}>${decided ? t.change : t.choose}</button>`;
    return html`<p>${t.cookiesIntro}</p>
      ${tables} ${heading(this._b.level + 1, `${id}-status`, t.status)} ${status}`;
  }

  private _rights(p: ParsedPolicy) {
    const { _t: t, _id: id } = this;
    const { rights, authority } = p;
    const contact = this._rightsContact(p);
    const proof = rights?.identityProof;
    return html`<p>${t.rightsIntro}</p>
      <dl>
        ${(rights?.list ?? RIGHT_KEYS.slice(0, 6)).map((right) =>
          typeof right == 'string'
            ? html`<dt>${t[`right-${right}` as Key]}</dt><dd>${t[`right-${right}-text` as Key]}</dd>`
            : html`<dt>${this._b.loc(right.title)}</dt><dd>${this._b.loc(right.description)}</dd>`,
        )}
      </dl>
      ${this._b.sub(
        t.exercise,
        html`${contact ? html`<p>${t.exerciseIntro}</p>${this._b.contact(contact, [[t.contactName, contact.name]])}` : nothing}
        ${proof ? this._b.para(proof === true ? t.identityProof : proof) : nothing}
        <p>${t.answerDelay}</p>`,
      )}
      ${this._b.sub(t.withdrawal, html`<p>${fill(t.withdrawalText, { link: html`<a href="#${id}-status">${t.withdrawalLink}</a>` })}</p>`)}
      ${this._b.sub(
        t.complaint,
        authority
          ? html`<p>${fill(t.complaintText, { authority: this._b.loc(authority.name) })}</p>${this._b.contact(authority)}`
          : html`<p>${t.complaintGeneric}</p>`,
      )}`;
  }

  // ---- building blocks -----------------------------------------------------------------------

  /** The config's label (or description), else the built-in one of the usual categories, else the name. */
  private _category(name: string, description = 0): string {
    const own = this._consent.store!.config.categories[name];
    return (
      this._b.loc(description ? own.description : own.label) ||
      (this._categories[name as keyof CategoryStrings]?.[description] ?? (description ? '' : name))
    );
  }

  /** Also waits for the language's texts, so `await el.updateComplete` sees the rendered policy. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settled(() => this._loading, () => super.getUpdateComplete());
  }

  /** Where rights requests go: the configured contact, else the DPO, else the controller. */
  private _rightsContact({ rights, dpo, controller }: ParsedPolicy): PolicyContact | undefined {
    return rights?.contact ?? (dpo || controller);
  }
}

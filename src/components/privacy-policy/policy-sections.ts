import type { ExpandedService } from '../../catalogue/expand.js';
import { formatPlaces } from '../../catalogue/format.js';
import { html, nothing } from 'lit';
import type { LocalizedText, NormalizedConfig } from '../../core/types.js';
import { fill, type PolicyBlocks } from './policy-blocks.js';
import type { ParsedPolicy } from './policy-schema.js';

/**
 * The sections of `<privacy-policy>` that need nothing but the parsed policy (and, for what the
 * library declares by itself, the config): one function per section, given the render's blocks.
 */

export function advertising(b: PolicyBlocks, { advertising }: ParsedPolicy) {
  const { t } = b;
  const { description, notice, providers, uses, optOut } = advertising!;
  return html`${description ? b.para(description) : nothing}
    ${notice ? html`<p class="policy-notice"><strong>${b.loc(notice)}</strong></p>` : nothing}
    ${providers ? b.sub(t.adProviders, b.para(providers)) : nothing}
    ${uses ? b.sub(t.adUses, b.texts(uses)) : nothing}
    ${optOut ? b.sub(t.optOut, b.links(optOut)) : nothing}`;
}

export function analytics(b: PolicyBlocks, { analytics }: ParsedPolicy) {
  const { t } = b;
  const { description, measures, optOut } = analytics!;
  return html`${description ? b.para(description) : nothing}
    ${measures ? b.sub(t.analyticsMeasures, b.texts(measures)) : nothing}
    ${optOut ? b.sub(t.analyticsOptOut, b.links(optOut)) : nothing}`;
}

/**
 * Automated decisions and profiling (GDPR art. 13(2)(f)): whether there are any, and the
 * profiling that remarketing is, with its logic and consequences. Unless the site owner says
 * otherwise, advertising services mean the standard profiling text.
 */
export function automated(b: PolicyBlocks, { automated }: ParsedPolicy, config: NormalizedConfig) {
  const { t } = b;
  const { decisions, profiling, logic, consequences } = automated || {};
  const advertises = automated !== false && !!config.categories.marketing?.services?.length;
  const profile = profiling ?? advertises;
  return html`${decisions ? b.para(decisions) : html`<p>${t.automatedNone}</p>`}
    ${profile ? b.sub(t.automatedProfiling, b.para(profile === true ? t.automatedProfilingText : profile)) : nothing}
    ${logic ? b.sub(t.automatedLogic, b.para(logic)) : nothing}
    ${consequences ? b.sub(t.automatedConsequences, b.para(consequences)) : nothing}`;
}

export function security(b: PolicyBlocks, { security, breach }: ParsedPolicy) {
  const { t } = b;
  return html`${security?.description ? b.para(security.description) : nothing}
    ${security?.technical ? b.sub(t.technical, b.texts(security.technical)) : nothing}
    ${security?.organisational ? b.sub(t.organisational, b.texts(security.organisational)) : nothing}
    ${breach ? b.sub(t.breach, b.para(breach === true ? t.breachText : breach)) : nothing}`;
}

export function changes(b: PolicyBlocks, { changes, history }: ParsedPolicy) {
  const { t } = b;
  return html`${changes ? b.para(changes) : nothing}
    ${history
      ? b.sub(
          t.history,
          b.list(
            history.map(
              (entry) =>
                html`<strong>${fill(t.version, { version: entry.version })}</strong> (${b.date(entry.date)})${entry.changes
                  ? ` — ${b.loc(entry.changes)}`
                  : ''}`,
            ),
          ),
        )
      : nothing}`;
}

/**
 * The proof-of-consent processing the library itself does when `config.proofOfConsent` is set:
 * a row of the purposes table and one of the retention table, so the site owner need not type it.
 * Kept 5 years by default (the civil limitation period, art. 2224 Code civil).
 */
export function proofRows(b: PolicyBlocks, config: NormalizedConfig) {
  const proof = config.proofOfConsent;
  if (!proof) return { purpose: [], retention: [] };
  const { t } = b;
  const duration =
    b.loc(proof.retention) || new Intl.NumberFormat(b.lang, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(5);
  return {
    purpose: [[t.status, t.proofData, t.proofPurpose, t.proofBasis, '']],
    retention: [[t.proofPurpose, fill(t.proofRetention, { duration }), t.proofJustification]],
  };
}

const same = (a: string, b: string) => a.trim().toLowerCase() == b.trim().toLowerCase();

/**
 * The providers of the configured services that the recipients do not list yet (by name), so
 * every company named in the cookie tables is also among "who receives your data": what they
 * do here (the services' purposes) and where, with a link to their own privacy policy.
 */
export function serviceProviders(b: PolicyBlocks, p: ParsedPolicy, config: NormalizedConfig, expanded?: Record<string, ExpandedService[]>) {
  const listed = [p.controller?.name, ...(p.recipients?.processors ?? []).map((row) => row.name)].map((name) => b.loc(name));
  const found = new Map<string, { name: string; purposes: Set<string>; locations: Set<string>; url?: string }>();
  for (const [category, { services = [] }] of Object.entries(config.categories))
    for (const service of (expanded?.[category] ?? services) as ExpandedService[]) {
      const name = b.loc(service.provider);
      if (!name || listed.some((other) => same(other, name))) continue;
      const key = name.trim().toLowerCase();
      const entry = found.get(key) ?? { name, purposes: new Set(), locations: new Set() };
      found.set(key, entry);
      const add = (set: Set<string>, text: LocalizedText | undefined) => b.loc(text) && set.add(b.loc(text));
      add(entry.purposes, service.purpose ?? service.name);
      add(entry.locations, service.location ?? (service.dataLocations?.[0] ? formatPlaces(service.dataLocations, b.lang) : undefined));
      entry.url ??= service.privacyUrl;
    }
  if (!found.size) return nothing;
  const { t } = b;
  return b.table(
    t.providersCaption,
    [t.provider, t.purpose, t.dataLocation],
    [...found.values()].map(({ name, ...entry }) => {
      const policy = entry.url && b.link(fill(t.providerPolicy, { provider: name }).join(''), entry.url);
      return [html`${name}${policy ? html`<br />${policy}` : nothing}`, [...entry.purposes].map((purpose) => purpose.replace(/[.;]\s*$/, '')).join('; '), [...entry.locations].join(', ')];
    }),
  );
}

import { Catalogue, schemeless, wildcard } from './match.js';
import type { CatalogueService, PageResult, Phase, PhaseObservation, Report, ServiceFinding, Violation } from './types.js';

/** CNIL: a choice is kept at most 13 months. A day of slack for time zones and clock changes. */
const CONSENT_MONTHS = 13;
const SLACK_SECONDS = 24 * 3600;

/** The parts of a site's config (DESIGN.md "Configuration") the scanner compares with what it saw. */
export interface DeclaredConfig {
  cookie?: { name?: string };
  categories?: Record<string, { services?: (string | DeclaredService)[] } | undefined>;
}
interface DeclaredService {
  id?: string;
  preset?: string;
  name?: string;
  cookies?: { name: string }[];
  scripts?: string[];
  localStorage?: string[];
}

/** One declared service, flattened: its cookie and storage patterns and script URLs. */
interface Declared {
  id: string;
  name: string;
  category: string;
  catalogueId?: string;
  cookies: RegExp[];
  storage: RegExp[];
  /** Script URLs and patterns, as prefixes: a declared tag matches its URL with any query string. */
  scripts: RegExp[];
}

export function declaredServices(config: DeclaredConfig, catalogue: Catalogue): Declared[] {
  const list: Declared[] = [];
  for (const [category, value] of Object.entries(config.categories ?? {}))
    for (const service of value?.services ?? []) {
      const presetId = typeof service == 'string' ? service : service.preset;
      const preset = presetId ? catalogue.get(presetId) : undefined;
      const own = typeof service == 'string' ? {} : service;
      list.push({
        id: own.id ?? presetId ?? own.name ?? '?',
        name: own.name ?? preset?.name ?? presetId ?? '?',
        category,
        ...(preset ? { catalogueId: preset.id } : {}),
        cookies: [...(preset?.cookies ?? []), ...(own.cookies ?? [])].map((cookie) => wildcard(cookie.name)),
        storage: [...(preset?.storage ?? []), ...(own.localStorage ?? [])].map(wildcard),
        scripts: [...(preset?.scripts ?? []), ...(preset?.embeds ?? []), ...(own.scripts ?? [])].map((url) => wildcard(schemeless(url).replace(/\*?$/, '*'))),
      });
    }
  return list;
}

/** The date `months` calendar months after `ms`, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return date.getTime();
}

/** A lifetime in seconds as an ISO 8601 duration, rounded the way a cookie table shows it. */
export function isoLifetime(seconds: number | undefined): string {
  if (seconds === undefined) return 'session';
  // Rounded at each unit first: a one-day cookie seen a few seconds after it was set is P1D.
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return `PT${minutes}M`;
  const hours = Math.round(seconds / 3600);
  if (hours < 24) return `PT${hours}H`;
  const days = Math.round(seconds / 86400);
  if (days < 60) return `P${days}D`;
  const months = Math.round(days / 30.44);
  return months % 12 == 0 ? `P${months / 12}Y` : `P${months}M`;
}

const PHASE_WORDS: Record<Phase, string> = {
  'before-consent': 'before any choice',
  'after-reject': 'after "reject all"',
  'after-accept': 'after "accept all"',
};

/** Most serious first: what reaches the visitor's device without consent, then what the config gets wrong. */
const KIND_ORDER: Violation['kind'][] = [
  'third-party-request',
  'cookie',
  'storage',
  'consent-mode-default',
  'consent-cookie-lifetime',
  'undeclared-cookie',
  'declared-service-not-seen',
];
const PHASE_ORDER: Phase[] = ['before-consent', 'after-reject', 'after-accept'];

interface Analysis {
  services: ServiceFinding[];
  unrecognised: Report['unrecognised'];
  violations: Violation[];
}

/**
 * Recognises services and finds violations in what the pages showed. Pure: the same
 * observations give the same report.
 */
export function analyse(pages: PageResult[], catalogue: Catalogue, config?: DeclaredConfig): Analysis {
  const declared = config ? declaredServices(config, catalogue) : [];
  const necessaryDeclared = declared.filter((service) => service.category == 'necessary');
  const consentNames = new Set(['consent_elements', ...(config?.cookie?.name ? [config.cookie.name] : [])]);
  const findings = new Map<string, ServiceFinding>();
  const unrecognised = { cookies: new Set<string>(), storage: new Set<string>(), hosts: new Set<string>(), scripts: new Set<string>(), iframes: new Set<string>() };
  const violations = new Map<string, Violation & { pages: string[] }>();

  const note = (service: CatalogueService, phase: Phase, page: string, what: ServiceFinding['evidence'][number]['what'], value: string) => {
    let finding = findings.get(service.id);
    if (!finding)
      findings.set(
        service.id,
        (finding = {
          id: service.id,
          name: service.name,
          category: service.category,
          recognised: true,
          ...(service.provider?.name ? { provider: service.provider.name } : {}),
          phases: [],
          evidence: [],
          cookies: [],
          storage: [],
        }),
      );
    if (!finding.phases.includes(phase)) finding.phases.push(phase);
    if (!finding.evidence.some((item) => item.phase == phase && item.what == what && item.value == value) && finding.evidence.length < 40)
      finding.evidence.push({ phase, page, what, value });
    return finding;
  };
  const violation = (key: string, page: string, make: () => Violation) => {
    const found = violations.get(key);
    if (found) {
      if (!found.pages.includes(page)) found.pages.push(page);
    } else violations.set(key, { ...make(), page, pages: [page] });
  };
  const necessary = (service: CatalogueService | undefined, test: (declared: Declared) => boolean) =>
    service?.category == 'necessary' || necessaryDeclared.some(test);

  for (const page of pages)
    for (const observation of page.phases) {
      const { phase } = observation;
      const judged = phase != 'after-accept';
      const consentName = observation.consentCookieName;
      // URLs first: a cookie two services share goes to the one whose script or host this page loaded.
      const loaded = new Set<string>();
      const seenHere = (id: string) => loaded.has(id);
      for (const src of observation.scripts) {
        const service = catalogue.url(src);
        if (service) loaded.add(note(service, phase, page.url, 'script', src).id);
      }
      for (const src of observation.iframes) {
        const service = catalogue.url(src);
        if (service) loaded.add(note(service, phase, page.url, 'iframe', src).id);
        else if (observation.requests.some((request) => request.url == src)) unrecognised.iframes.add(src);
      }
      for (const request of observation.requests) {
        const service = catalogue.url(request.url);
        if (service) loaded.add(note(service, phase, page.url, 'request', request.url).id);
        else {
          unrecognised.hosts.add(request.host);
          if (request.type == 'script') unrecognised.scripts.add(request.url);
        }
        const counts = phase == 'before-consent' || (phase == 'after-reject' && request.afterChoice);
        if (counts && !necessary(service, (d) => d.scripts.some((script) => script.test(schemeless(request.url)))))
          violation(`request|${phase}|${request.host}`, page.url, () => ({
            kind: 'third-party-request',
            phase,
            ...(service ? { service: service.id } : {}),
            url: request.url,
            message: `A request goes to ${request.host}${service ? ` (${service.name})` : ''} ${PHASE_WORDS[phase]} (${request.type}).`,
          }));
      }
      for (const cookie of observation.cookies) {
        if (cookie.name == consentName || consentNames.has(cookie.name)) {
          checkConsentCookie(observation, cookie.name, cookie.expires, page.url, violation);
          continue;
        }
        const service = catalogue.cookie(cookie.name, seenHere);
        if (service) {
          const finding = note(service, phase, page.url, 'cookie', cookie.name);
          if (!finding.cookies.some((seen) => seen.name == cookie.name))
            finding.cookies.push({ name: cookie.name, ...(cookie.lifetime ? { lifetime: cookie.lifetime } : {}), domain: cookie.domain, thirdParty: cookie.thirdParty });
        } else unrecognised.cookies.add(cookie.name);
        if (judged && !necessary(service, (d) => d.cookies.some((re) => re.test(cookie.name))))
          violation(`cookie|${phase}|${cookie.name}`, page.url, () => ({
            kind: 'cookie',
            phase,
            ...(service ? { service: service.id } : {}),
            cookie: cookie.name,
            ...(cookie.setBy ? { url: cookie.setBy.url } : {}),
            message: `Cookie ${cookie.name}${service ? ` (${service.name})` : ''} is set ${PHASE_WORDS[phase]}${cookie.setBy ? `, by ${cookie.setBy.kind == 'response' ? 'a response from' : 'a script at'} ${cookie.setBy.url}` : ''}.`,
          }));
      }
      for (const item of observation.storage) {
        const service = catalogue.storage(item.key, seenHere);
        if (service) {
          const finding = note(service, phase, page.url, 'storage', item.key);
          if (!finding.storage.includes(item.key)) finding.storage.push(item.key);
        } else unrecognised.storage.add(item.key);
        if (judged && !necessary(service, (d) => d.storage.some((re) => re.test(item.key))))
          violation(`storage|${phase}|${item.area}|${item.key}`, page.url, () => ({
            kind: 'storage',
            phase,
            ...(service ? { service: service.id } : {}),
            key: item.key,
            ...(item.setBy ? { url: item.setBy } : {}),
            message: `${item.area} key ${item.key}${service ? ` (${service.name})` : ''} is written ${PHASE_WORDS[phase]} (origin ${item.origin}${item.setBy ? `, by ${item.setBy}` : ''}).`,
          }));
      }
      const mode = observation.consentMode;
      const late = mode.defaultIndex >= 0 && mode.firstCommandIndex >= 0 && mode.firstCommandIndex < mode.defaultIndex;
      if (mode.googleTags && (mode.defaultIndex < 0 || late || mode.earlyGoogleRequest))
        violation(`consent-mode|${phase}`, page.url, () => ({
          kind: 'consent-mode-default',
          phase,
          ...(mode.earlyGoogleRequest ? { url: mode.earlyGoogleRequest } : {}),
          message:
            mode.defaultIndex < 0
              ? (mode.arrayDefaultIndex ?? -1) >= 0
                ? `The Consent Mode default is pushed to window.dataLayer as an array (entry ${mode.arrayDefaultIndex}), which Google's tags ignore: gtag() must push its arguments object (function gtag(){dataLayer.push(arguments)}).`
                : `Google tags run ${PHASE_WORDS[phase]} but window.dataLayer holds no gtag('consent', 'default', …).`
              : late
                ? `gtag('consent', 'default', …) comes after a Google tag command in window.dataLayer (entry ${mode.firstCommandIndex} before entry ${mode.defaultIndex}).`
                : `A Google tag request (${mode.earlyGoogleRequest}) started before gtag('consent', 'default', …).`,
        }));
    }

  if (config) compareWithConfig(pages, declared, findings, consentNames, violation);

  return {
    services: [...findings.values()].sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name)),
    unrecognised: {
      cookies: [...unrecognised.cookies].sort(),
      storage: [...unrecognised.storage].sort(),
      hosts: [...unrecognised.hosts].sort(),
      scripts: [...unrecognised.scripts].sort(),
      iframes: [...unrecognised.iframes].sort(),
    },
    violations: [...violations.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase)),
  };
}

function checkConsentCookie(
  observation: PhaseObservation,
  name: string,
  expires: number | undefined,
  page: string,
  violation: (key: string, page: string, make: () => Violation) => void,
) {
  if (expires === undefined || observation.choiceAt === undefined) return;
  const limit = addMonths(observation.choiceAt, CONSENT_MONTHS) / 1000 + SLACK_SECONDS;
  if (expires > limit)
    violation(`consent-lifetime|${observation.phase}|${name}`, page, () => ({
      kind: 'consent-cookie-lifetime',
      phase: observation.phase,
      cookie: name,
      message: `The consent cookie ${name} expires on ${new Date(expires * 1000).toISOString().slice(0, 10)}, more than 13 months after the choice (at most ${new Date(limit * 1000).toISOString().slice(0, 10)}).`,
    }));
}

function compareWithConfig(
  pages: PageResult[],
  declared: Declared[],
  findings: Map<string, ServiceFinding>,
  consentNames: Set<string>,
  violation: (key: string, page: string, make: () => Violation) => void,
) {
  const seenUrls: string[] = [];
  const seenCookies: string[] = [];
  const seenStorage: string[] = [];
  for (const page of pages)
    for (const observation of page.phases) {
      seenUrls.push(...observation.scripts, ...observation.iframes, ...observation.requests.map((request) => request.url));
      seenStorage.push(...observation.storage.map((item) => item.key));
      for (const cookie of observation.cookies) {
        seenCookies.push(cookie.name);
        if (cookie.name == observation.consentCookieName || consentNames.has(cookie.name)) continue;
        if (!declared.some((service) => service.cookies.some((re) => re.test(cookie.name))))
          violation(`undeclared|${cookie.name}`, page.url, () => ({
            kind: 'undeclared-cookie',
            phase: observation.phase,
            cookie: cookie.name,
            ...(cookie.setBy ? { url: cookie.setBy.url } : {}),
            message: `Cookie ${cookie.name} is set (${PHASE_WORDS[observation.phase]}) but no service of the config declares it.`,
          }));
      }
    }
  // Services load only once accepted: "never seen" means something only when "accept all" was measured.
  const accepted = pages.some((page) => page.phases.some((observation) => observation.phase == 'after-accept' && !observation.error));
  if (!accepted) return;
  for (const service of declared) {
    const measurable = service.catalogueId || service.cookies.length || service.scripts.length || service.storage.length;
    if (!measurable) continue;
    const seen =
      (service.catalogueId && findings.has(service.catalogueId)) ||
      seenCookies.some((name) => service.cookies.some((re) => re.test(name))) ||
      seenStorage.some((key) => service.storage.some((re) => re.test(key))) ||
      seenUrls.some((url) => service.scripts.some((script) => script.test(schemeless(url))));
    if (!seen)
      violation(`not-seen|${service.id}`, pages[0]?.url ?? '', () => ({
        kind: 'declared-service-not-seen',
        phase: 'after-accept',
        service: service.id,
        message: `The config declares ${service.name} (${service.category}), but none of its cookies, storage keys or scripts showed up, even after "accept all": remove it or check that it still loads.`,
      }));
  }
}

/**
 * A config in the library's shape (DESIGN.md "Configuration") from what was seen: catalogue
 * ids where recognised, custom services with the cookies seen otherwise (grouped by the host
 * that set them), in an `unclassified` category the site owner must sort out.
 */
export function draftConfig(report: Pick<Report, 'startUrl' | 'startedAt' | 'pages' | 'services'>): Record<string, unknown> {
  const categories: Record<string, { label?: Record<string, string>; description?: Record<string, string>; services: unknown[] }> = {};
  for (const service of report.services) (categories[service.category] ??= { services: [] }).services.push(service.id);
  const catalogueIds = new Set(report.services.map((service) => service.id));
  const custom = new Map<string, { name: string; cookies: Map<string, number | undefined>; localStorage: Set<string> }>();
  let consentCookie = 'consent_elements';
  const firstHost = new URL(report.startUrl).hostname;
  for (const page of report.pages)
    for (const observation of page.phases) {
      consentCookie = observation.consentCookieName;
      for (const cookie of observation.cookies) {
        if (cookie.name == observation.consentCookieName || cookie.name == 'consent_elements') continue;
        if (report.services.some((service) => service.cookies.some((seen) => seen.name == cookie.name))) continue;
        const owner = cookie.setBy ? new URL(cookie.setBy.url).hostname : cookie.domain.replace(/^\./, '');
        const entry = customService(custom, owner, firstHost);
        const before = entry.cookies.get(cookie.name);
        entry.cookies.set(cookie.name, Math.max(before ?? 0, cookie.lifetime ?? 0) || undefined);
      }
      for (const item of observation.storage) {
        if (report.services.some((service) => service.storage.includes(item.key))) continue;
        const owner = item.setBy ? new URL(item.setBy).hostname : new URL(item.origin).hostname;
        customService(custom, owner, firstHost).localStorage.add(item.key);
      }
    }
  if (custom.size)
    categories.unclassified = {
      label: { en: 'To classify', fr: 'À classer' },
      description: {
        en: 'Found by the scanner but not in the catalogue: move each service to its category and describe it.',
        fr: 'Trouvés par le scanner mais absents du catalogue : rangez chaque service dans sa catégorie et décrivez-le.',
      },
      services: [...custom.values()]
        .filter((entry) => !catalogueIds.has(entry.name))
        .map((entry) => ({
          name: entry.name,
          cookies: [...entry.cookies].sort().map(([name, lifetime]) => ({ name, lifetime: isoLifetime(lifetime) })),
          ...(entry.localStorage.size ? { localStorage: [...entry.localStorage].sort() } : {}),
        })),
    };
  return {
    $comment: `Drafted by consent-elements-scan from ${report.startUrl} on ${report.startedAt.slice(0, 10)}. Check every category, service and purpose before using it.`,
    revision: 1,
    ...(consentCookie != 'consent_elements' ? { cookie: { name: consentCookie } } : {}),
    categories,
  };
}

function customService(
  custom: Map<string, { name: string; cookies: Map<string, number | undefined>; localStorage: Set<string> }>,
  host: string,
  firstHost: string,
) {
  const name = host == firstHost ? `${host} (first party)` : host;
  let entry = custom.get(name);
  if (!entry) custom.set(name, (entry = { name, cookies: new Map(), localStorage: new Set() }));
  return entry;
}

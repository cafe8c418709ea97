import type { LocalizedText } from '../../core/types.js';

/**
 * The content of `config.privacyPolicy`, read by `<privacy-policy>`.
 *
 * Every human-readable value is a {@link LocalizedText}: a string, or `{ fr: '…', en: '…' }`.
 * Every section is optional: a section left out is not rendered. The visitor's rights, the
 * withdrawal of consent and the complaint route are standard texts shown whenever a policy is
 * configured; the cookie table comes from `config.categories`, never from here.
 * A malformed field or entry is left out with one `console.warn` naming it; the rest still renders.
 */
export interface PrivacyPolicyContent {
  /** Where the policy page lives (the banner links to it). */
  url?: string;
  /** The policy version, e.g. `'2.0'`; its date is the `history` entry with this version. */
  version?: string;
  /** A short paragraph shown before the table of contents. */
  intro?: LocalizedText;
  /** An "at a glance" block: a few titled lists. */
  summary?: PolicySummaryBlock[];
  /** Who decides why and how the data is processed. */
  controller?: PolicyController;
  /** The data protection officer, when there is one; `false`: the standard sentence that none was appointed. */
  dpo?: PolicyContact | false;
  /** What is collected, from where, why, and on which legal basis. */
  purposes?: PolicyPurpose[];
  /** `true`: the standard sentence about required fields (marked `*`); or your own text. */
  mandatory?: true | LocalizedText;
  /** `false`: the standard "no sensitive data (GDPR art. 9)" statement; or your own text. */
  sensitiveData?: false | LocalizedText;
  /** How long each kind of data is kept, and why. */
  retention?: PolicyRetention[];
  /** Who receives the data. An array is read as `{ processors: […] }`. */
  recipients?: PolicyRecipients | PolicyProcessor[];
  /** Transfers outside the EU. A text is read as `{ description: text }`. */
  transfers?: PolicyTransfers | LocalizedText;
  /** Which rights to list, how to exercise them. An array is read as `{ list: […] }`. */
  rights?: PolicyRights | Array<PolicyRightKey | PolicyCustomRight>;
  /** The supervisory authority for complaints; a generic sentence when left out. */
  authority?: PolicyContact & { name: LocalizedText };
  /** Advertising and remarketing, with opt-out links. */
  advertising?: PolicyAdvertising;
  /** Audience measurement details. */
  analytics?: PolicyAnalytics;
  /**
   * Automated decisions and profiling (GDPR art. 13(2)(f)). Left out: the standard statement
   * that no decision is based solely on automated processing, plus the standard remarketing
   * profiling text when a `marketing` category has services. `false`: the statement alone.
   */
  automated?: false | PolicyAutomated;
  /** Technical and organisational security measures. */
  security?: PolicySecurity;
  /** `true`: the standard breach-notification sentence (72 hours, GDPR art. 33–34); or your own text. */
  breach?: true | LocalizedText;
  /** How visitors are told about changes to the policy. */
  changes?: LocalizedText;
  /** The dated versions of the policy, newest first. */
  history?: PolicyVersion[];
}

/** A link: rendered only for `https:`, `mailto:`, `tel:` or relative URLs; otherwise its label as text. */
export interface PolicyLink {
  label: LocalizedText;
  url: string;
}

/** A person or body to contact. `email`, `phone` and `url` become links. */
export interface PolicyContact {
  name?: LocalizedText;
  address?: LocalizedText;
  email?: string;
  phone?: string;
  url?: string;
}

export interface PolicyController extends PolicyContact {
  name: LocalizedText;
  /** Legal form and registration, e.g. `'SAS, RCS Nantes 912 345 678'`. */
  registration?: LocalizedText;
  /** The person representing the controller. */
  representative?: LocalizedText;
}

export interface PolicySummaryBlock {
  title: LocalizedText;
  items: LocalizedText[];
}

/** A GDPR art. 6 legal basis, named by key (translated) or in your own words. */
export type PolicyLegalBasis =
  | 'consent'
  | 'contract'
  | 'pre-contract'
  | 'legal-obligation'
  | 'legitimate-interest'
  | 'vital-interest'
  | 'public-task';

export interface PolicyPurpose {
  /** Where the data comes from: a form, the chat, server logs… */
  source: LocalizedText;
  data: LocalizedText;
  purpose: LocalizedText;
  legalBasis: PolicyLegalBasis | LocalizedText;
  /** What the legitimate interest is, wherever that basis is used (GDPR art. 13(1)(d)). */
  legitimateInterest?: LocalizedText;
}

export interface PolicyAutomated {
  /** Decisions based solely on automated processing with legal or similar effects; left out: the standard "none". */
  decisions?: LocalizedText;
  /** `true`: the standard remarketing-profiling text; your own text; `false`: no profiling. */
  profiling?: boolean | LocalizedText;
  /** The logic involved. */
  logic?: LocalizedText;
  /** What it means for the visitor: significance and envisaged consequences. */
  consequences?: LocalizedText;
}

export interface PolicyRetention {
  data: LocalizedText;
  duration: LocalizedText;
  justification?: LocalizedText;
}

export interface PolicyRecipients {
  /** Internal roles with access, e.g. `'The manager'`. */
  internal?: LocalizedText[];
  /** Sub-processors, with what they do and where. */
  processors?: PolicyProcessor[];
  /** Authorities that may receive data on legal request. */
  authorities?: LocalizedText;
  /** `true` adds "we never sell your data". */
  noSale?: boolean;
}

export interface PolicyProcessor {
  name: LocalizedText;
  purpose: LocalizedText;
  /** Country or region, e.g. `'USA'`. */
  location: LocalizedText;
  /** Transfer safeguard, e.g. `'Data Privacy Framework'`. */
  safeguard?: LocalizedText;
  /** The processor's own privacy notice; its name becomes a link. */
  url?: string;
}

export interface PolicyTransfers {
  description?: LocalizedText;
  safeguards?: Array<{ name: LocalizedText; description?: LocalizedText; link?: PolicyLink }>;
  /** Supplementary measures (encryption, pseudonymisation…). */
  measures?: LocalizedText[];
}

/** The rights that have a built-in title and explanation. */
export type PolicyRightKey =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'objection'
  | 'portability'
  | 'automated'
  | 'post-mortem';

export interface PolicyCustomRight {
  title: LocalizedText;
  description: LocalizedText;
}

export interface PolicyRights {
  /** Default: access, rectification, erasure, restriction, objection, portability. */
  list?: Array<PolicyRightKey | PolicyCustomRight>;
  /** Where to send requests; default: the DPO, else the controller. */
  contact?: PolicyContact;
  /** `true`: the standard sentence about proof of identity; or your own text. */
  identityProof?: true | LocalizedText;
}

export interface PolicyAdvertising {
  description?: LocalizedText;
  /** A highlighted notice, e.g. that remarketing is used. */
  notice?: LocalizedText;
  /** Who serves the ads and with which data. */
  providers?: LocalizedText;
  /** What the advertising cookies are used for. */
  uses?: LocalizedText[];
  optOut?: PolicyLink[];
}

export interface PolicyAnalytics {
  description?: LocalizedText;
  /** Protective settings, e.g. shortened retention. */
  measures?: LocalizedText[];
  optOut?: PolicyLink[];
}

export interface PolicySecurity {
  description?: LocalizedText;
  technical?: LocalizedText[];
  organisational?: LocalizedText[];
}

export interface PolicyVersion {
  version: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  changes?: LocalizedText;
}

// ---- The tolerant parser ------------------------------------------------------------------

class Malformed extends Error {}

type Check<T = unknown> = (value: unknown, at: string) => T;
type Unchecked = Record<string, unknown>;

const fail = (at: string, expected: string): never => {
  throw new Malformed(`${at} must be ${expected}`);
};
const isObject = (value: unknown): value is Unchecked =>
  typeof value == 'object' && value !== null && !Array.isArray(value);

const string: Check = (value, at) => (typeof value == 'string' ? value : fail(at, 'a string'));
const text: Check = (value, at) =>
  typeof value == 'string' || (isObject(value) && Object.values(value).every((v) => typeof v == 'string'))
    ? value
    : fail(at, 'a string or { fr, en, … } strings');
const opt =
  (check: Check): Check =>
  (value, at) =>
    value === undefined ? value : check(value, at);
/** What was left out while parsing, one line per broken field or entry. */
let dropped: string[] = [];

/** `check(value, at)`, or `undefined` with `at` noted as left out when it does not fit. */
const tolerant = (check: Check, value: unknown, at: string): unknown => {
  try {
    return check(value, at);
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    dropped.push(error.message);
  }
};
/** An array; an entry that does not fit is left out, the others stay. */
const list =
  (check: Check): Check =>
  (value, at) =>
    Array.isArray(value)
      ? value.map((item, i) => tolerant(check, item, `${at}[${i}]`)).filter((item) => item !== undefined)
      : fail(at, 'an array');
/**
 * An object of `shape`; a field that does not fit (or is missing) is left out and the rest
 * kept, so an entry shows what it has. Keys outside `shape` are noted too.
 */
const object =
  (shape: Record<string, Check>): Check =>
  (value, at) => {
    if (!isObject(value)) fail(at, 'an object');
    const out: Unchecked = {};
    for (const key in shape) {
      const field = tolerant(shape[key], (value as Unchecked)[key], `${at}.${key}`);
      if (field !== undefined) out[key] = field;
    }
    for (const key of Object.keys(value as Unchecked))
      if (!(key in shape)) dropped.push(`${at}.${key} is not a known key (${Object.keys(shape).join(', ')})`);
    return out;
  };
/** `true`/`false` (the given constant) or a text. */
const flagOrText =
  (flag: boolean): Check =>
  (value, at) =>
    value === flag ? value : text(value, at);
/** An array is shorthand for `{ [key]: array }`; a text for `{ [key]: text }`. */
const shorthand =
  (key: string, check: Check): Check =>
  (value, at) =>
    check(Array.isArray(value) || typeof value == 'string' ? { [key]: value } : value, at);

const link = object({ label: text, url: string });
const texts = list(text);
const contactShape = { name: opt(text), address: opt(text), email: opt(string), phone: opt(string), url: opt(string) };
const contact = object(contactShape);
/** The rights that have built-in texts, in the order they are listed by default (the first six). */
export const RIGHT_KEYS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'automated', 'post-mortem'];
const right: Check = (value, at) =>
  typeof value == 'string'
    ? RIGHT_KEYS.includes(value)
      ? value
      : fail(at, `one of ${RIGHT_KEYS.join(', ')}`)
    : object({ title: text, description: text })(value, at);

/** The checker of each section, by key. */
const SECTIONS: Record<keyof PrivacyPolicyContent, Check> = {
  url: string,
  version: string,
  intro: text,
  summary: list(object({ title: text, items: texts })),
  controller: object({ ...contactShape, name: text, registration: opt(text), representative: opt(text) }),
  dpo: (value, at) => (value === false ? value : contact(value, at)),
  purposes: (value, at) => {
    const purposes = list(object({ source: text, data: text, purpose: text, legalBasis: text, legitimateInterest: opt(text) }))(value, at) as PolicyPurpose[];
    purposes.forEach((purpose, i) => {
      if (purpose.legalBasis == 'legitimate-interest' && !purpose.legitimateInterest)
        console.warn(`consent-elements: ${at}[${i}].legitimateInterest is missing: say what the legitimate interest is (GDPR art. 13(1)(d)).`);
    });
    return purposes;
  },
  mandatory: flagOrText(true),
  sensitiveData: flagOrText(false),
  retention: list(object({ data: text, duration: text, justification: opt(text) })),
  recipients: shorthand(
    'processors',
    object({
      internal: opt(texts),
      processors: opt(
        list(object({ name: text, purpose: text, location: text, safeguard: opt(text), url: opt(string) })),
      ),
      authorities: opt(text),
      noSale: opt((value, at) => (typeof value == 'boolean' ? value : fail(at, 'true or false'))),
    }),
  ),
  transfers: shorthand(
    'description',
    object({
      description: opt(text),
      safeguards: opt(list(object({ name: text, description: opt(text), link: opt(link) }))),
      measures: opt(texts),
    }),
  ),
  rights: shorthand(
    'list',
    object({ list: opt(list(right)), contact: opt(contact), identityProof: opt(flagOrText(true)) }),
  ),
  authority: object({ ...contactShape, name: text }),
  advertising: object({
    description: opt(text),
    notice: opt(text),
    providers: opt(text),
    uses: opt(texts),
    optOut: opt(list(link)),
  }),
  analytics: object({ description: opt(text), measures: opt(texts), optOut: opt(list(link)) }),
  automated: (value, at) =>
    value === false
      ? value
      : object({
          decisions: opt(text),
          profiling: opt((v, a) => (typeof v == 'boolean' ? v : text(v, a))),
          logic: opt(text),
          consequences: opt(text),
        })(value, at),
  security: object({ description: opt(text), technical: opt(texts), organisational: opt(texts) }),
  breach: flagOrText(true),
  changes: text,
  history: list(object({ version: string, date: string, changes: opt(text) })),
};

/** The policy with only its well-formed sections, shorthands expanded. */
export type ParsedPolicy = Omit<PrivacyPolicyContent, 'recipients' | 'transfers' | 'rights'> & {
  recipients?: PolicyRecipients;
  transfers?: PolicyTransfers;
  rights?: PolicyRights;
};

/**
 * Keeps what is well formed in `raw`, entry by entry and field by field: a `purposes` entry
 * without `source`, or a processor given as `{ name, role }`, still shows what it has. One
 * `console.warn` per field, entry or section left out, naming it (the config validator only
 * checks that `privacyPolicy` is an object).
 */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const policy: Unchecked = {};
  if (!isObject(raw)) return policy;
  dropped = [];
  for (const key in SECTIONS) {
    if (raw[key] === undefined) continue;
    const section = tolerant(SECTIONS[key as keyof PrivacyPolicyContent], raw[key], `privacyPolicy.${key}`);
    if (section !== undefined) policy[key] = section;
  }
  for (const key of Object.keys(raw)) if (!(key in SECTIONS)) dropped.push(`privacyPolicy.${key} is not a known section`);
  for (const line of dropped) console.warn(`consent-elements: ${line}; left out.`);
  return policy;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../../core/types.js';
import { localize } from '../../i18n/localize.js';
import type { PolicyStrings } from '../../i18n/policy-en.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { PolicyContact, PolicyLink } from './policy-schema.js';

export type Content = TemplateResult | string | typeof nothing;

/** `<h1>`…`<h6>` (Lit cannot bind a tag name); levels past 6 stay at 6. */
export function heading(level: number, id: string | undefined, content: unknown): TemplateResult {
  const i = nothing;
  switch (Math.min(6, level)) {
    case 1: return html`<h1 id=${id ?? i}>${content}</h1>`;
    case 2: return html`<h2 id=${id ?? i}>${content}</h2>`;
    case 3: return html`<h3 id=${id ?? i}>${content}</h3>`;
    case 4: return html`<h4 id=${id ?? i}>${content}</h4>`;
    case 5: return html`<h5 id=${id ?? i}>${content}</h5>`;
    default: return html`<h6 id=${id ?? i}>${content}</h6>`;
  }
}

/** Splits `template` around its `{name}` placeholders and puts `values` in their place, as nodes. */
export const fill = (template: string, values: Record<string, unknown>): unknown[] =>
  template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? values[part] : part));

/** Parses `YYYY-MM-DD` as a local date (not UTC midnight, which can be the day before). */
const localDate = (value: string) => {
  const [, y, m, d] = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value) ?? [];
  return y ? new Date(+y, +m - 1, +d) : undefined;
};

/**
 * The building blocks of `<privacy-policy>`'s sections, for one render: texts in the language
 * shown, sub-headings one level below the sections', links only through `safeUrl`.
 */
export class PolicyBlocks {
  /** How many tables this render drew, for their captions' ids. */
  private _tables = 0;

  constructor(
    readonly t: PolicyStrings,
    readonly lang: string,
    readonly level: number,
    /** The element's id, which every id of the render starts with. */
    readonly id = 'privacy-policy',
  ) {}

  loc(text: LocalizedText | undefined): string {
    return localize(text, this.lang);
  }

  para(text: LocalizedText) {
    return html`<p>${this.loc(text)}</p>`;
  }

  list(items: unknown[]) {
    return html`<ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  }

  texts(items: LocalizedText[] = []) {
    return this.list(items.map((item) => this.loc(item)));
  }

  links(links: PolicyLink[]) {
    return this.list(links.map((item) => this.link(item.label, item.url)));
  }

  sub(title: string, content: unknown) {
    return html`${heading(this.level + 1, undefined, title)}${content}`;
  }

  /** A link when `url` is safe, else the label as plain text. */
  link(label: LocalizedText, url?: string): Content {
    const href = safeUrl(url);
    const text = this.loc(label) || url || '';
    // `policy-url`: the label is the URL itself, so the print style does not repeat it.
    return href ? html`<a href=${href} class=${text == href ? 'policy-url' : nothing}>${text}</a>` : text;
  }

  email(address: string) {
    return html`<a href="mailto:${address}">${address}</a>`;
  }

  contact(contact: PolicyContact, extra: Array<[string, LocalizedText | undefined]> = []) {
    const { t } = this;
    const rows: Array<[string, unknown]> = [
      ...extra.map(([label, value]): [string, unknown] => [label, value && this.loc(value)]),
      [t.address, contact.address && this.loc(contact.address)],
      [t.email, contact.email && this.email(contact.email)],
      [t.phone, contact.phone && html`<a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>`],
      [t.website, contact.url && this.link(contact.url, contact.url)],
    ];
    return html`<dl class="policy-pairs">
      ${rows.map(([label, value]) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing))}
    </dl>`;
  }

  /**
   * A table in its own scroll container, so a wide one scrolls by itself instead of the page
   * (WCAG 1.4.10, reflow at 320 px): the container is focusable, for keyboard scrolling, and
   * named by the caption.
   */
  table(caption: unknown, headers: string[], rows: unknown[][]) {
    const id = `${this.id}-table-${++this._tables}`;
    return html`<div class="policy-scroll" role="region" tabindex="0" aria-labelledby=${id}><table>
      <caption id=${id}>${caption}</caption>
      <thead>
        <tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr>
      </thead>
      <tbody>
        ${rows.map(
          ([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  /** A `<time>` in the page's language; a `YYYY-MM-DD` string is a local date, anything else is shown as given. */
  date(value: Date | string, withTime = false) {
    const date = typeof value == 'string' ? localDate(value) : value;
    if (!date || isNaN(+date)) return value as string;
    const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' };
    return html`<time datetime=${typeof value == 'string' ? value : date.toISOString()}>${new Intl.DateTimeFormat(this.lang, options).format(date)}</time>`;
  }
}

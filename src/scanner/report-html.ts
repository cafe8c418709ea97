import type { Phase, PhaseObservation, Report, Violation } from './types.js';

/** Everything the scanned site controls (names, URLs, titles) goes through here: shown as text, never as markup. */
export const escape = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const PHASE_LABEL: Record<Phase, string> = {
  'before-consent': 'Before any choice',
  'after-reject': 'After “reject all”',
  'after-accept': 'After “accept all”',
};

const KIND_LABEL: Record<Violation['kind'], string> = {
  cookie: 'Cookie without consent',
  storage: 'Storage without consent',
  'third-party-request': 'Third-party request without consent',
  'consent-cookie-lifetime': 'Consent kept too long',
  'consent-mode-default': 'Consent Mode default missing or late',
  'undeclared-cookie': 'Cookie not declared in the config',
  'declared-service-not-seen': 'Declared service never seen',
};

/** A lifetime in seconds, as a person reads it. */
export function humanLifetime(seconds: number | undefined): string {
  if (seconds === undefined) return 'session';
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(seconds / 3600);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(seconds / 86400);
  if (days < 60) return days == 1 ? '1 day' : `${days} days`;
  const months = Math.round(days / 30.44);
  return months >= 24 && months % 12 == 0 ? `${months / 12} years` : `${months} months`;
}

const list = (items: string[], empty = 'none') =>
  items.length ? `<ul class="plain">${items.map((item) => `<li><code>${escape(item)}</code></li>`).join('')}</ul>` : `<p class="muted">${escape(empty)}</p>`;

const path = (url: string, start: string) => {
  try {
    const u = new URL(url);
    return u.origin == new URL(start).origin ? u.pathname + u.search : url;
  } catch {
    return url;
  }
};

/** The report a site owner reads: summary first, then violations with evidence, services, pages. */
export function renderHtml(report: Report): string {
  const host = new URL(report.startUrl).host;
  const count = report.violations.length;
  const phasesMeasured = report.usesLibrary
    ? 'All three: before any choice, after “reject all”, after “accept all”.'
    : report.pages.some((page) => page.usesLibrary)
      ? 'All three on the pages using consent-elements; before any choice only on the others.'
      : 'Before any choice only: this site does not use consent-elements, so the scanner could not make a choice for the visitor.';
  const recognised = report.services.length;
  const unknown = report.unrecognised;
  const unknownCount = unknown.cookies.length + unknown.storage.length + unknown.hosts.length;

  const violations = count
    ? `<div class="scroll" role="region" tabindex="0" aria-label="Table of violations"><table>
  <caption>${count} violation${count == 1 ? '' : 's'}, most serious kinds first</caption>
  <thead><tr><th scope="col">Problem</th><th scope="col">When</th><th scope="col">Evidence</th><th scope="col">Pages</th></tr></thead>
  <tbody>${report.violations
    .map(
      (v) => `<tr>
    <td><strong>${escape(KIND_LABEL[v.kind])}</strong><br>${escape(v.message)}</td>
    <td class="when">${escape(PHASE_LABEL[v.phase])}</td>
    <td>${[
      v.service ? `service <code>${escape(v.service)}</code>` : '',
      v.cookie ? `cookie <code>${escape(v.cookie)}</code>` : '',
      v.key ? `key <code>${escape(v.key)}</code>` : '',
      v.url ? `<code class="url">${escape(v.url)}</code>` : '',
    ]
      .filter(Boolean)
      .join('<br>')}</td>
    <td class="pages">${(v.pages ?? (v.page ? [v.page] : [])).slice(0, 5).map((page) => `<code>${escape(path(page, report.startUrl))}</code>`).join('<br>')}${(v.pages?.length ?? 0) > 5 ? `<br>and ${(v.pages?.length ?? 0) - 5} more` : ''}</td>
  </tr>`,
    )
    .join('')}</tbody>
</table></div>`
    : '<p>No cookie, storage key or third-party request was found before consent or after refusal' +
      (report.configChecked ? ', and what was seen matches the config' : '') +
      '.</p>';

  const services = recognised
    ? `<div class="scroll" role="region" tabindex="0" aria-label="Table of services recognised"><table>
  <caption>Services recognised from the catalogue</caption>
  <thead><tr><th scope="col">Service</th><th scope="col">Category</th><th scope="col">Seen</th><th scope="col">Cookies and storage</th><th scope="col">Evidence</th></tr></thead>
  <tbody>${report.services
    .map(
      (s) => `<tr>
    <th scope="row">${escape(s.name)}<br><code>${escape(s.id)}</code>${s.provider ? `<br><span class="muted">${escape(s.provider)}</span>` : ''}</th>
    <td>${escape(s.category)}</td>
    <td>${s.phases.map((phase) => escape(PHASE_LABEL[phase])).join('<br>')}</td>
    <td>${[
      ...s.cookies.map((c) => `<code>${escape(c.name)}</code> ${escape(humanLifetime(c.lifetime))}${c.thirdParty ? ' (third party)' : ''}`),
      ...s.storage.map((key) => `<code>${escape(key)}</code> storage`),
    ].join('<br>') || '<span class="muted">none</span>'}</td>
    <td>${s.evidence
      .slice(0, 4)
      .map((e) => `${escape(e.what)} <code class="url">${escape(e.value)}</code>`)
      .join('<br>')}</td>
  </tr>`,
    )
    .join('')}</tbody>
</table></div>`
    : '<p>No service from the catalogue was recognised.</p>';

  const phaseSection = (o: PhaseObservation, pageUrl: string, start: string) => `<section>
  <h4>${escape(PHASE_LABEL[o.phase])}</h4>
  ${o.error ? `<p class="bad">Could not be measured: ${escape(o.error)}</p>` : ''}
  ${
    o.cookies.length
      ? `<div class="scroll" role="region" tabindex="0" aria-label="Cookies of ${escape(path(pageUrl, start))}, ${escape(PHASE_LABEL[o.phase].toLowerCase())}"><table><caption>Cookies</caption>
    <thead><tr><th scope="col">Name</th><th scope="col">Domain</th><th scope="col">Lifetime</th><th scope="col">Party</th><th scope="col">Set by</th></tr></thead>
    <tbody>${o.cookies
      .map(
        (c) =>
          `<tr><th scope="row"><code>${escape(c.name)}</code></th><td>${escape(c.domain)}</td><td>${escape(humanLifetime(c.lifetime))}</td><td>${c.thirdParty ? 'third' : 'first'}</td><td>${c.setBy ? `${c.setBy.kind == 'response' ? 'response' : 'script'} <code class="url">${escape(path(c.setBy.url, start))}</code>` : '<span class="muted">unknown</span>'}</td></tr>`,
      )
      .join('')}</tbody></table></div>`
      : '<p>Cookies: none.</p>'
  }
  <p>Storage keys: ${o.storage.length ? o.storage.map((s) => `<code>${escape(s.key)}</code> (${escape(s.area)}, ${escape(s.origin)})`).join(', ') : 'none'}.</p>
  <p>Third-party requests: ${o.requests.length}${o.requests.length ? ` to ${[...new Set(o.requests.map((r) => r.host))].map((h) => `<code>${escape(h)}</code>`).join(', ')}` : ''}.</p>
  <p>Scripts: ${o.scripts.length}; iframes: ${o.iframes.length ? o.iframes.map((f) => `<code class="url">${escape(f)}</code>`).join(', ') : 'none'}.</p>
  ${o.consentMode.entries.length ? `<p>First <code>dataLayer</code> entries, in order:</p><ol class="layer">${o.consentMode.entries.map((e) => `<li><code class="url">${escape(e)}</code></li>`).join('')}</ol>` : ''}
</section>`;

  const pages = report.pages
    .map(
      (page) => `<details>
  <summary><code>${escape(path(page.url, report.startUrl))}</code> ${page.title ? `— ${escape(page.title)}` : ''} ${page.status && page.status >= 400 ? `<span class="bad">(HTTP ${page.status})</span>` : ''}${page.error ? ` <span class="bad">(${escape(page.error)})</span>` : ''}</summary>
  ${page.phases.map((o) => phaseSection(o, page.url, report.startUrl)).join('')}
</details>`,
    )
    .join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent scan of ${escape(host)} — ${count ? `${count} violation${count == 1 ? '' : 's'}` : 'no violation'}</title>
<style>
  :root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #4f5863; --line: #d0d7de; --bad: #a4161a; --bad-bg: #fdecec; --good: #0f5f2a; --good-bg: #e6f4ea; --code: #f3f4f6; }
  @media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #a9b4c0; --line: #3d444d; --bad: #ff9492; --bad-bg: #3c1618; --good: #7ee2a8; --good-bg: #12301f; --code: #1f2630; } }
  body { font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
  main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.7rem; margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
  .muted { color: var(--muted); }
  .verdict { padding: 1rem 1.25rem; border-radius: .5rem; border: 2px solid; font-size: 1.15rem; }
  .verdict.bad { color: var(--bad); background: var(--bad-bg); } .verdict.good { color: var(--good); background: var(--good-bg); }
  .bad { color: var(--bad); }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.25rem; } dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
  /* Wide tables scroll on their own on a phone; the region is focusable so a keyboard can scroll it. */
  .scroll { overflow-x: auto; } .scroll:focus-visible { outline: 3px solid #1f6feb; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
  caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
  th, td { border: 1px solid var(--line); padding: .4rem .55rem; text-align: left; vertical-align: top; }
  thead th { background: var(--code); }
  code { background: var(--code); padding: 0 .2rem; border-radius: .2rem; font-size: .9em; }
  code.url { word-break: break-all; }
  td.when { white-space: nowrap; } td.pages { min-width: 8rem; } td.pages code { overflow-wrap: anywhere; word-break: normal; }
  ol.layer { font-size: .85rem; padding-left: 1.75rem; }
  ul.plain { margin: .25rem 0; padding-left: 1.25rem; }
  details { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .75rem; margin: .5rem 0; }
  summary { cursor: pointer; font-weight: 600; }
  summary:focus-visible, a:focus-visible { outline: 3px solid #1f6feb; outline-offset: 2px; }
  figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: .4rem; }
  a { color: inherit; }
</style>
</head>
<body>
<main>
<header>
  <h1>Consent scan of ${escape(host)}</h1>
  <p class="muted">${escape(report.startedAt.replace('T', ' ').slice(0, 16))} UTC · ${escape((report.durationMs / 1000).toFixed(1))} s · ${escape(report.browser)} · ${escape(report.tool.name)} ${escape(report.tool.version)}</p>
</header>

<section aria-labelledby="summary">
  <h2 id="summary">Summary</h2>
  <p class="verdict ${count ? 'bad' : 'good'}" role="status">${count ? `<strong>${count} violation${count == 1 ? '' : 's'} found.</strong> Details with evidence below.` : '<strong>No violation found.</strong>'}</p>
  <dl class="facts">
    <dt>Start page</dt><dd><code class="url">${escape(report.startUrl)}</code></dd>
    <dt>Pages scanned</dt><dd>${report.pages.length}${report.skipped.length ? ` (${report.skipped.length} more found but not scanned)` : ''}</dd>
    <dt>Phases measured</dt><dd>${escape(phasesMeasured)}</dd>
    <dt>Services recognised</dt><dd>${recognised ? report.services.map((s) => escape(s.name)).join(', ') : 'none'}</dd>
    <dt>Not recognised</dt><dd>${unknownCount ? `${unknown.cookies.length} cookie(s), ${unknown.storage.length} storage key(s), ${unknown.hosts.length} third-party host(s)` : 'nothing'}</dd>
    <dt>Config compared</dt><dd>${report.configChecked ? 'yes' : 'no (run with --config FILE to compare)'}</dd>
  </dl>
</section>

${
  report.screenshot
    ? `<section aria-labelledby="first-visit">
  <h2 id="first-visit">What a first-time visitor sees</h2>
  <figure>
    <img src="data:image/png;base64,${report.screenshot}" width="1280" height="800" alt="Screenshot of ${escape(host)} on a first visit, before any choice, with its consent banner if it shows one.">
    <figcaption class="muted">The start page in a fresh browser profile, before any choice (1280 × 800).</figcaption>
  </figure>
</section>`
    : ''
}

<section aria-labelledby="violations">
  <h2 id="violations">Violations</h2>
  ${violations}
</section>

<section aria-labelledby="services">
  <h2 id="services">Services</h2>
  ${services}
  <h3>Not recognised</h3>
  ${
    unknownCount + unknown.scripts.length + unknown.iframes.length
      ? `<p>Not in the catalogue: describe these yourself (the draft config lists their cookies and storage keys under “To classify”).</p>
  <dl class="facts">
    <dt>Cookies</dt><dd>${list(unknown.cookies)}</dd>
    <dt>Storage keys</dt><dd>${list(unknown.storage)}</dd>
    <dt>Third-party hosts</dt><dd>${list(unknown.hosts)}</dd>
    <dt>Third-party scripts</dt><dd>${list(unknown.scripts)}</dd>
    <dt>Iframes</dt><dd>${list(unknown.iframes)}</dd>
  </dl>`
      : '<p>Nothing: every cookie, storage key and third-party host seen belongs to a service above.</p>'
  }
</section>

<section aria-labelledby="pages">
  <h2 id="pages">Pages</h2>
  ${pages}
  ${report.skipped.length ? `<h3>Found but not scanned</h3><ul>${report.skipped.map((s) => `<li><code class="url">${escape(s.url)}</code>: ${escape(s.reason)}</li>`).join('')}</ul>` : ''}
</section>

<footer>
  <p class="muted">Each page is opened in a fresh browser profile for each phase. A choice is made through the site's <code>window.consentElements</code> (<code>rejectAll()</code> or <code>acceptAll()</code>), then the page is loaded again. The consent cookie itself is strictly necessary and never counted. Files: <code>report.json</code>, <code>config.draft.json</code>.</p>
</footer>
</main>
</body>
</html>
`;
}

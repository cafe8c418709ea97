// The dashboard page: asks for the admin token, keeps it in sessionStorage (this tab only),
// and fetches the figures with an Authorization header. The token never goes into a URL.
/* global uPlot */
(() => {
  const KEY = 'consent-elements-admin-token';
  const DAY = 86_400_000;
  const REASONS = [
    ['accept-all', 'Accept all'],
    ['reject-all', 'Reject all'],
    ['save', 'Custom (save)'],
    ['close', 'Close (refusal)'],
    ['reset', 'Withdrawal (reset)'],
  ];
  const $ = (id) => document.getElementById(id);
  const login = $('login');
  const report = $('report');
  const status = $('status');
  let last;

  const percent = (part, total) => (total ? `${((100 * part) / total).toFixed(1)} %` : '–');
  const isoDay = (time) => new Date(time).toISOString().slice(0, 10);
  const color = (index) => getComputedStyle(document.documentElement).getPropertyValue(`--s${(index % 7) + 1}`).trim();
  const cssVar = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

  function showLogin(message = '') {
    report.hidden = true;
    login.hidden = false;
    $('login-error').textContent = message;
    $('token').focus();
  }

  async function load() {
    const token = sessionStorage.getItem(KEY);
    if (!token) return showLogin();
    const query = new URLSearchParams({ from: $('from').value, to: $('to').value });
    status.textContent = 'Loading…';
    let response;
    try {
      response = await fetch(new URL(`stats?${query}`, location.href), { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
    } catch {
      status.textContent = 'The server did not answer.';
      return;
    }
    if (response.status == 401) {
      sessionStorage.removeItem(KEY);
      return showLogin('That token was refused.');
    }
    const body = await response.json();
    if (!response.ok) {
      status.textContent = body.error || `Error ${response.status}`;
      return;
    }
    login.hidden = true;
    report.hidden = false;
    last = body;
    render(body);
  }

  /** Every day of the period, as uPlot's x values (seconds) and as ISO dates. */
  function days(stats) {
    const list = [];
    for (let t = Date.parse(stats.from); t <= Date.parse(stats.to); t += DAY) list.push(isoDay(t));
    return list;
  }

  function table(element, head, rows, caption) {
    element.replaceChildren();
    if (caption) element.createCaption().textContent = caption;
    const headRow = element.createTHead().insertRow();
    for (const text of head) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = text;
      headRow.append(th);
    }
    const body = element.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      row.forEach((value, index) => {
        const cell = index == 0 ? document.createElement('th') : tr.insertCell();
        if (index == 0) {
          cell.scope = 'row';
          tr.append(cell);
        }
        cell.textContent = value;
        if (index == 0 && /^https?:/.test(value)) cell.className = 'url';
      });
    }
  }

  function legend(element, names) {
    element.replaceChildren(
      ...names.map((name, index) => {
        const item = document.createElement('li');
        item.textContent = name;
        item.style.setProperty('--swatch', color(index));
        return item;
      }),
    );
  }

  const charts = new Map();
  function chart(id, names, x, series, label) {
    charts.get(id)?.destroy();
    const element = $(id);
    element.replaceChildren();
    element.setAttribute('aria-label', label);
    const axis = { stroke: cssVar('--muted'), grid: { stroke: cssVar('--line'), width: 1 }, ticks: { stroke: cssVar('--line') } };
    const plot = new uPlot(
      {
        width: Math.max(320, element.clientWidth || report.clientWidth),
        height: 300,
        legend: { show: false },
        scales: { x: { time: true }, y: { range: [0, 100] } },
        axes: [axis, { ...axis, values: (_, ticks) => ticks.map((v) => `${v} %`) }],
        series: [{}, ...names.map((name, index) => ({ label: name, stroke: color(index), width: 2, points: { show: x.length < 60 } }))],
      },
      [x, ...series],
      element,
    );
    charts.set(id, plot);
  }

  function render(stats) {
    const dayList = days(stats);
    const x = dayList.map((day) => Date.parse(day) / 1000);

    // Summary: shares over the whole period.
    const totals = Object.fromEntries(REASONS.map(([reason]) => [reason, 0]));
    let all = 0;
    let gpc = 0;
    for (const row of stats.reasons) {
      totals[row.reason] = (totals[row.reason] || 0) + row.count;
      all += row.count;
      gpc += row.gpc;
    }
    $('summary').replaceChildren(
      ...[
        ['Decisions', all.toLocaleString('en')],
        ...REASONS.map(([reason, name]) => [name, percent(totals[reason], all)]),
        ['With GPC on', percent(gpc, all)],
      ].map(([term, value]) => {
        const div = document.createElement('div');
        const dt = document.createElement('dt');
        const dd = document.createElement('dd');
        dt.textContent = term;
        dd.textContent = value;
        div.append(dt, dd);
        return div;
      }),
    );

    // Consent rate per category and day.
    const categories = [...new Set(stats.categories.map((row) => row.category))].sort();
    const rate = new Map(stats.categories.map((row) => [`${row.day}|${row.category}`, row]));
    const rateSeries = categories.map((category) =>
      dayList.map((day) => {
        const row = rate.get(`${day}|${category}`);
        return row && row.total ? (100 * row.granted) / row.total : null;
      }),
    );
    chart('rates-chart', categories, x, rateSeries, `Line chart: consent rate per category per day, ${stats.from} to ${stats.to}. The figures are in the table below.`);
    legend($('rates-legend'), categories);
    table(
      $('rates-table'),
      ['Day', ...categories],
      dayList.filter((day) => categories.some((c) => rate.has(`${day}|${c}`))).map((day) => [
        day,
        ...categories.map((category) => {
          const row = rate.get(`${day}|${category}`);
          return row ? `${percent(row.granted, row.total)} of ${row.total}` : '–';
        }),
      ]),
    );

    // Kinds of decision per day, as shares of that day's decisions.
    const perDay = new Map();
    for (const row of stats.reasons) {
      const entry = perDay.get(row.day) || { total: 0, gpc: 0 };
      entry[row.reason] = row.count;
      entry.total += row.count;
      entry.gpc += row.gpc;
      perDay.set(row.day, entry);
    }
    const reasonNames = [...REASONS.map(([, name]) => name), 'GPC on'];
    const reasonKeys = [...REASONS.map(([reason]) => reason), 'gpc'];
    const share = (day, key) => {
      const entry = perDay.get(day);
      return entry && entry.total ? (100 * (entry[key] || 0)) / entry.total : null;
    };
    chart('reasons-chart', reasonNames, x, reasonKeys.map((key) => dayList.map((day) => share(day, key))),
      `Line chart: share of each kind of decision per day, ${stats.from} to ${stats.to}. The figures are in the table below.`);
    legend($('reasons-legend'), reasonNames);
    table(
      $('reasons-table'),
      ['Day', 'Decisions', ...reasonNames],
      dayList.filter((day) => perDay.has(day)).map((day) => [day, String(perDay.get(day).total), ...reasonKeys.map((key) => percent(perDay.get(day)[key] || 0, perDay.get(day).total))]),
    );

    const breakdown = (rows) => rows.map((row) => [row.key, String(row.total), ...REASONS.map(([reason]) => percent(row.reasons[reason] || 0, row.total))]);
    table($('languages'), ['Language', 'Decisions', ...REASONS.map(([, name]) => name)], breakdown(stats.languages));
    table($('pages'), ['Page', 'Decisions', ...REASONS.map(([, name]) => name)], breakdown(stats.pages));
    status.textContent = all ? `${all.toLocaleString('en')} decisions from ${stats.from} to ${stats.to}.` : `No decisions from ${stats.from} to ${stats.to}.`;
  }

  login.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY, $('token').value);
    $('token').value = '';
    load();
  });
  $('range').addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  $('sign-out').addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    showLogin();
  });
  // Charts take their colours from the theme and their width from the page: redraw on change.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => last && render(last));
  let resize;
  addEventListener('resize', () => {
    clearTimeout(resize);
    resize = setTimeout(() => last && render(last), 150);
  });

  const today = Date.now();
  $('to').value = isoDay(today);
  $('from').value = isoDay(today - 29 * DAY);
  load();
})();

/**
 * The demo site's pages: Studio Brume, a fictional web agency in Nantes. French at `/`, English
 * under `/en/`. Every page loads the library as the README's fastest install tells a site owner
 * to: Consent Mode's default inline, then the config and the library deferred, off the first
 * paint's path; trackers are written blocked (`type="text/plain"`).
 */
import { readFileSync } from 'node:fs';

/** The inline Consent Mode default (`dist/consent-default.js`, from this source). */
const CONSENT_DEFAULT = readFileSync(new URL('../src/script-tag/consent-default.js', import.meta.url), 'utf8').trim();

const PAGES = {
  '/': home,
  '/journal/site-rapide.html': article,
  '/confidentialite.html': policy,
  '/developpeurs.html': developers,
};

/** The demo's consent languages: the page's own (`auto`), every built-in one, two from the config alone. */
const CONSENT_LANGUAGES = [
  ['', 'auto'],
  ...Object.entries({
    bg: 'Български', cs: 'Čeština', da: 'Dansk', de: 'Deutsch', el: 'Ελληνικά', en: 'English', es: 'Español',
    et: 'Eesti', fi: 'Suomi', fr: 'Français', ga: 'Gaeilge', hr: 'Hrvatski', hu: 'Magyar', it: 'Italiano',
    lt: 'Lietuvių', lv: 'Latviešu', mt: 'Malti', nl: 'Nederlands', pl: 'Polski', pt: 'Português', ro: 'Română',
    sk: 'Slovenčina', sl: 'Slovenščina', sv: 'Svenska', ca: 'Català', eu: 'Euskara', gl: 'Galego', nb: 'Norsk bokmål',
    is: 'Íslenska', uk: 'Українська (config)', ar: 'العربية (config, RTL)',
  }),
];

/** The HTML of `path` (without the `/en` prefix) in `lang`, or undefined. */
export function renderPage(path, lang) {
  const page = PAGES[path];
  if (!page) return;
  const t = (fr, en) => (lang === 'en' ? en : fr);
  const href = (to) => (lang === 'en' ? `/en${to}` : to);
  return layout({ path, lang, t, href, ...page(t, href) });
}

function layout({ path, lang, t, href, title, main, extraBody = '' }) {
  const nav = [
    ['/', t('Accueil', 'Home')],
    ['/journal/site-rapide.html', t('Journal', 'Journal')],
    ['/confidentialite.html', t('Confidentialité', 'Privacy')],
    ['/developpeurs.html', t('Développeurs', 'Developers')],
  ]
    .map(([to, label]) => `<a href="${href(to)}"${to === path ? ' aria-current="page"' : ''}>${label}</a>`)
    .join('');
  const other = lang === 'en' ? ['fr', path, 'Français'] : ['en', `/en${path}`, 'English'];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Studio Brume</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/badges.js"></script>
<!-- The install, as in the README ("The fastest install"): the Consent Mode default inline, then
     the config and the library, deferred (they run in this order once the page is parsed). -->
<script>${CONSENT_DEFAULT}</script>
<script defer src="/agency-config.js"></script>
<script defer src="/assets/consent-language.js"></script>
<script defer src="/consent-elements/consent-elements.js"></script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="${href('/')}"><span aria-hidden="true">◐</span> Studio Brume</a>
  <nav aria-label="${t('Navigation principale', 'Main navigation')}">${nav}</nav>
  <a class="lang" href="${other[1]}" hreflang="${other[0]}" lang="${other[0]}">${other[2]}</a>
  <form class="lang" method="get">
    <label>${t('Langue du consentement', 'Consent language')}
      <select name="consent-lang">${CONSENT_LANGUAGES.map(([code, name]) => `<option value="${code}"${code ? ` lang="${code}"` : ''}>${name}</option>`).join('')}</select>
    </label>
    <button>${t('Afficher', 'Show')}</button>
  </form>
</header>
<main id="main">
${main}
</main>
<footer class="site-footer">
  <p>© 2026 Studio Brume SAS (${t('agence fictive', 'a fictional agency')}) · 3 rue des Brumes, 44000 Nantes</p>
  <p>
    <a href="${href('/confidentialite.html')}">${t('Politique de confidentialité', 'Privacy policy')}</a> ·
    <a href="#" data-consent-open>${t('Gérer mes cookies', 'Manage my cookies')}</a>
  </p>
</footer>
<!-- Trackers, blocked until their category is granted (served locally: this demo works offline). -->
<script type="text/plain" data-consent-category="analytics" src="/fake-tags/analytics.js"></script>
<script type="text/plain" data-consent-category="marketing" src="/fake-tags/ads.js"></script>
${extraBody}
</body>
</html>
`;
}

function home(t, href) {
  const card = (icon, title, text) => `<article class="card"><span class="icon" aria-hidden="true">${icon}</span><h3>${title}</h3><p>${text}</p></article>`;
  return {
    title: t('Sites rapides et sobres à Nantes', 'Fast, lean websites from Nantes'),
    main: `
<section class="hero">
  <p class="eyebrow">${t('Agence web · Nantes', 'Web agency · Nantes')}</p>
  <h1>${t('Des sites rapides, accessibles et respectueux de vos visiteurs.', 'Websites that are fast, accessible and respectful of your visitors.')}</h1>
  <p class="lead">${t(
    "Studio Brume conçoit des sites vitrines et des boutiques pour les PME de l'Ouest. Pas de traceur sans accord, pas de kilo-octet inutile.",
    'Studio Brume builds showcase sites and shops for small businesses in western France. No tracker without consent, not one useless kilobyte.',
  )}</p>
  <p><a class="button" href="${href('/journal/site-rapide.html')}">${t('Lire notre dernier article', 'Read our latest article')}</a>
     <a class="button ghost" href="#" data-consent-open>${t('Vos choix de cookies', 'Your cookie choices')}</a></p>
</section>
<section class="cards" aria-label="${t('Nos services', 'Our services')}">
  ${card('⚡', t('Performance', 'Performance'), t('Des pages qui s’affichent en moins d’une seconde, même en 4G.', 'Pages that show in under a second, even on 4G.'))}
  ${card('♿', t('Accessibilité', 'Accessibility'), t('Conformité RGAA et WCAG 2.2 AA, testée au clavier et au lecteur d’écran.', 'RGAA and WCAG 2.2 AA compliance, tested by keyboard and screen reader.'))}
  ${card('<svg width="26" height="26" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><rect x="4" y="10" width="16" height="11" rx="2"/><path d="M8 10V7a4 4 0 0 1 8 0v3"/></svg>', t('Vie privée', 'Privacy'), t('Bandeau cookies conforme CNIL et Consent Mode v2 — comme sur ce site.', 'A CNIL-compliant cookie banner and Consent Mode v2 — like on this site.'))}
</section>
<aside class="ad-slot" data-fake-ad>${t(
      'Emplacement publicitaire : vide tant que la catégorie « Publicité » est refusée.',
      'Ad slot: empty while the “Advertising” category is refused.',
    )}</aside>
<section class="try">
  <h2>${t('Essayez', 'Try it')}</h2>
  <ol>
    <li>${t('Acceptez la mesure d’audience : le faux Google Analytics se charge, écrit son cookie <code>_ga</code> et affiche un badge en haut à droite.', 'Accept audience measurement: the fake Google Analytics loads, writes its <code>_ga</code> cookie and shows a badge at the top right.')}</li>
    <li>${t('Ouvrez l’article : la vidéo reste bloquée tant que la publicité est refusée.', 'Open the article: the video stays blocked while advertising is refused.')}</li>
    <li>${t('Changez d’avis avec « Gérer mes cookies » en bas de page : les cookies retirés sont effacés.', 'Change your mind with “Manage my cookies” at the bottom: withdrawn cookies are deleted.')}</li>
    <li>${t('La page <a href="/developpeurs.html">Développeurs</a> montre le dataLayer et chaque événement en direct.', 'The <a href="/en/developpeurs.html">Developers</a> page shows the dataLayer and every event live.')}</li>
  </ol>
</section>`,
  };
}

function article(t) {
  const p = (fr, en) => `<p>${t(fr, en)}</p>`;
  return {
    title: t('Pourquoi un site rapide vend mieux', 'Why a fast website sells more'),
    main: `
<article class="prose">
  <p class="eyebrow">${t('Journal · 12 novembre 2026 · 5 min de lecture', 'Journal · 12 November 2026 · 5 min read')}</p>
  <h1>${t('Pourquoi un site rapide vend mieux', 'Why a fast website sells more')}</h1>
  ${p(
    'Une boutique en ligne se juge en une seconde. Sur un téléphone, au fond d’une vallée bretonne, chaque kilo-octet compte : c’est là que vos visiteurs décident de rester ou de partir.',
    'An online shop is judged in one second. On a phone, deep in a Breton valley, every kilobyte counts: that is where your visitors decide to stay or leave.',
  )}
  <h2>${t('Ce que coûtent les outils tiers', 'What third-party tools cost')}</h2>
  ${p(
    'Mesure d’audience, pixels publicitaires, chat, vidéos intégrées : chaque outil ajoute des requêtes, du JavaScript et des cookies. La plupart n’ont pas le droit de se charger avant l’accord du visiteur.',
    'Analytics, ad pixels, chat, embedded videos: every tool adds requests, JavaScript and cookies. Most of them may not load before the visitor agrees.',
  )}
  <figure class="video">
    <iframe data-consent-category="marketing" data-src="/fake-embed/video.html"
            title="${t('Vidéo : dans les coulisses de Studio Brume', 'Video: behind the scenes at Studio Brume')}"
            width="640" height="360" allowfullscreen></iframe>
    <figcaption>${t(
      'Une vidéo hébergée par un tiers (ici un lecteur factice servi en local) : elle ne se charge qu’avec la catégorie « Publicité ».',
      'A video hosted by a third party (here a fake local player): it loads only with the “Advertising” category.',
    )}</figcaption>
  </figure>
  <h2>${t('Un bandeau qui ne ralentit rien', 'A banner that slows nothing down')}</h2>
  ${p(
    'Le bandeau de ce site pèse quelques kilo-octets, ne décale pas la page et ne charge son interface que lorsqu’il doit s’afficher. Un visiteur qui a déjà choisi ne télécharge que le cœur, plus petit qu’une icône.',
    'The banner on this site weighs a few kilobytes, never shifts the page and loads its interface only when it must show. A visitor who has already chosen downloads only the core, smaller than an icon.',
  )}
  ${p(
    'Refuser est aussi simple qu’accepter, le choix est gardé treize mois au plus, et on peut changer d’avis à tout moment depuis le pied de page.',
    'Refusing is as easy as accepting, the choice is kept thirteen months at most, and you can change your mind at any time from the footer.',
  )}
  <aside class="ad-slot" data-fake-ad>${t('Emplacement publicitaire (vide sans accord).', 'Ad slot (empty without consent).')}</aside>
</article>`,
  };
}

function policy(t) {
  return {
    title: t('Politique de confidentialité', 'Privacy policy'),
    main: `
<div class="prose">
  <h1>${t('Politique de confidentialité', 'Privacy policy')}</h1>
  <privacy-policy></privacy-policy>
</div>`,
  };
}

function developers(t) {
  const action = (code) => `<button type="button" data-call="${code}"><code>consentElements.${code}()</code></button>`;
  return {
    title: t('Développeurs', 'Developers'),
    main: `
<div class="dev">
  <h1>${t('Pour les développeurs', 'For developers')}</h1>
  <p>${t(
    'Tout ce que la bibliothèque expose, en direct : l’état du magasin de consentement, chaque événement <code>consent-change</code>, le <code>dataLayer</code> de Google Consent Mode et les cookies du site.',
    'Everything the library exposes, live: the consent store’s state, every <code>consent-change</code> event, Google Consent Mode’s <code>dataLayer</code> and the site’s cookies.',
  )}</p>
  <section class="panel">
    <h2>${t('Appeler l’API', 'Call the API')}</h2>
    <p class="actions">${['acceptAll', 'rejectAll', 'openPreferences', 'openBanner', 'reset'].map(action).join(' ')}</p>
  </section>
  <div class="grid">
    <section class="panel">
      <h2><code>consentElements.getAll()</code></h2>
      <pre id="state" aria-live="polite"></pre>
    </section>
    <section class="panel">
      <h2>${t('Cookies du site', 'Site cookies')} <small>(<code>document.cookie</code>)</small></h2>
      <pre id="cookies"></pre>
    </section>
  </div>
  <section class="panel">
    <h2>${t('Événements', 'Events')} <code>consent-ready</code> / <code>consent-change</code></h2>
    <ol id="events" class="log" reversed></ol>
  </section>
  <section class="panel">
    <h2><code>window.dataLayer</code></h2>
    <ol id="datalayer" class="log"></ol>
  </section>
  <section class="panel">
    <h2>${t('Écouter les décisions', 'Listen to decisions')}</h2>
    <pre><code>document.addEventListener('consent-change', (event) => {
  const { categories, changed, reason } = event.detail;
  if (categories.analytics) startMyAnalytics();
});</code></pre>
  </section>
  <section class="panel" id="records">
    <h2>${t('Preuves de consentement', 'Proof of consent')}</h2>
    <p>${t(
      'Chaque décision prise ici est envoyée à <code>/consent-records/consent</code> (<code>proofOfConsent.endpoint</code>) : le serveur d’enregistrements de la bibliothèque, lancé par <code>npm start</code> sur le même serveur HTTP, la garde dans une base PGlite (<code>demo/.consent-data/</code>).',
      'Every decision taken here is sent to <code>/consent-records/consent</code> (<code>proofOfConsent.endpoint</code>): the library’s records server, started by <code>npm start</code> on the same HTTP server, keeps it in a PGlite database (<code>demo/.consent-data/</code>).',
    )}</p>
    <p><a class="button" href="/consent-records/dashboard">${t('Ouvrir le tableau de bord', 'Open the dashboard')}</a></p>
    <p>${t(
      'Il demande le jeton d’administration : <code>npm start</code> l’affiche dans le terminal au démarrage (« Admin token »), un nouveau à chaque lancement, sauf si vous fixez le vôtre avec <code>CONSENT_ADMIN_TOKEN=… npm start</code>.',
      'It asks for the admin token: <code>npm start</code> prints it in the terminal at start (“Admin token”), a new one each time, unless you choose yours with <code>CONSENT_ADMIN_TOKEN=… npm start</code>.',
    )}</p>
  </section>
</div>`,
    extraBody: '<script src="/assets/developers.js"></script>',
  };
}

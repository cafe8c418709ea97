/**
 * c15t 2.2 is headless: this is the minimal banner the benchmark gives it (three buttons of equal
 * prominence, French text), bundled with c15t's core into one classic script by bench/run.mjs.
 * Fake tags are declared as c15t scripts, so c15t itself injects them once consent is given.
 * Loaded with `defer` (like the module script c15t's docs use): c15t observes document.body at start.
 */
import { getOrCreateConsentRuntime } from 'c15t';

const tags = window.benchTags;
const { consentStore } = getOrCreateConsentRuntime({
  mode: 'offline',
  consentCategories: ['necessary', 'measurement', 'marketing'],
  scripts: [
    { id: 'fake-analytics', src: tags.analytics, category: 'measurement' },
    { id: 'fake-ads', src: tags.ads, category: 'marketing' },
  ],
});

const css = `#c15t-banner{position:fixed;z-index:9999;left:1rem;right:1rem;bottom:1rem;max-width:40rem;margin:auto;
padding:1.25rem;background:#fff;color:#1b1b1f;border-radius:.75rem;box-shadow:0 4px 24px #0003;font:15px/1.5 system-ui,sans-serif}
#c15t-banner h2{margin:0 0 .5rem;font-size:1.1rem}#c15t-banner p{margin:0 0 1rem}
#c15t-banner div{display:flex;gap:.5rem;flex-wrap:wrap}#c15t-banner button{flex:1;padding:.6rem 1rem;border:0;
border-radius:.4rem;background:#1d4ed8;color:#fff;font:inherit;cursor:pointer}`;

let banner;
function render(state) {
  const show = state.activeUI === 'banner';
  if (show && !banner) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    banner = document.createElement('section');
    banner.id = 'c15t-banner';
    banner.setAttribute('aria-label', 'Cookies');
    banner.innerHTML = `<h2>Nous respectons votre vie privée</h2>
<p>Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités. Vous pouvez accepter,
refuser ou choisir, et changer d'avis à tout moment.</p>
<div><button id="c15t-accept">Tout accepter</button><button id="c15t-reject">Tout refuser</button>
<button id="c15t-customize">Personnaliser</button></div>`;
    banner.querySelector('#c15t-accept').onclick = () => consentStore.getState().saveConsents('all');
    banner.querySelector('#c15t-reject').onclick = () => consentStore.getState().saveConsents('necessary');
    banner.querySelector('#c15t-customize').onclick = () => consentStore.getState().setActiveUI('dialog');
    document.body.append(banner);
  }
  if (banner) banner.hidden = !show;
}

consentStore.subscribe(render);
render(consentStore.getState());

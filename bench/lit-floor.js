/**
 * The floor of any Lit UI, for scale: the smallest consent banner one can write with Lit —
 * one LitElement with a title, a sentence and three buttons, shown until a cookie says the
 * visitor chose, and a click on "accept all" that adds the two tags. No config, no
 * categories, no Consent Mode, no texts to load, no accessibility work beyond the buttons.
 * It is not a consent tool: bench/run.mjs shows it as a reference point, outside the ratios
 * and the targets, so that the cost of Lit itself can be told from the cost of our code.
 */
import { LitElement, css, html } from 'lit';

class FloorBanner extends LitElement {
  static styles = css`
    section { position: fixed; z-index: 9999; left: 1rem; right: 1rem; bottom: 1rem; max-width: 40rem; margin: auto;
      padding: 1.25rem; background: #fff; color: #1b1b1f; border-radius: .75rem; box-shadow: 0 4px 24px #0003;
      font: 15px/1.5 system-ui, sans-serif }
    h2 { margin: 0 0 .5rem; font-size: 1.1rem } p { margin: 0 0 1rem }
    div { display: flex; gap: .5rem; flex-wrap: wrap }
    button { flex: 1; padding: .6rem 1rem; border: 0; border-radius: .4rem; background: #1d4ed8; color: #fff; font: inherit; cursor: pointer }`;

  choose(accept) {
    document.cookie = `floor=${accept ? 1 : 0}; path=/; max-age=34214400; samesite=lax`;
    if (accept) runTags();
    this.remove();
  }

  render() {
    return html`<section aria-labelledby="t">
      <h2 id="t">Nous respectons votre vie privée</h2>
      <p>Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités.</p>
      <div>
        <button @click=${() => this.choose(false)}>Tout refuser</button>
        <button>Personnaliser</button>
        <button id="accept" @click=${() => this.choose(true)}>Tout accepter</button>
      </div>
    </section>`;
  }
}

function runTags() {
  for (const blocked of document.querySelectorAll('script[type="text/plain"][data-floor]')) {
    const script = document.createElement('script');
    script.src = blocked.getAttribute('src');
    blocked.replaceWith(script);
  }
}

customElements.define('floor-banner', FloorBanner);
const choice = /(?:^|; )floor=(\d)/.exec(document.cookie)?.[1];
if (choice == '1') runTags();
else if (!choice) document.body.append(document.createElement('floor-banner'));

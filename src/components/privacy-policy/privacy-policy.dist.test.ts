/**
 * The policy page as a site owner builds it: the demo config, the script-tag core from dist/
 * (run `npx rollup -c` first), and a bare `<privacy-policy>`. Nothing imported from src/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../demo/agency-config.js';
import '../../../test/helpers/lit-warnings.js';

interface Store {
  consentId: string | null;
  preferencesOpen: boolean;
  acceptAll(): void;
  reset(): void;
}
const store = () => (window as unknown as { consentElements: Store }).consentElements;

describe('<privacy-policy> on a page with the script-tag build', () => {
  let policy: HTMLElement;

  before(async () => {
    document.documentElement.lang = 'fr';
    document.body.insertAdjacentHTML('beforeend', '<main><h1>Politique</h1><privacy-policy></privacy-policy></main>');
    policy = document.querySelector('privacy-policy')!;
    const script = Object.assign(document.createElement('script'), { src: '/dist/consent-elements.js' });
    script.setAttribute('data-no-banner', '');
    const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
    document.head.append(script);
    await loaded;
  });

  after(() => {
    store().reset();
    document.querySelector('main')?.remove();
  });

  it('loads the policy chunk only because the page has the element, and renders from the shared store', async () => {
    await waitUntil(() => policy.querySelector('section'), 'the policy never rendered', { timeout: 4000 });
    const chunks = performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()!);
    expect(chunks.some((name) => name == 'consent-elements-policy.js')).to.be.true;
    expect(chunks.some((name) => name == 'consent-elements-policy-fr.js')).to.be.true;
    expect(chunks.some((name) => name == 'consent-elements-policy-en.js')).to.be.false;
    expect(policy.querySelectorAll('section').length).to.equal(13);
    expect(policy.querySelector('#privacy-policy-rights')!.textContent).to.equal('Vos droits');
  });

  it('opens the real preferences dialog from its button, and shows the decision the visitor makes', async () => {
    await waitUntil(() => policy.querySelector('button'), 'no button', { timeout: 4000 });
    policy.querySelector('button')!.click();
    expect(store().preferencesOpen).to.be.true;
    await waitUntil(() => customElements.get('consent-preferences'), 'the preferences never loaded', { timeout: 4000 });
    // Lit came once, in its shared chunk, for the policy and the dialog alike.
    const library = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').pop()!)
      .filter((name) => name.startsWith('consent-elements'));
    expect(library.filter((name) => name == 'consent-elements-lit.js')).to.have.length(1);
    expect(library).to.include('consent-elements-preferences.js');
    expect(new Set(library).size).to.equal(library.length);

    store().acceptAll();
    await waitUntil(() => policy.querySelector('code'), 'the status never updated', { timeout: 4000 });
    expect(policy.querySelector('code')!.textContent).to.equal(store().consentId);
    expect(document.cookie).to.include('brume_consent=');
  });
});

/**
 * The few rules `<privacy-policy>` adds to the page it renders into (light DOM). Everything is
 * wrapped in `:where()`, so any rule of the page's own stylesheet wins over these.
 */
export const policyStyles = `
:where(privacy-policy){display:block;overflow-wrap:break-word}
:where(privacy-policy) :where(.policy-scroll){overflow-x:auto;margin:.75em 0 1.25em}
:where(privacy-policy) :where(table){border-collapse:collapse;width:100%}
:where(privacy-policy) :where(caption){text-align:start;font-weight:600;padding-block:.4em}
:where(privacy-policy) :where(th,td){border:1px solid color-mix(in srgb,currentColor 25%,transparent);padding:.45em .6em;text-align:start;vertical-align:top;overflow-wrap:break-word}
:where(privacy-policy) :where(thead th){background:color-mix(in srgb,currentColor 7%,transparent)}
:where(privacy-policy) :where(dt){font-weight:600}
:where(privacy-policy) :where(dd){margin:0 0 .5em}
:where(privacy-policy) :where(.policy-pairs){display:grid;grid-template-columns:fit-content(14em) minmax(0,1fr);gap:.3em 1em}
:where(privacy-policy) :where(.policy-pairs dd){margin:0;min-width:0;overflow-wrap:anywhere}
:where(privacy-policy) :where(.policy-notice){border-inline-start:.25em solid currentColor;padding-inline-start:.75em}
:where(privacy-policy) :where(code){overflow-wrap:anywhere}
:where(privacy-policy) :where(button){font:inherit;cursor:pointer;padding:.5em 1em}
@media print{
:where(privacy-policy) :where(nav,button){display:none}
:where(privacy-policy) :where(.policy-scroll){overflow:visible}
:where(privacy-policy) :where(th,td){border-color:#000}
:where(privacy-policy) :where(tr,li,dd){break-inside:avoid}
:where(privacy-policy) :where(h1,h2,h3,h4,h5,h6,caption){break-after:avoid}
:where(privacy-policy) :where(a[href^="http"]:not(.policy-url))::after{content:" (" attr(href) ")";font-size:.85em}
}`;

let sheet: CSSStyleSheet | undefined;

/**
 * Light DOM: the rules go to the document (or the shadow root holding the element), once, as an
 * adopted stylesheet, which a strict CSP (no 'unsafe-inline' styles) allows. Browsers without
 * constructable stylesheets (Safari before 16.4, where `new CSSStyleSheet()` throws) get one
 * <style> element per root instead, as the banner does.
 */
export function addPolicyStyles(root: Document | ShadowRoot): void {
  if (!('adoptedStyleSheets' in Document.prototype)) {
    const holder = root.nodeType == Node.DOCUMENT_NODE ? (root as Document).head : root;
    if (!holder.querySelector('style[data-privacy-policy]')) {
      const style = document.createElement('style');
      style.dataset.privacyPolicy = '';
      style.textContent = policyStyles;
      holder.append(style);
    }
  } else {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(policyStyles);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

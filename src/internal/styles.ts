/**
 * Joins a stylesheet's text. Not Lit's `css`: the banner builds its stylesheet without Lit, so
 * the UI chunk ships none; the tag's name lets the build's template minifier squeeze the CSS.
 * The Lit dialog wraps the result with `unsafeCSS` (trusted: no config data ever gets in).
 */
export const css = (strings: TemplateStringsArray, ...values: string[]): string =>
  strings.reduce((text, part, i) => text + values[i - 1] + part);

/**
 * Design tokens and the action buttons shared by both layers. Public `--consent-*`
 * properties feed private `--_*` ones; dark values apply with `data-theme="dark"` or,
 * with `auto`, when the system prefers dark.
 */
const darkTokens = css`
  --_bg: var(--consent-bg, #1c1f26);
  --_fg: var(--consent-fg, #eceef2);
  --_muted: var(--consent-muted, #b3bac6);
  --_accent: var(--consent-accent, #8fb0ff);
  --_on-accent: var(--consent-on-accent, #0d1424);
  --_border: var(--consent-border, #3a404c);
`;

export const baseStyles = css`
  .layer {
    --_bg: var(--consent-bg, #fff);
    --_fg: var(--consent-fg, #1b1f27);
    --_muted: var(--consent-muted, #4f5766);
    --_accent: var(--consent-accent, #1e4fd6);
    --_on-accent: var(--consent-on-accent, #fff);
    --_border: var(--consent-border, #dfe3e9);
    --_radius: var(--consent-radius, 14px);
    box-sizing: border-box;
    background: var(--_bg);
    color: var(--_fg);
    font: var(--consent-font-size, 0.9375rem) / 1.5 var(--consent-font, system-ui, sans-serif);
    animation: consent-in 0.25s ease-out;
  }
  .layer[data-theme='dark'] {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    .layer[data-theme='auto'] {
      ${darkTokens}
    }
  }
  h2 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  p {
    margin: 0.5rem 0 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  /* Read by screen readers, not shown: the banner's status message, the disclosures' categories. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Accept, refuse, customise and save: one style, so none is more prominent than another. */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(9.5rem, 100%), 1fr));
    /* Rows of one height too: a longer word wraps one button, and they all grow with it. */
    grid-auto-rows: 1fr;
    gap: 0.5rem;
  }
  /* A long word (Datenschutzerklärung, Sütibeállítások…) breaks at 200 % zoom rather than widen the layer. */
  .layer {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .actions button {
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 1.75);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .actions button:hover {
    filter: brightness(1.12);
  }
  .close {
    border: 0;
    background: none;
    color: var(--_muted);
  }
  .close:hover {
    color: var(--_fg);
  }
  /* A slide, not a fade: the layer is readable from its first frame. */
  @keyframes consent-in {
    from {
      transform: translateY(0.75rem);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

import { baseStyles, css } from '../../internal/styles.js';

/** The shared tokens and buttons, then the banner's own rules: one stylesheet to build. */
export const bannerStyles = css`
  ${baseStyles}
  .layer {
    position: fixed;
    z-index: var(--consent-z-index, 2147483000);
    inset: auto 0 0;
    max-height: 100%;
    overflow: auto;
    padding: 1.25rem;
    border-top: 1px solid var(--_border);
    box-shadow: var(--consent-shadow, 0 8px 32px #0f172a40);
  }
  .layer:not([data-position='bottom']) {
    max-width: min(27rem, calc(100% - 2rem));
    margin: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [data-position='bottom-right'] {
    left: auto;
  }
  [data-position='bottom-left'] {
    right: auto;
  }
  .layer[data-position='center'] {
    max-width: min(36rem, calc(100% - 2rem));
    inset: 0;
    margin: auto;
    height: fit-content;
  }
  .inner {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 2.5rem;
    max-width: 75rem;
    margin: auto;
  }
  .text {
    flex: 1 1 26rem;
  }
  .header {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .close {
    padding: 0.25rem 0;
    font-size: 0.8125rem;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  p {
    margin: 0;
    color: var(--_muted);
  }
  p + p {
    margin-top: 0.5rem;
  }
  strong {
    color: var(--_fg);
    font-weight: 600;
  }
  .actions {
    flex: 0 1 34rem;
  }
  .layer:not([data-position='bottom']) .actions {
    flex-basis: 100%;
  }
  [data-position^='bottom-'] .actions {
    grid-template-columns: 1fr;
  }
`;

import { css, unsafeCSS } from 'lit';
import { baseStyles } from '../../internal/styles.js';

/** The shared tokens and buttons, then the dialog's own rules: one stylesheet to build. */
export const preferencesStyles = css`
  ${unsafeCSS(baseStyles)}
  .layer {
    width: min(44rem, calc(100% - 2rem));
    max-height: calc(100% - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--consent-shadow, 0 8px 32px #0f172a40);
  }
  .layer[open] {
    display: flex;
    flex-direction: column;
  }
  /* Inline (a settings page): in the page flow, as wide as its container allows, no shadow. */
  .inline {
    display: block;
    width: auto;
    max-width: 44rem;
    max-height: none;
    box-shadow: none;
    animation: none;
  }
  :host([inline]) {
    display: block;
  }
  ::backdrop {
    background: var(--consent-backdrop, #0f172a99);
  }
  .header,
  .actions {
    padding: 1rem 1.5rem;
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    border-bottom: 1px solid var(--_border);
  }
  .close {
    width: 2.5rem;
    height: 2.5rem;
    margin: -0.5rem -0.75rem -0.5rem 0;
    border-radius: 50%;
    font-size: 1.75rem;
    line-height: 1;
  }
  .body {
    overflow: auto;
    padding: 0.25rem 1.5rem 1.25rem;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='category'] {
    margin-top: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.4);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  h3 {
    flex: 1 1 8rem;
    margin: 0;
    font-size: 1rem;
  }
  h4 {
    margin: 0;
    font-size: inherit;
  }
  p,
  [part='always-on'],
  [part='service'] {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [role='switch'] {
    position: relative;
    flex: none;
    width: 2.75rem;
    height: 1.5rem;
    padding: 0;
    border: 0;
    border-radius: 1rem;
    background: var(--_muted);
    transition: background 0.2s;
  }
  [role='switch']::after {
    content: '';
    position: absolute;
    top: 0.1875rem;
    left: 0.1875rem;
    width: 1.125rem;
    height: 1.125rem;
    border-radius: 50%;
    background: var(--_bg);
    transition: transform 0.2s;
  }
  [aria-checked='true'] {
    background: var(--_accent);
  }
  [aria-checked='true']::after {
    transform: translateX(1.25rem);
  }
  :disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  summary {
    margin-top: 0.5rem;
    color: var(--_accent);
    font-size: 0.875rem;
    font-weight: 600;
    cursor: pointer;
  }
  [part='service'] {
    margin-top: 0.75rem;
    padding-left: 0.75rem;
    border-left: 2px solid var(--_border);
    color: var(--_fg);
  }
  [part='service'] p {
    margin: 0.125rem 0 0;
  }
  [part='cookie'] {
    margin-top: 0.25rem;
    overflow-wrap: anywhere;
  }
  .actions {
    border-top: 1px solid var(--_border);
  }
  [part='service'] .row {
    justify-content: space-between;
  }
  h4 {
    margin: 0;
    font-size: 0.9375rem;
  }
`;

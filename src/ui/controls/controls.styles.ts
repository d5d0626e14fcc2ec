import { css } from 'lit';
import { chartBoxHeight, gridLines } from '../base/theme.js';

/** Shared by the calculator and the compare element: form controls, focus, helpers (tables: calculator/deferred/fields-and-sources.styles.ts). */
export const controlStyles = css`
  /*
   * Sizes are em of --pay-ladder-font-size, never rem: rem follows the HOST page's root size (a
   * 62.5 % page would shrink everything). '.root' (the first element in the shadow root) repeats
   * what :host sets, because a page reset such as '* { all: unset }' overrides :host rules (page
   * styles win over :host) but cannot reach inside the shadow root.
   */
  :host,
  .root {
    display: block;
    container-type: inline-size;
    color: var(--_pl-text);
    background: var(--_pl-surface);
    line-height: 1.5;
    font-family: var(--pay-ladder-font);
    font-size: var(--_pl-font-size);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not 'inherit': content slotted into <details> inherits from the UA's own slot, not from us. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .vh {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h2,
  h3 {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_pl-accent);
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  label,
  .label {
    display: block;
    font-weight: 600;
    padding: 0;
  }
  .hint {
    color: var(--_pl-muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  input[type='text'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_pl-surface);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    padding: 0.5em 0.625em;
    min-height: 2.75em;
    width: 100%;
    min-width: 0;
    margin: 0;
  }
  select {
    appearance: auto;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_pl-error);
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_pl-radius);
    padding: 0.5em 1em;
    min-height: 2.75em;
    border: 2px solid var(--_pl-accent);
    background: var(--_pl-accent);
    color: var(--_pl-surface);
    font-weight: 600;
  }
  button.secondary {
    background: var(--_pl-surface);
    color: var(--_pl-accent);
  }
  :focus-visible {
    outline: 3px solid var(--_pl-focus);
    outline-offset: 2px;
  }
  input:focus-visible,
  select:focus-visible {
    outline-offset: 0;
  }
  details.group {
    border-top: 1px solid var(--_pl-border);
    padding-top: 0.75em;
  }
  details.group > summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.75em;
    display: flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_pl-accent);
  }
  details.group > summary::before {
    content: '+';
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    line-height: 1;
    flex: none;
  }
  details.group[open] > summary::before {
    content: '−';
  }
  details.group > summary::-webkit-details-marker {
    display: none;
  }
  .group-body {
    display: flex;
    flex-direction: column;
    gap: 1em;
    padding: 0.5em 0 0.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .input-unit {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .unit {
    color: var(--_pl-muted);
    flex: none;
    min-width: 1.5em;
  }
  .check {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.125em 0.625em;
    align-items: start;
  }
  .check input {
    font-size: inherit;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_pl-accent);
  }
  .check .hint {
    grid-column: 2;
  }
  .error {
    color: var(--_pl-error);
    font-weight: 600;
    font-size: 0.875em;
  }
  .alert {
    border: 2px solid var(--_pl-error);
    border-radius: var(--_pl-radius);
    padding: 0.75em 1em;
    color: var(--_pl-text);
  }
  .alert ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
  }
  /* The chart before its code (which comes with Chart.js) has loaded: its exact height, faint grid lines. */
  [part~='chart']:not(:defined) {
    display: block;
    box-sizing: border-box;
    height: ${chartBoxHeight};
    padding: 2.8em 0 1.5em 3em;
    background: ${gridLines} content-box;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

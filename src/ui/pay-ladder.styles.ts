import { css } from 'lit';
import { chartBoxHeight, tokens } from './theme.js';

/** Shared by the calculator and the compare element: form controls, focus, helpers (tables: closed-parts.styles.ts). */
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
    background: repeating-linear-gradient(to bottom, transparent 0, transparent calc(25% - 1px), var(--_pl-grid) calc(25% - 1px), var(--_pl-grid) 25%) content-box;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

export const calculatorStyles = [
  tokens,
  controlStyles,
  css`
    .layout {
      display: grid;
      gap: 1.5em;
      grid-template-columns: minmax(0, 1fr);
    }
    @container (min-width: 50em) {
      .layout {
        grid-template-columns: minmax(17em, 2fr) minmax(0, 3fr);
        align-items: start;
      }
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 1.25em;
    }
    .row {
      display: grid;
      gap: 1em;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
    }
    .choices {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }
    .choices legend {
      margin-bottom: 0.5em;
    }
    .choice {
      display: flex;
      gap: 0.75em;
      align-items: flex-start;
      padding: 0.625em 0.75em;
      border: 1px solid var(--_pl-border);
      border-radius: var(--_pl-radius);
      font-weight: 400;
      cursor: pointer;
    }
    .choice:has(input:checked) {
      border: 2px solid var(--_pl-accent);
      padding: calc(0.625em - 1px) calc(0.75em - 1px);
    }
    .choice input {
      font-size: inherit; /* radios default to the UA's small-control size; em below means ours */
      width: 1.25em;
      height: 1.25em;
      margin: 0.15em 0 0;
      flex: none;
      accent-color: var(--_pl-accent);
    }
    .choice-text {
      display: flex;
      flex-direction: column;
    }
    .choice-label {
      font-weight: 600;
    }
    .results {
      display: flex;
      flex-direction: column;
      gap: 1.25em;
      min-width: 0;
    }
    .summary {
      border: 1px solid var(--_pl-border);
      border-left: 0.375em solid var(--_pl-accent);
      border-radius: var(--_pl-radius);
      padding: 1em 1.25em;
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }
    .figure-label {
      font-weight: 600;
    }
    .figure {
      font-size: clamp(1.75em, 6cqi, 2.5em);
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .key-figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
      gap: 0.5em 1em;
      margin: 0.25em 0;
    }
    .key-figures dt {
      color: var(--_pl-muted);
      font-size: 0.875em;
    }
    .key-figures dd {
      margin: 0;
      font-weight: 700;
      font-size: 1.125em;
      font-variant-numeric: tabular-nums;
    }
    .freshness,
    .next {
      font-size: 0.9375em;
    }
    .freshness {
      color: var(--_pl-muted);
    }
    .table-block {
      display: flex;
      flex-direction: column;
      gap: 0.75em;
      align-items: flex-start;
    }
    .breakdown .parts {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .parts li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1em;
      padding: 0.5em 0;
      border-bottom: 1px solid var(--_pl-grid);
    }
    .parts li.total {
      font-weight: 700;
      border-bottom: 2px solid var(--_pl-border);
    }
    /* The breakdown's amounts (span), not the supplements' fieldset.amount: there nowrap made the
       legend one unbreakable line, wider than a 320 px viewport with a scrollbar (Firefox found it). */
    span.amount {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .why {
      flex-basis: 100%;
      font-size: 0.875em;
    }
    .why > summary {
      cursor: pointer;
      color: var(--_pl-accent);
      text-decoration: underline;
      width: fit-content;
      min-height: max(24px, 1.5em);
    }
    .provenance {
      padding: 0.5em 0 0.25em 0.75em;
      border-left: 3px solid var(--_pl-grid);
      display: flex;
      flex-direction: column;
      gap: 0.25em;
    }
    .parts.extra {
      margin-top: 0.75em;
    }
    details.share {
      margin-top: 1.25em;
    }
    .compare-block {
      margin-top: 2em;
      border-top: 1px solid var(--_pl-border);
      padding-top: 1.25em;
      display: flex;
      flex-direction: column;
      gap: 0.75em;
    }
    .notes ul {
      margin: 0;
      padding-left: 1.25em;
      display: flex;
      flex-direction: column;
      gap: 0.375em;
    }
      @media print {
      .form,
      .table-block > button,
      .compare-block > .actions,
      .compare-block > .hint,
      details.share,
      .why > summary {
        display: none !important;
      }
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
      .summary,
      .breakdown li {
        break-inside: avoid;
      }
    }
  `,
];

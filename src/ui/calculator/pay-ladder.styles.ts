import { css } from 'lit';
import { chartBoxHeight, gridLines, tokens } from '../base/theme.js';

/** Shared by the calculator and the compare element: form controls, focus, helpers (tables: deferred/details.styles.ts). */
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
    .choice-group {
      display: flex;
      flex-direction: column;
      gap: 0.375em;
    }
    .choice-group > legend {
      font-size: 0.875em;
      color: var(--_pl-muted);
      margin-bottom: 0.25em;
    }

    .choice {
      display: flex;
      gap: 0.75em;
      align-items: flex-start;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_pl-border);
      border-radius: var(--_pl-radius);
      font-weight: 400;
      cursor: pointer;
    }
    .choice:has(input:checked) {
      border: 2px solid var(--_pl-accent);
      padding: calc(0.5em - 1px) calc(0.75em - 1px);
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
    .estimate-line,
    .market-line {
      font-weight: 600;
    }
    /* What people in the occupation earn (SSB): beside the tariff figure, set apart from it. */
    .market {
      border-top: 1px solid var(--_pl-border);
      padding-top: 0.5em;
      display: flex;
      flex-direction: column;
      gap: 0.25em;
    }
    .market-toggle {
      margin-top: 0.5em;
    }
    /* The answer in sight while the inputs are edited (one column only; see renderCompact). */
    .compact {
      position: sticky;
      bottom: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.5em;
      padding: 0.375em 0.625em;
      background: var(--_pl-surface);
      border: 1px solid var(--_pl-border);
      border-top: 0.25em solid var(--_pl-accent);
      font-size: 0.875em;
      line-height: 1.35;
    }
    .compact-figure {
      font-size: 1.25em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .compact-estimate {
      flex-basis: 100%;
    }
    /* A focused field is never under the compact line. */
    .form :is(input, select, summary) {
      scroll-margin-bottom: 6em;
    }
    @container (min-width: 50em) {
      .compact {
        display: none;
      }
    }
    .freshness,
    .next {
      font-size: 0.9375em;
    }
    .freshness {
      color: var(--_pl-muted);
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
  `,
];

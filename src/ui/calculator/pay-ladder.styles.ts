import { css } from 'lit';
import { tokens } from '../base/theme.js';
import { controlStyles } from '../controls/controls.styles.js';

/** The calculator's own styles, after the tokens and the shared controls' (controls/controls.styles.ts). */
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
    /* A focused field is never under the compact line (up to four lines of it, at 200 % zoom too). */
    .form :is(input, select, summary) {
      scroll-margin-bottom: 9em;
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

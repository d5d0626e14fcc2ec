/** The styles of `<pay-ladder-compare>`: the shared tokens and controls, then the cards, the results and print. */
import { css } from 'lit';
import { tokens } from '../base/theme.js';
import { controlStyles } from '../controls/controls.styles.js';
import { closedPartStyles } from '../calculator/deferred/fields-and-sources.styles.js';
import { monthTableStyles } from '../months/month-table.js';

export const compareStyles = [
  tokens,
  controlStyles,
  closedPartStyles,
  monthTableStyles,
  css`
    .stack {
      display: flex;
      flex-direction: column;
      gap: 1.25em;
    }
    .quick {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .quick button {
      font-weight: 600;
    }
    .quick button[aria-pressed='true'] {
      background: var(--_pl-accent);
      color: var(--_pl-surface);
    }
    .cards {
      display: grid;
      gap: 1em;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    }
    .card {
      border: 1px solid var(--_pl-border);
      border-top: 0.375em solid var(--_pl-accent);
      border-radius: var(--_pl-radius);
      padding: 0.75em 1em 1em;
      display: flex;
      flex-direction: column;
      gap: 0.75em;
      min-width: 0;
    }
    .card[data-slot='1'] {
      border-top-color: var(--_pl-series-2);
    }
    .card[data-slot='2'] {
      border-top-color: var(--_pl-series-3);
    }
    .card[data-slot='3'] {
      border-top-color: var(--_pl-series-4);
    }
    .card-head {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5em;
      font-size: 0.875em;
      color: var(--_pl-muted);
    }
    .card fieldset {
      border-top: 1px solid var(--_pl-grid);
      padding-top: 0.5em;
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1.5em;
    }
    .options label {
      display: flex;
      gap: 0.5em;
      align-items: center;
      font-weight: 400;
      min-height: 2.75em;
    }
    .options input {
      font-size: inherit; /* radios default to the UA's small-control size */
      width: 1.25em;
      height: 1.25em;
      accent-color: var(--_pl-accent);
    }
    .growth {
      max-width: 20em;
    }
    .findings {
      margin: 0;
      padding-left: 1.25em;
      display: flex;
      flex-direction: column;
      gap: 0.375em;
    }
    .findings strong {
      font-variant-numeric: tabular-nums;
    }
    .neg {
      color: var(--_pl-error);
    }
    .paper-second,
    .paper-page {
      display: flex;
      flex-direction: column;
      gap: 0.75em;
    }
    .paper-second {
      gap: 1.25em;
    }
    .paper-page h3,
    .paper-page p {
      margin: 0;
    }
    .terms-table th[scope='row'] {
      text-align: left;
    }
    .terms-table th,
    .terms-table td {
      text-align: left;
      white-space: normal;
      min-width: 8em;
      vertical-align: top;
    }
    .terms-table td .hint {
      display: block;
      font-size: inherit;
    }
    .unknown {
      font-style: italic;
      color: var(--_pl-muted);
    }
    /* A row that differs: a word, not only a colour. */
    tr.differs {
      background: color-mix(in srgb, var(--_pl-accent) 10%, var(--_pl-surface));
    }
    .tag {
      font-weight: 400;
      color: var(--_pl-muted);
      white-space: nowrap;
    }
    .collapsed,
    .print-only {
      display: none;
    }
    .print-only .link {
      overflow-wrap: anywhere;
    }
    @media print {
      .collapsed,
      .print-only {
        display: block;
      }
      .quick,
      .cards,
      .actions,
      .options,
      .growth,
      details.share,
      button {
        display: none !important;
      }
      table {
        font-size: 0.75em;
      }
      th,
      td {
        padding: 0.1em 0.3em;
      }
      tr {
        break-inside: avoid;
      }
      /* One A4 page: every year up to 10, then every fifth. */
      tr.minor {
        display: none;
      }
      /* The working conditions and the months: a page of their own, each kept whole. */
      .paper-second {
        break-before: page;
        gap: 0.75em;
      }
      .paper-page {
        break-inside: avoid;
      }
      .paper-second .hint,
      .paper-second .sources {
        font-size: 0.75em;
      }
    }
  `,
];

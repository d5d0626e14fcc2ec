/**
 * Styles of the blocks under the calculator's results (result-blocks.ts): the breakdown, the notes, the
 * table toggle, the comparison and share blocks, and what is printed. Adopted when they load.
 */
import { css } from 'lit';

export const belowStyles = css`
  /* The printed calculator: the results only (adopted with the closed parts, before anyone prints). */
  @media print {
    .form,
    .compact,
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
  .table-block {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    align-items: flex-start;
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
  .parts.extra {
    margin-top: 0.75em;
  }
  .notes ul {
    margin: 0;
    padding-left: 1.25em;
    display: flex;
    flex-direction: column;
    gap: 0.375em;
  }
`;

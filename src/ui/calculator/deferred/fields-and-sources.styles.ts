/**
 * Styles of what is closed at first: the groups' inputs, the year-by-year tables, the provenance
 * lists and the share panel. The calculator adopts them when its closed parts have loaded
 * (deferred/fields-and-sources.ts); the comparison, which shows tables at once, has them in its styles.
 * (The blocks under the results have theirs in below.styles.ts.)
 */
import { css } from 'lit';

export const closedPartStyles = css`
  .provenance {
    padding: 0.5em 0 0.25em 0.75em;
    border-left: 3px solid var(--_pl-grid);
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    /* A source's note may quote a long token (a file path, a field of a copy): it wraps, the widget does not widen. */
    overflow-wrap: anywhere;
  }
  .save {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: flex-end;
  }
  .save .field {
    flex: 1 1 12em;
  }
  .saved-h {
    font-size: 1em;
    margin: 0;
  }
  .saved {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .saved li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
    padding: 0.375em 0;
    border-bottom: 1px solid var(--_pl-grid);
  }
  /* The year-by-year tables: a scrolling region around a table of right-aligned figures. */
  .table-scroll {
    /* Holds its visually hidden texts (position: absolute), or they would widen the page. */
    position: relative;
    max-width: 100%;
    overflow-x: auto;
    align-self: stretch;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
    font-size: 0.9375em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.5em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--_pl-grid);
    text-align: right;
    white-space: nowrap;
  }
  thead th {
    border-bottom: 2px solid var(--_pl-border);
    vertical-align: bottom;
    white-space: normal;
  }
  .row-4 {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8em), 1fr));
  }
  .inline-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .choice-inline {
    display: flex;
    gap: 0.5em;
    align-items: center;
    font-weight: 400;
    min-height: 2.75em;
  }
  .subgroup legend {
    margin-bottom: 0.25em;
  }
  .subgroup .row {
    margin-top: 0.5em;
  }
  tr.now {
    font-weight: 700;
    background: color-mix(in srgb, var(--_pl-accent) 10%, var(--_pl-surface));
  }
  .provenance ul {
    margin: 0;
    padding-left: 1em;
  }
  .choice-inline input {
    font-size: inherit;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_pl-accent);
  }
`;

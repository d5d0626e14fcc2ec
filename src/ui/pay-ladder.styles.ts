import { css } from 'lit';
import { tokens } from './theme.js';

/** Shared by the calculator and the compare element: form controls, focus, helpers. */
export const controlStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_pl-text);
    background: var(--_pl-surface);
    line-height: 1.5;
    font-size: 1rem;
    box-sizing: border-box;
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
    font-size: 1.125rem;
    line-height: 1.3;
    margin: 0 0 0.5rem;
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
    font-size: 0.875rem;
    font-weight: 400;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  input[type='text'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_pl-surface);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    padding: 0.5rem 0.625rem;
    min-height: 2.75rem;
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
    padding: 0.5rem 1rem;
    min-height: 2.75rem;
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
    padding-top: 0.75rem;
  }
  details.group > summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_pl-accent);
  }
  details.group > summary::before {
    content: '+';
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
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
    gap: 1rem;
    padding: 0.5rem 0 0.25rem;
  }
  .save {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-end;
  }
  .save .field {
    flex: 1 1 12rem;
  }
  .saved-h {
    font-size: 1rem;
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
    gap: 0.5rem;
    padding: 0.375rem 0;
    border-bottom: 1px solid var(--_pl-grid);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .input-unit {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .unit {
    color: var(--_pl-muted);
    flex: none;
    min-width: 1.5rem;
  }
  .error {
    color: var(--_pl-error);
    font-weight: 600;
    font-size: 0.875rem;
  }
  .alert {
    border: 2px solid var(--_pl-error);
    border-radius: var(--_pl-radius);
    padding: 0.75rem 1rem;
    color: var(--_pl-text);
  }
  .alert ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
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
      gap: 1.5rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @container (min-width: 50rem) {
      .layout {
        grid-template-columns: minmax(17rem, 2fr) minmax(0, 3fr);
        align-items: start;
      }
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
    }
    .row {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    }
    .row-4 {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
    }
    .choices {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .choices legend {
      margin-bottom: 0.5rem;
    }
    .choice {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      padding: 0.625rem 0.75rem;
      border: 1px solid var(--_pl-border);
      border-radius: var(--_pl-radius);
      font-weight: 400;
      cursor: pointer;
    }
    .choice:has(input:checked) {
      border: 2px solid var(--_pl-accent);
      padding: calc(0.625rem - 1px) calc(0.75rem - 1px);
    }
    .choice input,
    .choice-inline input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.15rem 0 0;
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
    .inline-choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
    }
    .choice-inline {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      font-weight: 400;
      min-height: 2.75rem;
    }
    .subgroup legend {
      margin-bottom: 0.25rem;
    }
    .subgroup .row {
      margin-top: 0.5rem;
    }
    .results {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      min-width: 0;
    }
    .summary {
      border: 1px solid var(--_pl-border);
      border-left: 0.375rem solid var(--_pl-accent);
      border-radius: var(--_pl-radius);
      padding: 1rem 1.25rem;
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .figure-label {
      font-weight: 600;
    }
    .figure {
      font-size: clamp(1.75rem, 6cqi, 2.5rem);
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .key-figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
      gap: 0.5rem 1rem;
      margin: 0.25rem 0;
    }
    .key-figures dt {
      color: var(--_pl-muted);
      font-size: 0.875rem;
    }
    .key-figures dd {
      margin: 0;
      font-weight: 700;
      font-size: 1.125rem;
      font-variant-numeric: tabular-nums;
    }
    .freshness,
    .next {
      font-size: 0.9375rem;
    }
    .freshness {
      color: var(--_pl-muted);
    }
    .table-block {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      align-items: flex-start;
    }
    .table-scroll {
      max-width: 100%;
      overflow-x: auto;
      align-self: stretch;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-variant-numeric: tabular-nums;
      font-size: 0.9375rem;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 0.5rem;
    }
    th,
    td {
      padding: 0.375rem 0.5rem;
      border-bottom: 1px solid var(--_pl-grid);
      text-align: right;
      white-space: nowrap;
    }
    thead th {
      border-bottom: 2px solid var(--_pl-border);
      vertical-align: bottom;
      white-space: normal;
    }
    tr.now {
      font-weight: 700;
      background: color-mix(in srgb, var(--_pl-accent) 10%, var(--_pl-surface));
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
      gap: 0 1rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--_pl-grid);
    }
    .parts li.total {
      font-weight: 700;
      border-bottom: 2px solid var(--_pl-border);
    }
    .amount {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .why {
      flex-basis: 100%;
      font-size: 0.875rem;
    }
    .why > summary {
      cursor: pointer;
      color: var(--_pl-accent);
      text-decoration: underline;
      width: fit-content;
      min-height: 1.5rem;
    }
    .provenance {
      padding: 0.5rem 0 0.25rem 0.75rem;
      border-left: 3px solid var(--_pl-grid);
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .provenance ul {
      margin: 0;
      padding-left: 1rem;
    }
    .parts.extra {
      margin-top: 0.75rem;
    }
    .notes ul {
      margin: 0;
      padding-left: 1.25rem;
      display: flex;
      flex-direction: column;
      gap: 0.375rem;
    }
  `,
];

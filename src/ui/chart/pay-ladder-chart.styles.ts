/** The styles of `<pay-ladder-chart>`: the legend with its line samples, the plot's box and placeholder, the canvas's focus ring. */
import { css } from 'lit';
import { chartBoxHeight, gridLines, tokens } from '../base/theme.js';

export const chartStyles = [
  tokens,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: ${chartBoxHeight};
      color: var(--_pl-text);
    }
    :host([hidden]) {
      display: none;
    }
    .legend {
      flex: none;
      margin: 0 0 0.75em;
      font-size: 0.9375em;
      line-height: 1.4;
    }
    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .legend ul + ul {
      margin-top: 0.25em;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-width: 0;
    }
    .markers li {
      color: var(--_pl-muted);
    }
    .sample {
      flex: none;
      width: 2.5em;
      height: 1em;
      overflow: visible;
    }
    .sample .line {
      fill: none;
      stroke: var(--_c);
    }
    .sample .mark {
      fill: var(--_c);
      stroke: var(--_c);
      stroke-width: 1;
    }
    .sample .mark.open {
      fill: none;
      stroke-width: 1.5;
    }
    .sample .band {
      fill: var(--_pl-series-1);
      fill-opacity: 0.18;
      stroke: var(--_pl-series-1);
      stroke-dasharray: 2 2;
    }
    .sample .reference {
      fill: var(--_pl-series-3);
      fill-opacity: 0.14;
      stroke: none;
    }
    .sample .reference-line {
      fill: none;
      stroke: var(--_pl-series-3);
      stroke-width: 2;
    }
    .sample .guide {
      fill: none;
      stroke: var(--_pl-muted);
      stroke-width: 1.5;
    }
    .c0 {
      --_c: var(--_pl-series-1);
    }
    .c1 {
      --_c: var(--_pl-series-2);
    }
    .c2 {
      --_c: var(--_pl-series-3);
    }
    .c3 {
      --_c: var(--_pl-series-4);
    }
    .frame {
      position: relative;
      flex: 1 1 auto;
      min-height: 10em;
      min-width: 0;
    }
    .placeholder {
      position: absolute;
      inset: 0.5em 0 1.5em 3em;
      background: ${gridLines};
      border-left: 1px solid var(--_pl-grid);
    }
    .placeholder[hidden] {
      display: none;
    }
    /* Chart.js's responsive mode: a positioned container that holds only the canvas. */
    .box {
      position: absolute;
      inset: 0;
    }
    canvas {
      display: block;
      border-radius: 2px;
    }
    canvas:focus {
      outline: none;
    }
    canvas:focus-visible {
      outline: 3px solid var(--_pl-focus);
      outline-offset: 2px;
    }
    /* Hidden on screen, read by screen readers. */
    .live {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `,
];

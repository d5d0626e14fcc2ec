/**
 * Design tokens shared by every pay-ladder element.
 *
 * Public tokens (set them on the element or on ANY ancestor, e.g. `body` or `pay-ladder`):
 *
 * | token                      | default   | use                                                     |
 * | -------------------------- | --------- | ------------------------------------------------------- |
 * | `--pay-ladder-accent`      | `#0a5a8c` | buttons, links, selected controls (6.9:1 on white)      |
 * | `--pay-ladder-text`        | `#1f2933` | body text (14.5:1 on white)                             |
 * | `--pay-ladder-muted`       | `#4b5563` | secondary text, axis ticks (7.6:1 on white, ≥ 4.5:1)    |
 * | `--pay-ladder-surface`     | `#ffffff` | background of panels                                    |
 * | `--pay-ladder-border`      | `#6b7280` | borders of controls (4.8:1, ≥ 3:1 for UI components)    |
 * | `--pay-ladder-grid`        | `#e5e7eb` | chart grid lines (decorative)                           |
 * | `--pay-ladder-radius`      | `0.5em`   | corner radius                                           |
 * | `--pay-ladder-focus`       | `#1d4ed8` | focus outline colour (6.7:1 on white)                   |
 * | `--pay-ladder-error`       | `#b42318` | error text and borders (6.5:1 on white)                 |
 * | `--pay-ladder-font`        | (inherit) | font family; unset = the host page's font (inherited)   |
 * | `--pay-ladder-font-size`   | `medium`  | base text size: the browser's default (normally 16px),  |
 * |                            |           | NOT the page's root size (a `html { font-size: 10px }`  |
 * |                            |           | page does not shrink the widget). Use px or a keyword;  |
 * |                            |           | all sizes inside are `em` of it (em/% would compound).  |
 * | `--pay-ladder-series-1..4` | `#0b5394` `#b0413e` `#2d6a2d` `#6b3fa0` | chart lines (all ≥ 3:1 on white) |
 * | `--pay-ladder-chart-height`| `18em`    | height of the plot (the chart is 3.5em taller: legend)  |
 *
 * Why private `--_pl-*` names inside: a `:host { --pay-ladder-accent: … }` default would be a
 * declaration on the inner element and so beat any value INHERITED from an ancestor. A page that
 * themes `<pay-ladder>` (or `body`) would then lose its colours inside nested elements such as the
 * chart in the calculator's shadow root. So `tokens` resolves each public token once, with its
 * default, into a private custom property; element styles use the private one:
 *
 * ```ts
 * static styles = [tokens, css`:host { color: var(--_pl-text); border-radius: var(--_pl-radius); }`];
 * ```
 *
 * Scripts that need a resolved value (Chart.js colours) read the private name with
 * `getComputedStyle(host).getPropertyValue('--_pl-series-1')`; `tokenDefaults` is the fallback.
 * The font has no private twin: `tokens` sets `font-family: var(--pay-ladder-font)` on `:host`,
 * which, while the token is unset, is invalid at computed-value time and so simply inherits.
 */
import { unsafeCSS } from 'lit';

/** Default value of every public token, keyed by its name without the `--pay-ladder-` prefix. */
export const tokenDefaults = {
  accent: '#0a5a8c',
  text: '#1f2933',
  muted: '#4b5563',
  surface: '#ffffff',
  border: '#6b7280',
  grid: '#e5e7eb',
  radius: '0.5em',
  focus: '#1d4ed8',
  error: '#b42318',
  'series-1': '#0b5394',
  'series-2': '#b0413e',
  'series-3': '#2d6a2d',
  'series-4': '#6b3fa0',
  'chart-height': '18em',
  'font-size': 'medium',
} as const;

export type TokenName = keyof typeof tokenDefaults;

/** Public custom-property name of a token: `--pay-ladder-accent`. */
export function publicToken(name: TokenName): string {
  return `--pay-ladder-${name}`;
}

/** Private (resolved) custom-property name of a token: `--_pl-accent`. */
export function privateToken(name: TokenName): string {
  return `--_pl-${name}`;
}

/**
 * `:host` block resolving every public token (with its default) into `--_pl-<name>`.
 * Built from `tokenDefaults`, which are constants of this module (no user input reaches unsafeCSS).
 */
export const tokens = unsafeCSS(
  `:host {\n${(Object.keys(tokenDefaults) as TokenName[])
    .map((name) => `  ${privateToken(name)}: var(${publicToken(name)}, ${tokenDefaults[name]});\n`)
    .join('')}  font-family: var(--pay-ladder-font);\n}`,
);

/**
 * The chart's whole height, legend included: fixed, so that the calculator can reserve it before
 * the chart's code has loaded and nothing moves when it arrives. The legend takes what it needs
 * (one line, or more for markers and narrow screens) and the plot the rest.
 */
export const chartBoxHeight = unsafeCSS('calc(var(--_pl-chart-height) + 3.5em)');

/** Faint horizontal grid lines, a quarter of the box apart: the chart's room before its lines are drawn (calculator and chart). */
export const gridLines = unsafeCSS(
  'repeating-linear-gradient(to bottom, transparent 0, transparent calc(25% - 1px), var(--_pl-grid) calc(25% - 1px), var(--_pl-grid) 25%)',
);

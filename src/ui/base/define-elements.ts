import { PayLadder } from '../calculator/pay-ladder.js';
import { autoload } from './autoload.js';
import { defineOnce, tags } from './registry.js';

/** Set on the first call: the registration of this copy (the chart and comparison chunks, or nothing when another copy owns the tag). */
let defined: Promise<void> | undefined;

/**
 * Registers the elements as `<PREFIX>`, `<PREFIX-chart>` and `<PREFIX-compare>` (default
 * `pay-ladder`), for pages where those names are taken. Once per copy of the code; the chart and
 * the comparison elements come from chunks of their own, loaded when they are needed.
 */
export function definePayLadder(options: { prefix?: string } = {}): Promise<void> {
  const prefix = options.prefix ?? 'pay-ladder';
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(prefix)) throw new TypeError(`pay-ladder: "${prefix}" is not a valid custom element name`);
  if (defined) {
    if (prefix !== tags.calculator) console.warn(`pay-ladder: already registered as <${tags.calculator}>; "${prefix}" is ignored.`);
    return defined;
  }
  Object.assign(tags, { calculator: prefix, chart: `${prefix}-chart`, compare: `${prefix}-compare` });
  // Another copy (or version) of the bundle owns the calculator's tag: its elements serve the page.
  // One warning, and this copy registers nothing else (not the chart, not the lazily loaded
  // comparison, which would otherwise race the other copy's for the tag and warn again).
  if (customElements.get(tags.calculator)) {
    defineOnce(tags.calculator, PayLadder);
    return (defined = Promise.resolve());
  }
  defineOnce(tags.calculator, PayLadder);
  // The chart (with Chart.js) and the comparison come from chunks of their own: a calculator loads
  // them when it needs them; a <…-chart> or <…-compare> of the page's own loads them when it is there.
  autoload();
  return (defined = Promise.resolve());
}

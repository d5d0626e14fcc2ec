/**
 * Registers the pay-ladder elements. Safe to load twice (or two versions): a tag that is already
 * defined is left alone, with one warning naming both versions.
 */
import { PayLadder } from './ui/pay-ladder.js';
import { PayLadderChart } from './ui/pay-ladder-chart.js';
import { PayLadderCompare } from './ui/pay-ladder-compare.js';

export const VERSION = '0.1.0';

const elements: Array<[string, CustomElementConstructor]> = [
  ['pay-ladder', PayLadder],
  ['pay-ladder-chart', PayLadderChart],
  ['pay-ladder-compare', PayLadderCompare],
];

const registry = globalThis as typeof globalThis & { __payLadderVersion?: string };

for (const [tag, ctor] of elements) {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor && tag === 'pay-ladder') {
    console.warn(
      `pay-ladder: <${tag}> is already defined (version ${registry.__payLadderVersion ?? 'unknown'}); this copy (version ${VERSION}) is not registered.`,
    );
  }
}
registry.__payLadderVersion ??= VERSION;

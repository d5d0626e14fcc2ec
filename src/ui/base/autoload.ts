/**
 * The comparison element, which comes from a chunk of its own, and the autoloader that loads the
 * chart or the comparison element when a page has one of its own (kept apart from registry.ts,
 * which the comparison itself imports).
 */
import { once } from './once.js';
import { defineOnce, loadChart, tags } from './registry.js';

const compareModule = once(() => import('../compare/pay-ladder-compare.js'));

/** Loads and registers the comparison element (kept out of the first download). */
export function loadCompare(): Promise<void> {
  return compareModule().then((m) => defineOnce(tags.compare, m.PayLadderCompare));
}

/**
 * Loads the chart or the comparison element as soon as the page has one of its own (in the
 * document, now or added later), as Shoelace's autoloader does: the calculator loads what it
 * renders itself, so a page with only <pay-ladder> fetches neither before it needs them.
 */
export function autoload(): void {
  if (typeof document === 'undefined') return;
  const lazy: Array<[string, () => Promise<unknown>]> = [
    [tags.chart, loadChart],
    [tags.compare, loadCompare],
  ];
  const scan = (): void => {
    for (let i = lazy.length - 1; i >= 0; i--) {
      if (!document.querySelector(lazy[i][0])) continue;
      void lazy[i][1]();
      lazy.splice(i, 1);
    }
    if (!lazy.length) observer?.disconnect();
  };
  const observer = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(scan);
  observer?.observe(document.documentElement, { childList: true, subtree: true });
  scan();
}

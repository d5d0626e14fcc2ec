/**
 * Registering the elements. Guarded: a tag that is already defined (a second copy of the bundle,
 * or another version) is left alone, with one warning naming both versions.
 */
import { once } from './once.js';

export const VERSION = '0.1.0';

const page = globalThis as typeof globalThis & { __payLadderVersion?: string };
const warned = new Set<string>();

export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    page.__payLadderVersion ??= VERSION;
  } else if (existing !== ctor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `pay-ladder: <${tag}> is already defined (version ${page.__payLadderVersion ?? 'unknown'}); this copy (version ${VERSION}) is not registered.`,
    );
  }
}

/** The tag names in use; the calculator renders the chart and the comparison by these names. */
export const tags = { calculator: 'pay-ladder', chart: 'pay-ladder-chart', compare: 'pay-ladder-compare' };

const chartModule = once(() => import('../chart/pay-ladder-chart.js'));

/**
 * Loads and registers the chart element, which comes with Chart.js (kept out of the first
 * download; the calculator reserves its height). Resolves to whether it is there; after a failed
 * load a later call tries again.
 */
export function loadChart(): Promise<boolean> {
  return chartModule().then(
    (m) => {
      defineOnce(tags.chart, m.PayLadderChart);
      return true;
    },
    () => false,
  );
}

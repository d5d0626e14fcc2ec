/**
 * The demo pages as a reader meets them, checked by axe-core: the markup of demo/index.html,
 * demo/compare.html and demo/places.html (every `<pay-ladder>` and `<pay-ladder-compare>` with its attributes as the demo
 * has them, the sections and `lang` wrappers around them, the demo's stylesheet), with the page in
 * bokmål, nynorsk and English (`<html lang>`; the demo's own `lang="nn"` and `lang="en"` variants keep
 * theirs). axe runs on every element instance and on each `<pay-ladder-chart>` inside them: first as
 * the page loads (the widgets far down the page have not loaded what they show later, and may hold a
 * chart element with nothing to draw yet), then with each instance scrolled into view and complete.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { checkEachTest, settle } from './helpers.js';

const PAGES = ['/demo/index.html', '/demo/compare.html', '/demo/places.html'];
const LANGS = ['nb', 'nn', 'en'] as const;
const ELEMENTS = 'pay-ladder, pay-ladder-compare';

const pageLang = document.documentElement.lang;
checkEachTest({ tearDown: () => void (document.documentElement.lang = pageLang) });

/** The `<main>` of a demo page, with the demo's stylesheet, in a fixture. */
async function mountDemo(path: string): Promise<HTMLElement> {
  const text = await (await fetch(path)).text();
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const main = doc.querySelector('main');
  if (!main) throw new Error(`${path} has no <main>`);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = '/demo/demo.css';
  const styled = new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
  host.append(sheet, document.importNode(main, true));
  await styled;
  return host;
}

/** Each instance with a name for the report: its tag, attributes and position on the page. */
function instances(host: HTMLElement): Array<{ el: HTMLElement; name: string }> {
  return [...host.querySelectorAll<HTMLElement>(ELEMENTS)].map((el, i) => ({
    el,
    name: `#${i + 1} <${el.localName}${[...el.attributes].map((a) => ` ${a.name}${a.value ? `="${a.value}"` : ''}`).join('')}>`,
  }));
}

/** Every element's render, the chart element once its code is here, and each nested chart's render. */
async function settled(els: HTMLElement[]): Promise<void> {
  for (const el of els) await settle(el);
  await customElements.whenDefined('pay-ladder-chart');
  for (const el of els) for (const chart of el.shadowRoot!.querySelectorAll('pay-ladder-chart')) await chart.updateComplete;
}

/** axe on each instance and on each chart inside it; the violations, named. */
async function violations(list: Array<{ el: HTMLElement; name: string }>): Promise<string[]> {
  const found: string[] = [];
  const check = async (el: Element, name: string) => {
    try {
      await expect(el).to.be.accessible();
    } catch (e) {
      found.push(`${name}: ${(e as Error).message}`);
    }
  };
  for (const { el, name } of list) {
    await check(el, name);
    for (const [i, chart] of [...el.shadowRoot!.querySelectorAll('pay-ladder-chart')].entries())
      await check(chart, `${name} > <pay-ladder-chart> #${i + 1}`);
  }
  return found;
}

const frames = (n: number) => new Promise<void>((r) => (n ? requestAnimationFrame(() => void frames(n - 1).then(r)) : r()));

describe('the demo pages, every element instance, axe-core in nb, nn and en', () => {
  for (const path of PAGES) {
    for (const lang of LANGS) {
      it(`${path}, <html lang="${lang}">: as the page loads, and each instance scrolled into view`, async function (this: MochaLite.Context) {
        this.timeout(120_000);
        document.documentElement.lang = lang;
        const host = await mountDemo(path);
        const list = instances(host);
        expect(list.length, `element instances on ${path}`).to.be.greaterThan(0);
        await settled(list.map((i) => i.el));
        const charts = list.flatMap(({ el }) => [...el.shadowRoot!.querySelectorAll('pay-ladder-chart')]);
        expect(charts.length, 'each instance of the demo shows a chart').to.equal(list.length);
        expect(await violations(list), 'as the page loads').to.deep.equal([]);

        for (const { el } of list) {
          el.scrollIntoView({ block: 'start' });
          await frames(2);
          await settled([el]);
        }
        expect(await violations(list), 'each scrolled into view').to.deep.equal([]);
      });
    }
  }
});

/**
 * Helpers shared by the browser tests of the elements (from the TypeScript sources): shadow-DOM
 * queries, real input, events, the nested chart, and per-test isolation (no `?pl=` in the page
 * URL, no uncaught errors). Importing this registers no element: tests that need them import
 * src/define.js themselves. built-bundle.test.ts does not import it (it must load no sources).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import { SHARE_PARAM } from '../../src/state/share-encode.js';
import type { PayLadderChart } from '../../src/ui/chart/pay-ladder-chart.js';

// ---- text and shadow DOM ------------------------------------------------------------------------

/** Collapses Intl's no-break spaces (U+00A0, U+202F) and runs of white space. */
export const plain = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
/** Like `$`, but throws when nothing matches. */
export const must = <T extends Element = HTMLElement>(el: Element, sel: string): T => {
  const found = $<T>(el, sel);
  if (!found) throw new Error(`no ${sel} in <${el.tagName.toLowerCase()}>'s shadow root`);
  return found;
};

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

// ---- engines and input --------------------------------------------------------------------------

export type Engine = 'chromium' | 'firefox' | 'webkit';
let engineName: Promise<Engine> | undefined;

/** The engine that runs this test file (web-test-runner.config.js's `engine` command). */
export function engine(): Promise<Engine> {
  engineName ??= executeServerCommand<Engine, undefined>('engine');
  return engineName;
}

export type KeysPayload = { type: string } | { press: string } | { down: string } | { up: string };

/**
 * Real key input, like @web/test-runner-commands' sendKeys but the same in all three engines (the
 * config's `keys` command: that sendKeys loses repeated letters and has no down/up with WebDriver).
 */
export async function sendKeys(keys: KeysPayload): Promise<void> {
  await executeServerCommand('keys', keys);
}

/**
 * Print media on (true) or off. Chromium emulates it (CDP). Neither Firefox's WebDriver BiDi nor
 * WebKit's classic WebDriver can emulate a media type yet (https://bugzilla.mozilla.org/show_bug.cgi?id=2064352,
 * https://github.com/w3c/webdriver/issues/1693), so there the page's own style sheets (the
 * document's and every open shadow root's, adopted ones included) are switched instead: each
 * `@media print` rule is made to apply and each `@media screen` rule not to. That tests the print
 * rules themselves in the engine; it does not change `matchMedia('print')`.
 */
export async function emulatePrint(on: boolean): Promise<void> {
  if ((await engine()) === 'chromium') {
    await emulateMedia({ media: on ? 'print' : 'screen' });
    return;
  }
  if (!on) {
    for (const [media, text] of switchedMedia) media.mediaText = text;
    switchedMedia.clear();
    return;
  }
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const text = rule.media.mediaText;
        const printed = text.replace(/\b(print|screen)\b/g, (t) => (t === 'print' ? 'all' : 'not all'));
        if (printed !== text) {
          switchedMedia.set(rule.media, text);
          rule.media.mediaText = printed;
        }
      }
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    const r = roots[i];
    for (const sheet of [...r.styleSheets, ...r.adoptedStyleSheets]) visit(sheet.cssRules);
    for (const el of r.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
}
const switchedMedia = new Map<MediaList, string>();

// ---- rendering and input ------------------------------------------------------------------------

/** Waits for the element's render and for its nested chart's, if it has one. */
export async function settle(el: Element): Promise<void> {
  // The comparison and the chart come from chunks of their own, loaded when one is on the page.
  if (el.localName.includes('-') && !customElements.get(el.localName)) await customElements.whenDefined(el.localName);
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  const chart = el.shadowRoot?.querySelector<PayLadderChart>('pay-ladder-chart');
  if (chart) await chart.updateComplete;
}

/** Replaces the text of an input by typing it with real key events. */
export async function typeInto(el: Element, field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await settle(el);
}

/** Picks an option of a <select> the way a person does (value + `change`). */
export async function choose(el: Element, sel: HTMLSelectElement, value: string): Promise<void> {
  expect(
    [...sel.options].map((o) => o.value),
    `options of ${sel.id}`,
  ).to.include(value);
  sel.value = value;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** The error message tied to a control: aria-invalid, aria-describedby → an element with the text. */
export function expectFieldError(el: Element, control: Element, text: string): void {
  expect(control.getAttribute('aria-invalid'), `aria-invalid of ${control.id || control.tagName}`).to.equal('true');
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const texts = ids.map((id) => root(el).getElementById(id)).map((n) => plain(n?.textContent));
  expect(texts, `descriptions of ${control.id || control.tagName}`).to.include(text);
}

/** The element's nested <pay-ladder-chart> once Chart.js has drawn, its canvas and the Chart.js instance. */
export async function chartOf(el: Element): Promise<{ chartEl: PayLadderChart; canvas: HTMLCanvasElement; chart: Chart }> {
  const chartEl = must<PayLadderChart>(el, 'pay-ladder-chart');
  await chartEl.ready;
  await chartEl.updateComplete;
  const canvas = chartEl.shadowRoot!.querySelector('canvas')!;
  // Chart.js internals, on purpose: the chart has drawn (a Chart.js instance on its canvas) before a test reads it.
  const chart = Chart.getChart(canvas);
  if (!chart) throw new Error('no Chart.js instance on the canvas');
  return { chartEl, canvas, chart };
}

// ---- events and per-test isolation --------------------------------------------------------------

/** Removers of the listeners collect() added; checkEachTest() runs them after each test. */
const listeners: Array<() => void> = [];

/** Collects events of `type` on window (they bubble and are composed) until the test ends. */
export function collect<T>(type: string): Array<CustomEvent<T>> {
  const seen: Array<CustomEvent<T>> = [];
  const on = (e: Event) => seen.push(e as CustomEvent<T>);
  window.addEventListener(type, on);
  listeners.push(() => window.removeEventListener(type, on));
  return seen;
}

/**
 * Downloads started by the code under test (an <a download> it creates and clicks), captured
 * instead of saved until the test ends (checkEachTest restores the click).
 */
export function captureDownloads(): Array<{ href: string; download: string }> {
  const got: Array<{ href: string; download: string }> = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) got.push({ href: this.href, download: this.download });
    else original.call(this);
  };
  listeners.push(() => (HTMLAnchorElement.prototype.click = original));
  return got;
}

/**
 * The first widget on a page keeps its scenario in the page URL (`?pl=…`) and reads it when it
 * connects: clear it so every test starts from the defaults.
 */
export function forgetUrlState(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has(SHARE_PARAM)) return;
  url.searchParams.delete(SHARE_PARAM);
  history.replaceState(history.state, '', url.href);
}

/** Uncaught exceptions and rejections during a test. */
let uncaught: unknown[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);

/**
 * Root hooks for a test file: each test starts without `?pl=` in the page URL, the listeners of
 * collect() are removed after it, and it fails when it caused an uncaught exception or an
 * unhandled rejection. `setUp` runs before each test (after the URL is cleared); `tearDown` after
 * it, before the check, while uncaught errors are still recorded.
 */
export function checkEachTest({ setUp, tearDown }: { setUp?: () => void; tearDown?: () => void | Promise<void> } = {}): void {
  beforeEach(() => {
    forgetUrlState();
    setUp?.();
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    // Let pending microtasks and loads surface their errors before checking.
    await new Promise((r) => setTimeout(r, 0));
    try {
      await tearDown?.();
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      listeners.splice(0).forEach((off) => off());
    }
    expect(uncaught, 'uncaught errors during the test').to.deep.equal([]);
  });
}

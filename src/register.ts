/**
 * For the browser bundle when the default tag names are taken: load `dist/register.js` instead of
 * `dist/define.js` and call `definePayLadder({ prefix: 'my-pay' })` (→ <my-pay>, <my-pay-chart>,
 * <my-pay-compare>). Importing this module registers nothing.
 *
 * It loads define.js (which carries the elements' code, so that a page loading define.js makes one
 * request for the first render, not two in a row) by its URL at run time, and tells it not to
 * register: it names define.js's URL in `__payLadderRegisterOnly` first, which define.ts checks.
 */
type Page = typeof globalThis & { __payLadderRegisterOnly?: string };

const url = import.meta.resolve('./define.js');
(globalThis as Page).__payLadderRegisterOnly = url;
// By URL, not by name: a bundler leaves it alone, so register.js stays a few lines that share no code.
const loaded = (await import(/* @vite-ignore */ url).finally(() => {
  if ((globalThis as Page).__payLadderRegisterOnly === url) delete (globalThis as Page).__payLadderRegisterOnly;
})) as typeof import('./define.js');

export const { definePayLadder, VERSION } = loaded;

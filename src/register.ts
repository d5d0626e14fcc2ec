/**
 * For the browser bundle when the default tag names are taken: load `dist/register.js` instead of
 * `dist/define.js` and call `definePayLadder({ prefix: 'my-pay' })` (→ <my-pay>, <my-pay-chart>,
 * <my-pay-compare>). Importing this module registers nothing.
 */
export { definePayLadder } from './ui/base/define-elements.js';
export { VERSION } from './ui/base/registry.js';

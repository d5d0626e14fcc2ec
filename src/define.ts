/**
 * Registers the pay-ladder elements: <pay-ladder>, <pay-ladder-chart> and, from its own chunk,
 * <pay-ladder-compare>. Safe to load twice, or two versions (see ui/base/registry.ts). For other tag
 * names, import `definePayLadder` from the package's main entry instead and call it with a prefix.
 *
 * In the browser bundle this file carries the elements' code itself, and dist/register.js (src/register.ts)
 * loads it without registering anything: it names this module's URL in `__payLadderRegisterOnly` first.
 */
import { definePayLadder } from './ui/base/define-elements.js';

export { VERSION } from './ui/base/registry.js';
export { definePayLadder };

if ((globalThis as { __payLadderRegisterOnly?: string }).__payLadderRegisterOnly !== import.meta.url) void definePayLadder();

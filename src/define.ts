/**
 * Registers the pay-ladder elements: <pay-ladder>, <pay-ladder-chart> and, from its own chunk,
 * <pay-ladder-compare>. Safe to load twice, or two versions (see ui/base/registry.ts). For other tag
 * names, import `definePayLadder` from the package's main entry instead and call it with a prefix.
 */
import { definePayLadder } from './ui/base/define-elements.js';

export { VERSION } from './ui/base/registry.js';

void definePayLadder();

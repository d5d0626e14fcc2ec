/**
 * Package entry: the element classes and the headless model. Importing it registers nothing;
 * import `pay-ladder/define` (src/define.ts) to register the elements.
 */
export { PayLadder, type PayLadderChangeDetail, type PayLadderErrorDetail } from './ui/calculator/pay-ladder.js';
export { PayLadderChart, type ChartMarker, type ChartSeries } from './ui/chart/pay-ladder-chart.js';
export { PayLadderCompare, type CompareChangeDetail, type CompareEntry } from './ui/compare/pay-ladder-compare.js';
export type { PayLadderStateChangeDetail } from './ui/events.js';
export { definePayLadder } from './ui/base/define-elements.js';
export { VERSION } from './ui/base/registry.js';
export * from './model/index.js';

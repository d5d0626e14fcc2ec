/**
 * Package entry: the element classes and the headless model. Importing it registers nothing;
 * import `pay-ladder/define` (src/define.ts) to register the elements.
 */
export { PayLadder, type PayLadderChangeDetail, type PayLadderErrorDetail } from './ui/pay-ladder.js';
export { PayLadderChart, type ChartMarker, type ChartSeries } from './ui/pay-ladder-chart.js';
export { PayLadderCompare, type CompareChangeDetail, type CompareEntry } from './ui/pay-ladder-compare.js';
export { definePayLadder } from './ui/define-elements.js';
export { VERSION } from './ui/registry.js';
export * from './model/index.js';

// What `npm run data:bundle` and `npm run data:add` generate from the data besides the dataset
// file: the figures without words that the calculator's first download carries
// (src/model/dataset-figures.ts explains why). A unit test fails when the file is stale.
import { importSource } from './load-source.mjs';

/** Where the figures are written, under the project folder. */
export const FIGURES_FILE = 'src/generated/dataset-figures.json';

/** The text of FIGURES_FILE for `dataset`. */
export async function figuresText(dataset) {
  const { datasetFigures } = await importSource('src/model/dataset-figures.ts');
  return `${JSON.stringify(datasetFigures(dataset))}\n`;
}

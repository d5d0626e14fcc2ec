/**
 * The dataset validator: `validateDataset` and `datasetErrorMessage`. The code lives in
 * `dataset/validate/` (the JSON Schema compiled to code, the references, the messages); this module
 * keeps the path that the elements, the data scripts and the tests import.
 */
export {
  MAX_DATASET_ERRORS,
  datasetErrorMessage,
  validateDataset,
  type DatasetError,
  type DatasetErrorCode,
  type DatasetValidation,
} from './dataset/validate/index.js';

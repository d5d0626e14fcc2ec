/** Sourced figures: the sources of a data file, and a value with its source. */
import { bool, figureKind, idKey, isoDate, map, opt, record, req, text, url, type Check } from './read.js';
import { sourceRef, type SourceScope } from './references.js';

// ---------------------------------------------------------------------------------------------
// Sources (per file)

export const sourceEntry: Check = (ctx, v, path) => {
  record(ctx, v, path, {
    title: req(text),
    url: req(url),
    publisher: req(text),
    retrieved: req(isoDate),
  });
};

export const sourcesField: Check = (ctx, v, path) => map(ctx, v, path, idKey, sourceEntry);

export function sourcedValue(scope: SourceScope, valueCheck: Check): Check {
  return (ctx, v, path) => {
    record(ctx, v, path, {
      value: req(valueCheck),
      source: req(sourceRef(scope)),
      kind: req(figureKind),
      verified: req(bool),
      rule: opt(text),
      note: opt(text),
    });
  };
}

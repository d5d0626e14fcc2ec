/// <reference types="node" />
/** Shared by the data tests: ajv (draft 2020-12) with every schema in data/schema/ loaded. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
export const SCHEMA_BASE = 'https://pay-ladder.invalid/schema/';

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function jsonFiles(subdir: string): string[] {
  return readdirSync(`${dataDir}${subdir}`)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** Strict ajv; `strictRequired` is off because if/then and oneOf name properties defined at the top. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  for (const file of jsonFiles('schema')) ajv.addSchema(readJson(`${dataDir}schema/${file}`) as object);
  return ajv;
}

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

/** A real calendar date (proleptic Gregorian, years 0000–9999), computed without Date parsing. */
export function realDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/**
 * Strict ajv; `strictRequired` is off because if/then and oneOf name properties defined at the top.
 * Format "date" (RFC 3339 full-date, which the dates in the data are) is checked with {@link realDate}.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  ajv.addFormat('date', realDate);
  for (const file of jsonFiles('schema')) ajv.addSchema(readJson(`${dataDir}schema/${file}`) as object);
  return ajv;
}

import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/model/default-dataset.js';
import { datasetErrorMessage, validateDataset } from '../../src/model/validate-dataset.js';
import { createAjv, dataDir, jsonFiles, readJson, SCHEMA_BASE } from './schema-helpers.js';

const ajv = createAjv();

/** Which schema each data folder's files must name in their "$schema". */
const expectedSchema: Record<string, (file: string) => string> = {
  agreements: () => 'agreement.schema.json',
  occupations: () => 'occupation.schema.json',
  workplaces: () => 'workplaces.schema.json',
  market: () => 'market.schema.json',
  rules: (file) => file.replace(/\.json$/, '.schema.json'),
};

describe('data files against their JSON Schema', () => {
  const cases = Object.keys(expectedSchema).flatMap((dir) => jsonFiles(dir).map((file) => [`${dir}/${file}`, dir, file] as const));

  it('finds the data files', () => {
    expect(cases.map(([name]) => name)).toEqual([
      'agreements/ks.json',
      'agreements/legekontor.json',
      'agreements/nho481.json',
      'agreements/private.json',
      'agreements/spekter.json',
      'agreements/tannhelse.json',
      'agreements/virke-huk.json',
      'agreements/virke-legesentre.json',
      'occupations/helsefagarbeider.json',
      'occupations/helsesekretaer.json',
      'occupations/tannhelsesekretaer.json',
      'workplaces/workplaces.json',
      'market/ssb.json',
      'rules/conditions.json',
      'rules/g.json',
      'rules/holiday-pay.json',
      'rules/tax.json',
    ]);
  });

  it.each(cases)('%s', (_, dir, file) => {
    const data = readJson(`${dataDir}${dir}/${file}`) as Record<string, unknown>;
    const schemaFile = expectedSchema[dir](file);
    expect(data.$schema).toBe(`../schema/${schemaFile}`);
    const validate = ajv.getSchema(SCHEMA_BASE + schemaFile);
    expect(validate, `schema ${schemaFile} is loaded`).toBeDefined();
    const ok = validate!(data);
    expect(validate!.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('every schema has an $id under the shared base and declares draft 2020-12', () => {
    for (const file of jsonFiles('schema')) {
      const schema = readJson(`${dataDir}schema/${file}`) as Record<string, unknown>;
      expect(schema.$id).toBe(SCHEMA_BASE + file);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });
});

describe('defaultDataset', () => {
  it('validates against dataset.schema.json', () => {
    const validate = ajv.getSchema(`${SCHEMA_BASE}dataset.schema.json`)!;
    const ok = validate(defaultDataset);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('passes validateDataset with zero errors', () => {
    const result = validateDataset(defaultDataset);
    expect(result.ok ? [] : result.errors.map(datasetErrorMessage)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has the format version and review date, and no editor-only "$schema" keys', () => {
    expect(defaultDataset.formatVersion).toBe(1);
    expect(defaultDataset.updated).toBe('2026-12-06');
    expect(JSON.stringify(defaultDataset)).not.toContain('"$schema"');
  });

  it('the raw files (with "$schema") assembled also pass validateDataset', () => {
    const file = (path: string) => readJson(`${dataDir}${path}`);
    const raw = {
      formatVersion: 1,
      updated: '2026-11-28',
      agreements: {
        ks: file('agreements/ks.json'),
        spekter: file('agreements/spekter.json'),
        legekontor: file('agreements/legekontor.json'),
        private: file('agreements/private.json'),
        nho481: file('agreements/nho481.json'),
        'virke-legesentre': file('agreements/virke-legesentre.json'),
        'virke-huk': file('agreements/virke-huk.json'),
      },
      occupation: file('occupations/helsesekretaer.json'),
      rules: { holidayPay: file('rules/holiday-pay.json'), g: file('rules/g.json'), tax: file('rules/tax.json') },
      market: file('market/ssb.json'),
    };
    expect(validateDataset(raw).ok).toBe(true);
    expect(ajv.getSchema(`${SCHEMA_BASE}dataset.schema.json`)!(raw)).toBe(true);
  });
});

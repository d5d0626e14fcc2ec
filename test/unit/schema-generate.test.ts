// scripts/schema-generate.mjs: the compiler from data/schema/ to the types and the structural
// validator stops, with the place and the reason, at what it does not know, rather than write a
// validator that checks less than the schema says. (That what it writes agrees with Ajv on the real
// schemas is test/unit/dataset-differential.test.ts; that the committed files are what it writes
// is `npm run schema:check`.)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the generator on a copy of data/schema/ with `file` edited. */
function generateWith(file: string, edit: (schema: any) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'pay-ladder-schema-gen-'));
  dirs.push(dir);
  const schemas = join(dir, 'schema');
  cpSync(join(root, 'data/schema'), schemas, { recursive: true });
  const schema = JSON.parse(readFileSync(join(schemas, file), 'utf8'));
  edit(schema);
  writeFileSync(join(schemas, file), JSON.stringify(schema));
  const r = spawnSync(process.execPath, [join(root, 'scripts/schema-generate.mjs'), '--schemas', schemas, '--out', join(dir, 'out')], {
    encoding: 'utf8',
  });
  const validator = r.status === 0 ? readFileSync(join(dir, 'out/src/model/dataset/validate/structure.generated.ts'), 'utf8') : '';
  return { code: r.status, err: r.stderr, validator };
}

describe('schema:generate', () => {
  it('compiles a new bound into the check and its message', () => {
    const r = generateWith('agreement.schema.json', (s) => (s.properties.workingWeeks.anyOf[0].properties.value.maximum = 50));
    expect(r.err).toBe('');
    expect(r.validator).toContain(`num('outOfRange', 'a number above 0 and at most 50', (n) => n > 0 && n <= 50)`);
  }, 30_000);

  it('stops at a keyword it does not compile, naming where', () => {
    const r = generateWith('common.schema.json', (s) => (s.$defs.text.maxLength = 200));
    expect(r.code).toBe(1);
    expect(r.err).toContain('schema:generate: common.schema.json#/$defs/text: keyword "maxLength" is not supported');
  }, 30_000);

  it('stops at a string pattern whose error it is not told', () => {
    const r = generateWith('occupation.schema.json', (s) => (s.properties.title = { type: 'string', pattern: '^[A-Z]' }));
    expect(r.code).toBe(1);
    expect(r.err).toContain('occupation.schema.json#/properties/title: add the error code of this string to MESSAGES');
  }, 30_000);

  it('stops at an object that does not say which other keys it allows', () => {
    const r = generateWith('tax.schema.json', (s) => delete s.$defs.taxYear.additionalProperties);
    expect(r.code).toBe(1);
    expect(r.err).toContain('tax.schema.json#/$defs/taxYear: say "additionalProperties"');
  }, 30_000);
});

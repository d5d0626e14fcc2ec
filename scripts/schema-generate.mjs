#!/usr/bin/env node
// `npm run schema:generate`: writes, from the JSON Schemas in data/schema/ (the one definition of
// the data format), the TypeScript types of the data and its structural validator:
//
//   src/model/dataset/types.generated.ts            json-schema-to-typescript, and the id lists
//                                                   the model needs at run time
//   src/model/dataset/validate/structure.generated.ts  the schema compiled to plain code: calls to
//                                                   the checks in validate/checks.ts (no `new
//                                                   Function`, so a strict CSP is fine), each
//                                                   value with its error code and what is expected
//
// `npm run schema:check` (in `npm test`) fails when the committed files are not what this writes.
// `--out DIR` writes under DIR instead of the repository; `--schemas DIR` reads the schemas there.
//
// The compiler knows the keywords the schemas use and stops with a message on any other, and on a
// string pattern whose error code it is not told (MESSAGES below): a new kind of value needs a
// thought about what the error says. Ajv, which the unit tests run on the same schemas, checks that
// the generated validator accepts and refuses the same documents (test/unit/dataset-differential.test.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA_DIR = 'data/schema';
export const OUTPUTS = {
  types: 'src/model/dataset/types.generated.ts',
  validator: 'src/model/dataset/validate/structure.generated.ts',
};

/** Error code and expectation for values at these schema locations (`*`: any one key). */
const MESSAGES = {
  'common.schema.json#/$defs/isoDate': ['expectedIsoDate', 'a date YYYY-MM-DD'],
  'common.schema.json#/$defs/id': ['expectedId', 'a lower-case id like "gruppe-3"'],
  'common.schema.json#/$defs/source/properties/url': ['expectedUrl', 'an http(s) URL'],
  'common.schema.json#/$defs/knownCondition/properties/value/anyOf': [
    'expectedOneOf',
    'a number of at least 0, or a lower-case id like "public"',
  ],
  'agreement.schema.json#/$defs/stepKey': ['expectedStepKey', 'years 0–99 written without leading zeros'],
  'agreement.schema.json#/$defs/supplementRate/oneOf': ['expectedRate', '"nokPerHour", or "percent" with an optional "minNokPerHour"'],
  'agreement.schema.json#/$defs/payRound/anyOf': ['noFigures', 'at least one of "rise", "groups" or "framePercent"'],
  'market.schema.json#/$defs/marketPay/properties/styrk': ['expectedOneOf', 'a STYRK-08 code of four digits'],
  'dataset.schema.json#/properties/formatVersion': ['unsupportedFormatVersion', '1'],
  'dataset.schema.json#/properties/agreements/properties/*/properties/id': ['idMismatch'],
  'dataset.schema.json#/properties/occupation/properties/id': ['idMismatch'],
};

/** TypeScript names of schema locations whose key or title does not give the name. */
const TYPE_NAMES = {
  'dataset.schema.json#': 'Dataset',
  'common.schema.json#/$defs/isoDate': 'IsoDate',
  'dataset.schema.json#/properties/rules': 'Rules',
  'agreement.schema.json#': 'Agreement',
  'agreement.schema.json#/properties/conditions': 'AgreementConditions',
  'occupation.schema.json#': 'Occupation',
  'occupation.schema.json#/$defs/placement': 'EducationPlacement',
  'occupation.schema.json#/$defs/unknownPlacement': 'UnknownPlacement',
  'common.schema.json#/$defs/localizedText': 'LocalizedText',
  'workplaces.schema.json#': 'Workplaces',
  'workplaces.schema.json#/$defs/place': 'Workplace',
  'holiday-pay.schema.json#': 'HolidayPayRules',
  'holiday-pay.schema.json#/$defs/rule': 'HolidayPayRule',
  'g.schema.json#': 'GRules',
  'g.schema.json#/properties/values/items': 'GValue',
  'tax.schema.json#': 'TaxRules',
  'conditions.schema.json#': 'ConditionRules',
  'conditions.schema.json#/properties/law': 'LawConditions',
  'conditions.schema.json#/properties/payroll': 'PayrollRules',
  'tax.schema.json#/$defs/taxYear/properties/status': 'TaxStatus',
  'tax.schema.json#/$defs/taxYear/properties/verification': 'Verification',
  'market.schema.json#': 'MarketRules',
  'market.schema.json#/$defs/figures': 'MarketFigures',
  'market.schema.json#/$defs/marketPay/properties/verification': 'Verification',
};

/** Id lists the model needs at run time, from the schema (name → location of an enum or a required list). */
const ID_LISTS = {
  AGREEMENT_IDS: ['common.schema.json#/$defs/agreementId', 'enum', 'AgreementId', false],
  REQUIRED_AGREEMENT_IDS: ['dataset.schema.json#/properties/agreements', 'required', 'RequiredAgreementId', true],
  EDUCATION_IDS: ['occupation.schema.json#/properties/education', 'properties', 'EducationId', true],
  PLACE_GROUPS: ['workplaces.schema.json#/$defs/place/properties/group', 'enum', 'PlaceGroup', true],
  SHIFT_TYPES: ['agreement.schema.json#/properties/supplements', 'required', 'ShiftType', true],
  MARKET_SECTORS: ['market.schema.json#/$defs/marketPay/properties/sectors', 'properties', 'MarketSector', true],
};

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', '$comment', 'title', 'description', 'examples', 'default']);

// ---------------------------------------------------------------------------------------------
// Schemas and locations ("file#/pointer")

function loadSchemas(dir) {
  const files = new Map();
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.schema.json'))
    .sort())
    files.set(f, JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return files;
}

const fileOf = (loc) => loc.slice(0, loc.indexOf('#'));
const child = (loc, ...keys) => `${loc}${keys.map((k) => `/${String(k).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')}`;

function nodeAt(files, loc) {
  const [file, pointer] = loc.split('#');
  let node = files.get(file);
  if (!node) throw new Error(`${loc}: no schema file ${file}`);
  for (const key of pointer.split('/').slice(1)) {
    node = node?.[key.replaceAll('~1', '/').replaceAll('~0', '~')];
    if (node === undefined) throw new Error(`${loc}: nothing there`);
  }
  return node;
}

/** The location a `$ref` in the schema at `from` names. */
function refLoc(ref, from) {
  const [file, pointer = ''] = ref.split('#');
  return `${file || fileOf(from)}#${pointer}`;
}

function messageFor(locs) {
  for (const loc of [...locs].reverse()) {
    for (const [pattern, message] of Object.entries(MESSAGES)) {
      const re = new RegExp(`^${pattern.replace(/[.$/]/g, '\\$&').replaceAll('*', '[^/]+')}$`);
      if (re.test(loc)) return message;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The validator: schema → a tree of simple nodes (refs kept where they have no siblings) → code

/** Reads the schema at `loc` into a node: leaf, object, array, anyOf, oneOf, ref, never. */
function read(files, loc, node = nodeAt(files, loc)) {
  if (node === false) return { kind: 'never', loc };
  if (node === true) throw new Error(`${loc}: "true" schemas are not supported`);
  const keys = Object.keys(node).filter((k) => !ANNOTATIONS.has(k));
  if (node.$ref !== undefined) {
    const target = { kind: 'ref', loc: refLoc(node.$ref, loc) };
    if (keys.length === 1) return target;
    const { $ref: _, ...rest } = node;
    return merge(files, target, read(files, loc, rest), loc);
  }
  const known = new Set(['type', 'enum', 'const', 'minLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum']);
  const objectKeys = new Set(['properties', 'required', 'additionalProperties', 'propertyNames', 'minProperties']);
  const applied = [];
  if (node.anyOf)
    applied.push({ kind: 'anyOf', loc: child(loc, 'anyOf'), branches: node.anyOf.map((b, i) => read(files, child(loc, 'anyOf', i))) });
  if (node.oneOf)
    applied.push({ kind: 'oneOf', loc: child(loc, 'oneOf'), branches: node.oneOf.map((b, i) => read(files, child(loc, 'oneOf', i))) });
  if (node.if) applied.push(conditional(files, loc, node));
  for (const k of keys) {
    if (!known.has(k) && !objectKeys.has(k) && !['anyOf', 'oneOf', 'if', 'then', 'else', 'items', 'minItems'].includes(k))
      throw new Error(`${loc}: keyword "${k}" is not supported by scripts/schema-generate.mjs`);
  }
  if (node.type === 'object' || keys.some((k) => objectKeys.has(k))) {
    const props = new Map(Object.keys(node.properties ?? {}).map((k) => [k, read(files, child(loc, 'properties', k))]));
    const extra = node.additionalProperties;
    return {
      kind: 'object',
      loc,
      props,
      required: node.required ?? [],
      extra: extra === undefined ? undefined : extra === false ? false : read(files, child(loc, 'additionalProperties')),
      keys: node.propertyNames && read(files, child(loc, 'propertyNames')),
      nonEmpty: node.minProperties === undefined ? undefined : atLeastOne(loc, node.minProperties),
      applied,
    };
  }
  if (node.type === 'array') {
    if (node.minItems !== undefined && node.minItems !== 1) throw new Error(`${loc}: only minItems 1 is supported`);
    return { kind: 'array', loc, items: read(files, child(loc, 'items')), nonEmpty: node.minItems === 1 };
  }
  if (applied.length) {
    if (applied.length > 1 || keys.some((k) => known.has(k))) throw new Error(`${loc}: anyOf/oneOf beside other keywords`);
    return applied[0];
  }
  const values = node.enum ?? (node.const !== undefined ? [node.const] : undefined);
  const type = node.type ?? (values && (values.every((v) => typeof v === 'string') ? 'string' : typeof values[0]));
  if (!['string', 'number', 'integer', 'boolean', 'null'].includes(type))
    throw new Error(`${loc}: type ${JSON.stringify(type)} is not supported`);
  return {
    kind: 'leaf',
    type,
    locs: [loc],
    values,
    min: node.minimum,
    xmin: node.exclusiveMinimum,
    max: node.maximum,
    minLength: node.minLength,
    pattern: node.pattern,
    format: node.format,
  };
}

function atLeastOne(loc, n) {
  if (n !== 1) throw new Error(`${loc}: only minProperties 1 is supported`);
  return true;
}

/**
 * if/then/else: `if` is checked on the object's copy; `then` and `else` may require keys and forbid
 * them (false). Keys the `if` tests and the object requires: when one is missing or wrong (already
 * reported), neither part applies.
 */
function conditional(files, loc, node) {
  const tested = [...new Set([...Object.keys(node.if.properties ?? {}), ...(node.if.required ?? [])])];
  const [key, ...more] = tested;
  const value = node.if.properties?.[key]?.const;
  const when = !more.length && value !== undefined ? `when ${key} is ${JSON.stringify(value)}` : 'here';
  const part = (schema, word) => {
    if (!schema) return undefined;
    if (
      Object.keys(schema).some((k) => !['type', 'required', 'properties'].includes(k)) ||
      Object.values(schema.properties ?? {}).some((x) => x !== false)
    )
      throw new Error(`${loc}: then/else may only require keys or forbid them (false)`);
    const forbidden = Object.keys(schema.properties ?? {}).map((k) => [
      k,
      `no "${k}" ${word === 'unless' ? when.replace('when', 'unless') : when}`,
    ]);
    return { required: schema.required ?? [], forbidden: Object.fromEntries(forbidden) };
  };
  const test = read(files, child(loc, 'if'));
  return {
    kind: 'if',
    test,
    keys: tested.filter((k) => node.required?.includes(k)),
    then: part(node.then, 'when'),
    otherwise: part(node.else, 'unless'),
  };
}

/** Both `a` and `b` (a `$ref` and the keywords beside it), as one node where a schema allows it. */
function merge(files, a, b, loc) {
  if (a.kind === 'ref') {
    const target = read(files, a.loc);
    return merge(files, target.kind === 'object' ? { ...target, base: a.loc } : target, b, loc);
  }
  if (a.kind === 'object' && b.kind === 'object') {
    if (b.extra !== undefined || b.keys || b.nonEmpty) throw new Error(`${loc}: an overlay may only add properties and required keys`);
    const changed = new Map([...b.props].map(([k, node]) => [k, a.props.has(k) ? merge(files, a.props.get(k), node, loc) : node]));
    const required = b.required.filter((k) => !a.required.includes(k));
    return {
      ...a,
      loc,
      props: new Map([...a.props, ...changed]),
      required: [...a.required, ...required],
      applied: [...a.applied, ...b.applied],
      overlay: { props: changed, required, applied: b.applied },
    };
  }
  if (a.kind === 'anyOf' && b.kind === 'leaf') {
    const fits = a.branches
      .map((x) => (x.kind === 'ref' ? read(files, x.loc) : x))
      .filter((x) => x.kind === 'leaf' && family(x) === family(b));
    if (fits.length !== 1) throw new Error(`${loc}: cannot narrow an anyOf to ${b.type}`);
    return merge(files, fits[0], b, loc);
  }
  if (a.kind === 'leaf' && b.kind === 'leaf' && family(a) === family(b)) {
    if (a.pattern && b.pattern && a.pattern !== b.pattern) throw new Error(`${loc}: two patterns`);
    const values = a.values && b.values ? b.values.filter((v) => a.values.includes(v)) : (b.values ?? a.values);
    const pick = (x, y, f) => (x === undefined ? y : y === undefined ? x : f(x, y));
    return {
      ...a,
      ...Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)),
      type: a.type === 'integer' || b.type === 'integer' ? 'integer' : a.type,
      locs: [...a.locs, ...b.locs],
      values,
      min: pick(a.min, b.min, Math.max),
      xmin: pick(a.xmin, b.xmin, Math.max),
      max: pick(a.max, b.max, Math.min),
      minLength: pick(a.minLength, b.minLength, Math.max),
    };
  }
  throw new Error(`${loc}: cannot combine a ${a.kind} with a ${b.kind}`);
}

const family = (leaf) => (leaf.type === 'integer' ? 'number' : leaf.type);

/** Code, expected text and the test of a number with these bounds. */
function numberRule({ type, min, xmin, max }) {
  // The lower bound that binds: `xmin` (exclusive) unless `min` is at or above it.
  const low =
    xmin !== undefined && (min === undefined || xmin >= min)
      ? { n: xmin, open: true }
      : min !== undefined
        ? { n: min, open: false }
        : undefined;
  const tests = [
    type === 'integer' && 'Number.isInteger(n)',
    low && `n ${low.open ? '>' : '>='} ${low.n}`,
    max !== undefined && `n <= ${max}`,
  ].filter(Boolean);
  const range =
    low && max !== undefined
      ? low.open
        ? `above ${low.n} and at most ${max}`
        : `from ${low.n} to ${max}`
      : low
        ? low.open
          ? `above ${low.n}`
          : `of at least ${low.n}`
        : max !== undefined
          ? `of at most ${max}`
          : '';
  const text = `a ${type === 'integer' ? 'whole number' : 'number'}${range ? ` ${range}` : ''}`;
  const code =
    type === 'integer'
      ? 'expectedInteger'
      : low?.n === 0 && max === 100
        ? 'expectedPercent'
        : low?.n === 0 && low.open && max === undefined
          ? 'expectedPositiveNumber'
          : 'outOfRange';
  return { code, text, test: tests.join(' && ') };
}

/** The TypeScript of the validator module. */
function validatorSource(files) {
  const lines = [];
  const names = new Map(); // location → const name
  const taken = new Set();
  const helpers = new Set();
  const use = (h) => (helpers.add(h), h);

  const nameFor = (loc) => {
    const last = loc.split('/').at(-1);
    const stem = fileOf(loc).replace('.schema.json', '');
    const base = (loc.endsWith('#') ? stem : last).replace(/-(\w)/g, (_, c) => c.toUpperCase());
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
    taken.add(name);
    return name;
  };

  const refName = (loc) => {
    if (names.has(loc)) {
      if (names.get(loc) === null) throw new Error(`${loc}: a schema that refers to itself is not supported`);
      return names.get(loc);
    }
    names.set(loc, null);
    const node = read(files, loc);
    const name = nameFor(loc);
    lines.push(`const ${name}: Check = ${code(node)};`);
    names.set(loc, name);
    return name;
  };

  /** The properties' checks; `opt(…)` where `required` does not name the key. */
  const props = (entries, required) =>
    `{ ${[...entries].map(([k, node]) => `${JSON.stringify(k)}: ${required.includes(k) ? code(node) : `${use('opt')}(${code(node)})`}`).join(', ')} }`;

  const objectCode = (node) => {
    if (node.base) {
      // Changed properties, and those the overlay makes required (now without `opt`).
      const changed = new Map([...node.overlay.props, ...node.overlay.required.map((k) => [k, node.props.get(k)])]);
      const extended = `${use('extend')}(${refName(node.base)}, ${props(changed, node.required)})`;
      return node.overlay.applied.length ? `${use('and')}(${[extended, ...node.overlay.applied.map(code)].join(', ')})` : extended;
    }
    if (node.extra === undefined) throw new Error(`${node.loc}: say "additionalProperties" (false, or a schema)`);
    const keys = [...node.props.keys()];
    const args = [props(node.props, node.required)];
    const nonEmpty = node.nonEmpty && (node.extra ? 'at least one entry' : `at least one of ${list(keys)}`);
    if (node.extra !== false || node.keys || nonEmpty) args.push(node.extra ? code(node.extra) : 'false');
    if (node.keys || nonEmpty) args.push(node.keys ? code(node.keys) : 'undefined');
    if (nonEmpty) args.push(JSON.stringify(nonEmpty));
    const base = `${use('obj')}(${args.join(', ')})`;
    return node.applied.length ? `${use('and')}(${[base, ...node.applied.map(code)].join(', ')})` : base;
  };

  const describe = (node) => {
    if (node.kind === 'ref') return describe(read(files, node.loc));
    if (node.kind === 'leaf') return leaf(node).expected;
    if (node.kind === 'object') return `an object with ${node.required.map((k) => JSON.stringify(k)).join(', ')}`;
    return node.kind === 'array' ? 'a list' : 'a value of the format';
  };

  const leaf = (node) => {
    const message = messageFor(node.locs);
    if (node.values) {
      const expected = message?.[1] ?? node.values.map((v) => JSON.stringify(v)).join(' | ');
      return {
        code: message?.[0] ?? 'expectedOneOf',
        expected,
        src: `${use('enumOf')}(${JSON.stringify(node.values)}${message ? `, '${message[0]}', ${JSON.stringify(expected)}` : ''})`,
      };
    }
    if (node.type === 'boolean') return { code: 'expectedBoolean', expected: 'true or false', src: use('bool') };
    if (node.type === 'null') return { code: 'expectedOneOf', expected: 'null', src: `${use('enumOf')}([null])` };
    if (node.type === 'string') {
      const tests = [
        node.minLength && `s.length >= ${node.minLength}`,
        node.pattern && `/${node.pattern.replaceAll('/', '\\/')}/u.test(s)`,
        node.format === 'date' ? (helpers.add('isIsoDate'), 'isIsoDate(s)') : node.format && fail(`format ${node.format}`),
      ].filter(Boolean);
      if ((node.pattern || node.format) && !message) throw new Error(`${node.locs.at(-1)}: add the error code of this string to MESSAGES`);
      const [c, expected] = message ?? ['expectedString', 'a non-empty string'];
      return {
        code: c,
        expected,
        src: `${use('str')}('${c}', ${JSON.stringify(expected)}${tests.length ? `, (s) => ${tests.join(' && ')}` : ''})`,
      };
    }
    if (node.type === 'number' || node.type === 'integer') {
      const rule = numberRule(node);
      const [c, expected] = message ?? [rule.code, rule.text];
      return { code: c, expected, src: `${use('num')}('${c}', ${JSON.stringify(expected)}${rule.test ? `, (n) => ${rule.test}` : ''})` };
    }
    throw new Error(`${node.locs.at(-1)}: a ${node.type} on its own is not supported`);
  };

  const constraint = (node, open = false) => {
    if (open && node.kind === 'object' && node.extra === undefined)
      return `${use('obj')}(${props(node.props, node.required)}, ${use('anything')})`;
    if (
      node.kind === 'object' &&
      node.extra === undefined &&
      [...node.props.values()].every((p) => p.kind === 'never') &&
      !node.applied.length
    )
      return `${use('has')}(${JSON.stringify(node.required)}${node.props.size ? `, ${JSON.stringify(Object.fromEntries([...node.props.keys()].map((k) => [k, `no "${k}"`])))}` : ''})`;
    return code(node);
  };

  const code = (node) => {
    switch (node.kind) {
      case 'ref':
        return refName(node.loc);
      case 'leaf':
        return leaf(node).src;
      case 'object':
        return objectCode(node);
      case 'array':
        return `${use('arr')}(${code(node.items)}${node.nonEmpty ? ', true' : ''})`;
      case 'if': {
        const part = (p) =>
          p
            ? `${use('has')}(${JSON.stringify(p.required)}${Object.keys(p.forbidden).length ? `, ${JSON.stringify(p.forbidden)}` : ''})`
            : 'undefined';
        const args = [constraint(node.test, true), part(node.then), part(node.otherwise), JSON.stringify(node.keys)];
        return `${use('when')}(${args.join(', ')})`;
      }
      case 'anyOf':
      case 'oneOf': {
        const isNull = (b) => b.kind === 'leaf' && b.type === 'null';
        const rest = node.branches.filter((b) => !isNull(b));
        if (node.kind === 'anyOf' && rest.length < node.branches.length) {
          const inner = rest.length === 1 ? rest[0] : { ...node, branches: rest };
          return `${use('nullable')}(${code(inner)})`;
        }
        const message = messageFor([node.loc]);
        const expected = message?.[1] ?? rest.map(describe).join(', or ');
        const args = [`[${rest.map((b) => constraint(b)).join(', ')}]`, JSON.stringify(expected), ...(message ? [`'${message[0]}'`] : [])];
        return `${use(node.kind === 'anyOf' ? 'anyOf' : 'exactlyOne')}(${args.join(', ')})`;
      }
      default:
        throw new Error(`${node.loc}: a ${node.kind} schema cannot stand here`);
    }
  };

  const rootName = refName('dataset.schema.json#');
  const fromChecks = [...helpers].filter((h) => h !== 'isIsoDate').sort();
  return [
    '// Generated by `npm run schema:generate` (scripts/schema-generate.mjs) from data/schema/*.schema.json.',
    '// Do not edit: change the schema and run it again. `npm run schema:check` (in `npm test`) fails when',
    '// this file is not what the schema gives.',
    `import { ${[...fromChecks, 'type Check'].join(', ')} } from './checks.js';`,
    ...(helpers.has('isIsoDate') ? ["import { isIsoDate } from '../../dates.js';"] : []),
    '',
    ...lines,
    '',
    '/** The shapes, types and ranges of dataset.schema.json; returns the plain copy that references.ts checks. */',
    `export const checkStructure: Check = ${rootName};`,
    '',
  ].join('\n');
}

const list = (keys) =>
  keys.length === 1
    ? JSON.stringify(keys[0])
    : `${keys
        .slice(0, -1)
        .map((k) => JSON.stringify(k))
        .join(', ')} or ${JSON.stringify(keys.at(-1))}`;

function fail(what) {
  throw new Error(`${what} is not supported by scripts/schema-generate.mjs`);
}

// ---------------------------------------------------------------------------------------------
// The TypeScript types: json-schema-to-typescript on one bundled copy of the schemas, with named
// types where TYPE_NAMES or a `$defs` key says, and only what shapes a value (constraints left out)

const pascal = (s) => s.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const CONSTRAINTS = ['if', 'then', 'else', 'oneOf', 'propertyNames', 'minProperties', 'minItems', 'minLength', 'pattern', 'format'];
const CONSTRAINTS_NUM = ['minimum', 'maximum', 'exclusiveMinimum'];

function typesBundle(files) {
  const defs = {};
  const nameOf = new Map(); // location → type name

  /** A `$ref` to `loc` in the bundle: to its named type, or the target itself when it is a plain string or number. */
  const refTo = (loc) => {
    const node = nodeAt(files, loc);
    if (
      node.$ref &&
      Object.keys(node).every(
        (k) =>
          k === '$ref' ||
          ANNOTATIONS.has(k) ||
          CONSTRAINTS_NUM.includes(k) ||
          k === 'type' ||
          (k === 'properties' && !typeChanging(files, loc, node)),
      )
    )
      return refTo(refLoc(node.$ref, loc)); // an alias (a `$ref` that only narrows): the target's type
    const primitive = ['string', 'number', 'integer'].includes(node.type) && !node.enum;
    if (primitive && !TYPE_NAMES[loc]) return { type: node.type }; // its description is about the format, not the field
    if (!nameOf.has(loc)) {
      const name = TYPE_NAMES[loc] ?? pascal(loc.split('/').at(-1));
      nameOf.set(loc, name);
      defs[name] = { ...shape(node, loc), title: name };
    }
    return { $ref: `#/$defs/${nameOf.get(loc)}` };
  };

  /** The node with its refs pointing into the bundle, constraints left out, and titles only where named. */
  const shape = (node, loc) => {
    if (typeof node !== 'object' || node === null) return node;
    if (node.$ref) {
      const target = refTo(refLoc(node.$ref, loc));
      const overlay = Object.fromEntries(
        Object.entries(node).filter(
          ([k]) => k !== '$ref' && !ANNOTATIONS.has(k) && !CONSTRAINTS.includes(k) && !CONSTRAINTS_NUM.includes(k),
        ),
      );
      const description = node.description ? { description: node.description } : {};
      // What the keywords beside the `$ref` change in the type: a property's type, or keys now required.
      const base = nodeAt(files, refLoc(node.$ref, loc));
      const changed = overlay.properties && typeChanging(files, loc, node) ? Object.keys(overlay.properties) : [];
      const nowRequired = (overlay.required ?? []).filter((k) => !base.required?.includes(k));
      // A described `$ref` as `tsType`: json-schema-to-typescript would make a copy of the type for the description.
      if (!changed.length && !nowRequired.length)
        return target.$ref && node.description ? { tsType: target.$ref.split('/').at(-1), ...description } : { ...target, ...description };
      const keys = [...new Set([...changed, ...nowRequired])];
      const properties = Object.fromEntries(
        keys.map((k) => [
          k,
          changed.includes(k) ? shape(overlay.properties[k], child(loc, 'properties', k)) : shape(base.properties[k], loc),
        ]),
      );
      const required = keys.filter((k) => nowRequired.includes(k) || base.required?.includes(k));
      return { ...description, allOf: [target, { type: 'object', properties, required }] };
    }
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (CONSTRAINTS.includes(k) || CONSTRAINTS_NUM.includes(k) || ['$schema', '$id', '$defs', 'title'].includes(k)) continue;
      if (k === 'anyOf' && v.every((b) => Object.keys(b).every((x) => x === 'required'))) continue; // at least one of these keys
      if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, shape(s, child(loc, k, p))]));
      else if (['items', 'additionalProperties'].includes(k) && typeof v === 'object') out[k] = shape(v, child(loc, k));
      else if (k === 'anyOf') out[k] = v.map((b, i) => shape(b, child(loc, k, i)));
      else out[k] = v;
    }
    // A map whose keys are an enum: each key an optional property.
    const keys = node.propertyNames?.$ref ? nodeAt(files, refLoc(node.propertyNames.$ref, loc)).enum : node.propertyNames?.enum;
    if (keys && out.additionalProperties) {
      out.properties = Object.fromEntries(keys.map((k) => [k, out.additionalProperties]));
      out.additionalProperties = false;
    }
    if (TYPE_NAMES[loc] && !loc.endsWith('#') && nameOf.get(loc) === undefined) {
      nameOf.set(loc, TYPE_NAMES[loc]);
      defs[TYPE_NAMES[loc]] = { ...out, title: TYPE_NAMES[loc] };
      return { $ref: `#/$defs/${TYPE_NAMES[loc]}` };
    }
    return out;
  };

  nameOf.set('dataset.schema.json#', 'Dataset');
  const rootNode = shape(nodeAt(files, 'dataset.schema.json#'), 'dataset.schema.json#');
  return { ...rootNode, title: 'Dataset', $defs: defs };
}

/** Whether the properties beside a `$ref` change a property's type (not only its range). */
function typeChanging(files, loc, node) {
  const target = nodeAt(files, refLoc(node.$ref, loc));
  const base = target.$ref
    ? { ...nodeAt(files, refLoc(target.$ref, refLoc(node.$ref, loc))).properties, ...target.properties }
    : (target.properties ?? {});
  return Object.entries(node.properties ?? {}).some(
    ([k, s]) => s.type !== undefined && base[k]?.type !== s.type && !(s.type === 'integer' && base[k]?.type === 'number'),
  );
}

async function typesSource(files) {
  const ts = await compile(typesBundle(files), 'Dataset', {
    bannerComment: '',
    additionalProperties: false,
    declareExternallyReferenced: true,
    format: false,
    unreachableDefinitions: true, // (the types that only a `tsType` names)
  });
  // (json-schema-to-typescript says where in the bundle a type was referenced: not where it is in data/schema/.)
  const types = ts
    .replace(/(\n \* ?)?\n \* This interface was referenced by [^\n]*\n \* via the `definition` "\w+"\./g, '')
    .replace(/\/\*\*\n \*\/\n/g, '');
  const lists = Object.entries(ID_LISTS).map(([name, [loc, key, type, declare]]) => {
    const ids = key === 'properties' ? Object.keys(nodeAt(files, loc).properties) : nodeAt(files, loc)[key];
    return [
      ...(declare ? [`export type ${type} = ${ids.map((id) => JSON.stringify(id)).join(' | ')};`] : []),
      `export const ${name}: readonly ${type}[] = ${JSON.stringify(ids)};`,
    ].join('\n');
  });
  return [
    '// Generated by `npm run schema:generate` (scripts/schema-generate.mjs) from data/schema/*.schema.json',
    '// with json-schema-to-typescript. Do not edit: change the schema and run it again. `npm run',
    '// schema:check` (in `npm test`) fails when this file is not what the schema gives.',
    '',
    types,
    '/** Ids the model needs at run time, in the order of the schema. */',
    ...lists,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Writing

async function format(text, file) {
  const options = (await prettier.resolveConfig(join(root, file))) ?? {};
  return prettier.format(text, { ...options, filepath: join(root, file) });
}

/** The generated files (path in the repository → text). */
export async function generate(schemaDir = join(root, SCHEMA_DIR)) {
  const files = loadSchemas(schemaDir);
  return {
    [OUTPUTS.types]: await format(await typesSource(files), OUTPUTS.types),
    [OUTPUTS.validator]: await format(validatorSource(files), OUTPUTS.validator),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const out = option('--out') ?? root;
  try {
    for (const [path, text] of Object.entries(await generate(option('--schemas')))) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), text);
      if (out === root) console.log(`schema:generate: wrote ${path}`);
    }
  } catch (e) {
    console.error(`schema:generate: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

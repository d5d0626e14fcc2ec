// The tax year mode of `npm run data:add` (scripts/data-add.mjs), touching no files: reading the
// `--set field=value` arguments, and setting a year's status, source, note, verification and
// figures in data/rules/tax.json's object (a year not in the file is added, and then needs every
// figure: the kit never copies figures from another year). Refusals are `Refusal`s, as in
// data-add-lib.mjs.
import { isObject, kroner, parseAmount, refuse, sourceId } from './data-add-lib.mjs';

export const TAX_STATUSES = ['proposed', 'adopted'];

/** The fields `--set` takes, in the data's order, and how each is written. */
export const TAX_FIELDS = {
  ordinaryRate: 'percent',
  personfradrag: 'amount',
  minstefradragPercent: 'percent',
  minstefradragMax: 'amount',
  trinnskatt: 'steps',
  trygdeavgiftPercent: 'percent',
  trygdeavgiftLowerLimit: 'amount',
  trygdeavgiftPhaseInPercent: 'percent',
  'innsatssonen.ordinaryRate': 'percent',
  'innsatssonen.finnmarksfradrag': 'amount',
};
const FIELD_NAMES = Object.keys(TAX_FIELDS);
const ZONE = 'innsatssonen.';
/** The fields every year has (the zone's are optional, but come in pairs). */
const REQUIRED = FIELD_NAMES.filter((f) => !f.startsWith(ZONE));
/** The data's key order, for keys the kit adds to a year or its zone. */
const YEAR_KEYS = ['year', ...REQUIRED, 'source', 'status', 'verification', 'unverified', 'note', 'innsatssonen'];
const ZONE_KEYS = ['ordinaryRate', 'finnmarksfradrag', 'source', 'note'];

/** `22`, `1.7` or `1,7` → a number; anything else → `undefined`. */
export function parsePercent(text) {
  const s = text.trim();
  return /^\d+(?:[.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : undefined;
}

function amountOf(text, what) {
  if (/^\s*-/.test(text)) refuse(`${what}: an amount cannot be negative.`);
  if (/^\s*0+\s*$/.test(text)) refuse(`${what}: an amount must be more than 0 kr.`);
  const n = parseAmount(text);
  if (typeof n !== 'number') refuse(`${what}: ${JSON.stringify(text)} is not a whole number of kroner (write 120180 or 120 180).`);
  return n;
}

function percentOf(text, what) {
  if (/^\s*-/.test(text)) refuse(`${what}: a percentage cannot be negative.`);
  const p = parsePercent(text);
  if (p === undefined) refuse(`${what}: ${JSON.stringify(text)} is not a percentage (write 22, 1.7 or 1,7).`);
  if (p > 100) refuse(`${what}: ${p} % is more than 100 %.`);
  return p;
}

/**
 * `235150:1.7,331050:4,754050:13,7` → `[{ from, percent }, …]`. Amounts hold no commas, so a comma
 * after a step's `:` belongs to its percentage unless it is the last one before the next `:`.
 */
function stepsOf(text, what) {
  const parts = text.split(':');
  const format = `${what}: write each step as from:percent, the steps separated by commas (e.g. 235150:1.7,331050:4).`;
  if (parts.length < 2) refuse(format);
  const steps = [];
  let from = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const last = i === parts.length - 1;
    const cut = last ? parts[i].length : Math.max(parts[i].lastIndexOf(','), parts[i].lastIndexOf(';'));
    if (cut < 0) refuse(format);
    const step = { from: amountOf(from, what), percent: percentOf(parts[i].slice(0, cut), what) };
    const before = steps.at(-1);
    if (before && step.from <= before.from)
      refuse(`${what}: the steps must rise: ${kroner(step.from)} comes after ${kroner(before.from)}.`);
    steps.push(step);
    from = parts[i].slice(cut + 1);
  }
  return steps;
}

/** The `--set field=value` arguments → field → number (or trinnskatt's steps), in the data's order. */
export function parseSets(list = []) {
  const values = new Map();
  for (const arg of list) {
    const eq = arg.indexOf('=');
    if (eq < 0) refuse(`--set ${JSON.stringify(arg)}: write field=value, e.g. --set personfradrag=120180.`);
    const field = arg.slice(0, eq).trim();
    const text = arg.slice(eq + 1);
    const what = `--set ${field}=${text}`;
    if (!Object.hasOwn(TAX_FIELDS, field))
      refuse(`--set ${JSON.stringify(field)} is not a field of a tax year; the fields are ${FIELD_NAMES.join(', ')}.`);
    if (values.has(field)) refuse(`--set ${field} is given twice; give each field once.`);
    const kind = TAX_FIELDS[field];
    values.set(field, kind === 'amount' ? amountOf(text, what) : kind === 'percent' ? percentOf(text, what) : stepsOf(text, what));
  }
  return new Map(FIELD_NAMES.filter((f) => values.has(f)).map((f) => [f, values.get(f)]));
}

/** Sets `obj[key]`; a key `obj` lacks goes where `order` puts it among the keys it has (same object). */
function put(obj, key, value, order) {
  if (Object.hasOwn(obj, key)) {
    obj[key] = value;
    return;
  }
  const entries = Object.entries(obj);
  const rank = (k) => (order.includes(k) ? order.indexOf(k) : order.length);
  const at = entries.findIndex(([k]) => rank(k) > rank(key));
  entries.splice(at < 0 ? entries.length : at, 0, [key, value]);
  for (const [k] of entries) delete obj[k];
  for (const [k, v] of entries) obj[k] = v;
}

/**
 * Sets the tax year in `tax` (data/rules/tax.json's object, changed in place) and returns what to
 * print. `change`: { year, status?, sets: Map from parseSets, source: { title, url, publisher,
 * retrieved }, note, verification: 'primary' | 'secondary' }. The year gets the source (a new entry
 * unless the same one is there), the note, and the verification (`primary` is written by leaving
 * the key out, as the data does); set fields leave its `unverified` list. A zone figure set gives
 * the zone the source too, and drops the zone's note (it quoted the earlier source).
 */
export function setTaxYear(tax, change) {
  const { year, status, sets, note, verification } = change;
  if (!isObject(tax) || !Array.isArray(tax.years) || !isObject(tax.sources))
    refuse('data/rules/tax.json lacks "years" or "sources"; fix the file first (npm run data:bundle names the problem).');
  let entry = tax.years.find((y) => isObject(y) && y.year === year);
  const created = !entry;
  if (created) {
    if (status === undefined) refuse(`${year} is not in data/rules/tax.json: a new year needs --status proposed or adopted.`);
    const missing = REQUIRED.filter((f) => !sets.has(f));
    if (missing.length) {
      refuse(
        `${year} is not in data/rules/tax.json: a new year needs every figure, and --set is missing for ${missing.join(', ')} ` +
          '(the kit never copies figures from another year).',
      );
    }
    entry = { year };
    const at = tax.years.findIndex((y) => isObject(y) && typeof y.year === 'number' && y.year > year);
    tax.years.splice(at < 0 ? tax.years.length : at, 0, entry);
  }
  const zoneSets = [...sets.keys()].filter((f) => f.startsWith(ZONE));
  if (zoneSets.length === 1 && !isObject(entry.innsatssonen)) {
    const other = FIELD_NAMES.find((f) => f.startsWith(ZONE) && f !== zoneSets[0]);
    refuse(`${year} has no innsatssonen figures yet: give both, --set is missing for ${other}.`);
  }

  const source = sourceId(tax.sources, change.source, String(year));
  if (source.isNew) tax.sources[source.id] = { ...change.source };
  const before = {
    status: entry.status ?? (created ? null : 'adopted'),
    source: entry.source ?? null,
    verification: created ? null : (entry.verification ?? 'primary'),
    note: typeof entry.note === 'string',
  };
  const changes = [];
  for (const [field, value] of sets) {
    const [holder, key] = field.startsWith(ZONE) ? [entry.innsatssonen, field.slice(ZONE.length)] : [entry, field];
    changes.push({ field, before: holder?.[key] ?? null, after: value });
    if (holder) put(holder, key, value, holder === entry ? YEAR_KEYS : ZONE_KEYS);
    else put(entry, 'innsatssonen', { [key]: value }, YEAR_KEYS);
  }
  put(entry, 'source', source.id, YEAR_KEYS);
  if (status !== undefined) put(entry, 'status', status, YEAR_KEYS);
  if (verification === 'primary') delete entry.verification;
  else put(entry, 'verification', verification, YEAR_KEYS);
  put(entry, 'note', note, YEAR_KEYS);
  if (Array.isArray(entry.unverified)) {
    entry.unverified = entry.unverified.filter((f) => !sets.has(f));
    if (!entry.unverified.length) delete entry.unverified;
  }

  const zone = isObject(entry.innsatssonen) ? entry.innsatssonen : null;
  let zoneNoteDropped = false;
  if (zone && zoneSets.length) {
    put(zone, 'source', source.id, ZONE_KEYS);
    zoneNoteDropped = Object.hasOwn(zone, 'note');
    delete zone.note;
  }
  return {
    created,
    sourceId: source.id,
    sourceIsNew: source.isNew,
    before,
    status: entry.status ?? 'adopted',
    changes,
    // Figures kept as they were but now under the new source: the year's, and the zone's when it is re-sourced.
    unset: FIELD_NAMES.filter((f) => !sets.has(f) && !created && (!f.startsWith(ZONE) || (zone && zoneSets.length))),
    zoneKept: zone && !zoneSets.length && zone.source !== source.id ? zone : null,
    zoneNoteDropped,
  };
}

/** Layout of containers the kit adds: trinnskatt steps on one line, like the data. */
export const inlineTax = (key, _parentKey, container) => key === 'trinnskatt' && !Array.isArray(container);

const percent = (p) => `${p} %`;
const shown = (field, v) => (v === null ? '—' : TAX_FIELDS[field] === 'amount' ? kroner(v) : percent(v));
const step = (s) => (s ? `from ${kroner(s.from)} ${percent(s.percent)}` : '—');

/** The lines that say what was set: the status, the source, and each field's old → new value. */
export function taxReport(change, result, file) {
  const { year, source } = change;
  const { before } = result;
  const lines = [
    result.created ? `data:add: added the ${year} tax year to ${file}.` : `data:add: changed the ${year} tax year in ${file}.`,
    `  status: ${before.status === null ? result.status : `${before.status} → ${result.status}${before.status === result.status ? ' (unchanged)' : ''}`}`,
    `  source ${JSON.stringify(result.sourceId)}${result.sourceIsNew ? '' : ' (already in the file)'}: ${source.title}, ${source.publisher}, ${source.url}, retrieved ${source.retrieved}` +
      (before.source && before.source !== result.sourceId ? ` (was ${JSON.stringify(before.source)})` : ''),
    `  verification: ${before.verification === null || before.verification === change.verification ? change.verification : `${before.verification} → ${change.verification}`}`,
    `  note: from --note${before.note ? ' (replaces the earlier note)' : ''}`,
  ];
  for (const { field, before: old, after } of result.changes) {
    if (field !== 'trinnskatt') {
      lines.push(`  ${field}: ${shown(field, old)} → ${shown(field, after)}${old === after ? ' (unchanged)' : ''}`);
      continue;
    }
    lines.push('  trinnskatt:');
    const n = Math.max(after.length, Array.isArray(old) ? old.length : 0);
    for (let i = 0; i < n; i++) {
      const [o, a] = [Array.isArray(old) ? old[i] : undefined, after[i]];
      const same = o && a && o.from === a.from && o.percent === a.percent;
      lines.push(`    step ${i + 1}: ${step(o)} → ${step(a)}${same ? ' (unchanged)' : ''}`);
    }
  }
  if (result.unset.length) {
    lines.push(
      `Not set, kept as they were and now sourced to ${JSON.stringify(result.sourceId)}: ${result.unset.join(', ')}. Check each against the source.`,
    );
  }
  if (result.zoneKept) {
    const z = result.zoneKept;
    lines.push(
      `innsatssonen keeps its figures, its source ${JSON.stringify(z.source)} and its note. If this source has them, ` +
        `add --set innsatssonen.ordinaryRate=${z.ordinaryRate} --set innsatssonen.finnmarksfradrag=${z.finnmarksfradrag} to source them to it.`,
    );
  }
  if (result.zoneNoteDropped)
    lines.push("innsatssonen's note quoted its earlier source and is removed: --note says where its figures come from.");
  return lines;
}

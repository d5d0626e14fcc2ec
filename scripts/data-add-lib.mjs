// The parts of `npm run data:add` (scripts/data-add.mjs) that touch no files: what every mode
// shares (refusals, the source, amounts as printed, ids of new sources, numbers for people) and
// the table mode (reading its CSV, adding a table to an agreement file's object). The tax year and
// market pay modes are in data-add-tax.mjs and data-add-market.mjs. Each refusal is a `Refusal`
// with the sentence to print; the script prints it and exits 1 with nothing written.

export class Refusal extends Error {}

export const refuse = (message) => {
  throw new Refusal(message);
};

// ---------------------------------------------------------------------------------------------
// Arguments

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(s) {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Today's date on this machine's clock, `YYYY-MM-DD`. */
export function localToday(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The checked source; refuses a missing or non-http(s) URL and a missing title. `printed` ends
 * the sentence for a missing URL: what is printed in the page or document.
 */
export function checkSource({ url, title, publisher }, printed = 'the table is printed in') {
  if (url === undefined || url.trim() === '') refuse(`--source-url is missing: give the address of the page or document ${printed}.`);
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !/^https?:\/\/\S+$/.test(url) || !parsed.hostname) {
    refuse(`--source-url ${JSON.stringify(url)} is not an http(s) address (write it like https://www.ks.no/...).`);
  }
  if (title === undefined || title.trim() === '') refuse('--source-title is missing: give the title of the page or document.');
  if (publisher !== undefined && publisher.trim() === '')
    refuse('--publisher is empty: leave it out to use the host name, or name the publisher.');
  return {
    title: title.trim(),
    url,
    publisher: publisher?.trim() ?? parsed.hostname.replace(/^www\./, ''),
  };
}

// ---------------------------------------------------------------------------------------------
// The CSV

/** Spaces a printed amount may be grouped with: space, no-break space, narrow no-break space, thin space. */
const SPACES = ' \u00A0\u202F\u2009';
const GROUPED = new RegExp(`^\\d{1,3}(?:([${SPACES}.])\\d{3})(?:\\1\\d{3})*$`);
const TRIM = new RegExp(`^[\\t${SPACES}]+|[\\t${SPACES}]+$`, 'g');

/** A cell of a CSV line without the spaces and tabs around it. */
export const cell = (text) => text.replace(TRIM, '');

/** The lines of a CSV file's text, without a byte-order mark, LF or CRLF line ends. */
export const csvLines = (text) => text.replace(/^\uFEFF/, '').split(/\r?\n/);

/** Lowest and highest amount accepted: annual pay for a full-time position, not a monthly or hourly rate. */
export const AMOUNT_MIN = 100_000;
export const AMOUNT_MAX = 2_000_000;

/**
 * A printed amount → kroner: `437300`, `437 300` (any of the spaces above) or `437.300`, one
 * separator throughout; `''` → `null` (not known). Anything else → `undefined`.
 */
export function parseAmount(text) {
  const s = cell(text);
  if (s === '') return null;
  if (/^[1-9]\d*$/.test(s) || GROUPED.test(s)) return Number(s.replace(/[^\d]/g, ''));
  return undefined;
}

/** Years of ansiennitet written as in the data: 0–99, no leading zeros. */
const YEARS = /^(0|[1-9]\d?)$/;

/**
 * The CSV `text` → `[[years, amount | null], …]` ascending by years. `name` names the file in
 * messages. Refuses (with the line number) anything but the header `years;amount` and lines
 * `years;amount`; blank lines are skipped.
 */
export function parseCsv(text, name) {
  const lines = csvLines(text);
  const where = (i) => `${name} line ${i + 1}`;
  const header = cell(lines[0]);
  if (header !== 'years;amount') {
    refuse(
      `${where(0)}: the first line must be the header "years;amount"${header ? `, not ${JSON.stringify(lines[0])}` : ' (the file is empty)'}.`,
    );
  }
  const steps = [];
  const lineOf = new Map();
  let previousKnown = null;
  for (let i = 1; i < lines.length; i++) {
    if (cell(lines[i]) === '') continue;
    const fields = lines[i].split(';');
    if (fields.length !== 2) {
      refuse(
        `${where(i)}: ${JSON.stringify(lines[i])} has ${fields.length} field${fields.length === 1 ? '' : 's'}; write years;amount (e.g. 10;496 700).`,
      );
    }
    const yearsText = cell(fields[0]);
    if (!YEARS.test(yearsText))
      refuse(`${where(i)}: years ${JSON.stringify(fields[0])} must be a whole number of years 0–99 without leading zeros.`);
    const years = Number(yearsText);
    if (lineOf.has(years)) refuse(`${where(i)}: ${years} years is listed twice (also on line ${lineOf.get(years) + 1}); each step once.`);
    const last = steps.at(-1);
    if (last && years < last[0]) refuse(`${where(i)}: ${years} years comes after ${last[0]} years; list the steps with years ascending.`);
    const amount = parseAmount(fields[1]);
    if (amount === undefined) {
      refuse(
        `${where(i)}: amount ${JSON.stringify(fields[1])} is not a whole number of kroner written 437300, 437 300 or 437.300 (or empty when it is not known).`,
      );
    }
    if (amount !== null && (amount < AMOUNT_MIN || amount > AMOUNT_MAX)) {
      refuse(
        `${where(i)}: ${kroner(amount)} is not an annual full-time amount (${kroner(AMOUNT_MIN)}–${kroner(AMOUNT_MAX)}); the tables hold pay a year, not a month or an hour.`,
      );
    }
    if (amount !== null && previousKnown && amount < previousKnown.amount) {
      refuse(
        `${where(i)}: ${kroner(amount)} at ${years} years is less than ${kroner(previousKnown.amount)} at ${previousKnown.years} years (line ${previousKnown.line + 1}); amounts must not fall as years grow.`,
      );
    }
    if (amount !== null) previousKnown = { years, amount, line: i };
    lineOf.set(years, i);
    steps.push([years, amount]);
  }
  if (!steps.length) refuse(`${name}: has a header but no steps; add one line years;amount per step.`);
  if (steps[0][0] !== 0) refuse(`${name}: the table must have a step for 0 years (its first step is ${steps[0][0]} years).`);
  if (!previousKnown) refuse(`${name}: no step has an amount; a table needs at least one known amount.`);
  return steps;
}

// ---------------------------------------------------------------------------------------------
// Numbers for people

/** `437300` → `437 300 kr` (plain spaces, for a terminal). */
export function kroner(n) {
  const sign = n < 0 ? '-' : '';
  return `${sign}${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;
}

/** `22700` → `+22 700 kr`. */
export const signed = (n) => (n < 0 ? kroner(n) : `+${kroner(n)}`);
/** The change from `base` by `rise` in %: `+5.19 %`. */
export const percentText = (rise, base) => {
  const p = (rise / base) * 100;
  return `${p < 0 ? '-' : '+'}${Math.abs(p).toFixed(2)} %`;
};

// ---------------------------------------------------------------------------------------------
// The agreement file

/** `Fagforbundet` → `fagforbundet`, `www.nsf.no` → `www-nsf-no`, `Spekter/Delta` → `spekter-delta`. */
export function slug(text) {
  const s = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'source';
}

export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The id of `source` in `sources`: an entry with the same title, address, publisher and retrieved
 * date is reused (another group from the same page on the same day); else a new id from the
 * publisher and `from` (the table's date; the tax year or the statistics' year), made unique with
 * -2, -3, ….
 */
export function sourceId(sources, source, from) {
  for (const [id, s] of Object.entries(sources)) {
    if (
      isObject(s) &&
      s.title === source.title &&
      s.url === source.url &&
      s.publisher === source.publisher &&
      s.retrieved === source.retrieved
    ) {
      return { id, isNew: false };
    }
  }
  const base = `${slug(source.publisher)}-${from}`;
  let id = base;
  for (let n = 2; Object.hasOwn(sources, id); n++) id = `${base}-${n}`;
  return { id, isNew: true };
}

/** The amount a person with `years` had in `steps`: the highest step at or below it. */
function amountAt(steps, years) {
  let found;
  for (const key of Object.keys(steps)
    .map(Number)
    .sort((a, b) => a - b)) {
    if (key <= years) found = { key, amount: steps[key] };
  }
  return found;
}

/**
 * Adds the group's table to `agreement` (the parsed file, changed in place) and returns what to
 * print. `add`: { id, group, from, steps, kind, note, source: { title, url, publisher, retrieved } }.
 * Refuses an agreement without its own tables, an unknown group, a date not after the group's
 * newest table, and (derived) a step with no earlier amount to derive it from.
 */
export function addTable(agreement, add) {
  const { id, group, from, steps, kind, note } = add;
  if (!isObject(agreement)) refuse(`data/agreements/${id}.json does not hold an agreement object.`);
  if (agreement.coverage !== 'tariff') {
    const uses = agreement.tablesFrom ? `: it uses the tables of ${agreement.tablesFrom}; add the table there` : '';
    refuse(`${id} has no pay tables of its own (coverage ${JSON.stringify(agreement.coverage)})${uses}.`);
  }
  if (!isObject(agreement.payGroups) || !Array.isArray(agreement.tables) || !isObject(agreement.sources)) {
    refuse(
      `data/agreements/${id}.json lacks "payGroups", "tables" or "sources"; fix the file first (npm run data:bundle names the problem).`,
    );
  }
  if (!Object.hasOwn(agreement.payGroups, group)) {
    refuse(`${id} has no pay group ${JSON.stringify(group)}; its groups are ${Object.keys(agreement.payGroups).join(', ')}.`);
  }
  const tables = agreement.tables;
  const holding = tables.filter(
    (t) => isObject(t) && isObject(t.groups) && isObject(t.groups[group]) && typeof t.effectiveFrom === 'string',
  );
  const newest = holding.at(-1);
  if (newest && from <= newest.effectiveFrom) {
    refuse(
      `${id} already has a table for ${group} from ${newest.effectiveFrom}; --from must be after it, and ${from} is not. ` +
        `This kit adds the tables of new pay rounds; to correct an existing table, edit data/agreements/${id}.json by hand.`,
    );
  }
  // Newest first: the tables the new one is compared with (and derived from).
  const earlier = holding.filter((t) => t.effectiveFrom < from).reverse();
  const previous = earlier[0] ?? null;

  const source = sourceId(agreement.sources, add.source, from);
  const entry = { steps: Object.fromEntries(steps.map(([y, a]) => [String(y), a])), source: source.id };
  if (kind === 'derived') {
    const derived = {};
    for (const [years, amount] of steps) {
      if (amount === null) refuse(`--kind derived: ${years} years has no amount; a derived step needs one.`);
      const base = earlier.find((t) => typeof t.groups[group].steps?.[years] === 'number');
      if (!base) refuse(`--kind derived: no earlier table of ${group} has an amount for ${years} years to derive ${kroner(amount)} from.`);
      const addNok = amount - base.groups[group].steps[years];
      if (addNok <= 0) {
        refuse(
          `--kind derived: ${kroner(amount)} at ${years} years is not above ${kroner(base.groups[group].steps[years])} from ${base.effectiveFrom}; a derived step adds a published rise.`,
        );
      }
      derived[String(years)] = { from: base.effectiveFrom, add: addNok, source: source.id };
    }
    entry.derived = derived;
  }
  if (note) entry.note = note;

  if (source.isNew) agreement.sources[source.id] = { ...add.source };
  let table = tables.find((t) => isObject(t) && t.effectiveFrom === from);
  const created = !table;
  if (table) {
    if (!isObject(table.groups)) refuse(`data/agreements/${id}.json: the table from ${from} has no "groups" object; fix the file first.`);
    table.groups[group] = entry;
  } else {
    table = { effectiveFrom: from, groups: { [group]: entry } };
    const at = tables.findIndex((t) => isObject(t) && typeof t.effectiveFrom === 'string' && t.effectiveFrom > from);
    tables.splice(at < 0 ? tables.length : at, 0, table);
  }

  const rises = steps.map(([years, amount]) => {
    let against = null;
    for (const t of earlier) {
      const found = isObject(t.groups[group].steps) ? amountAt(t.groups[group].steps, years) : undefined;
      if (found && typeof found.amount === 'number') {
        against = { from: t.effectiveFrom, years: found.key, amount: found.amount };
        break;
      }
    }
    return { years, amount, against };
  });
  const previousSteps = isObject(previous?.groups[group].steps) ? Object.keys(previous.groups[group].steps).map(Number) : [];
  const leftOut = previousSteps.filter((y) => !steps.some(([s]) => s === y)).sort((a, b) => a - b);
  const rounds = Array.isArray(agreement.payRounds) ? agreement.payRounds : [];
  const coveredRounds = rounds
    .map((r) => r?.effectiveFrom)
    .filter((d) => typeof d === 'string' && (!previous || d > previous.effectiveFrom) && d <= from);
  const otherGroups = Object.keys(agreement.payGroups).filter((g) => g !== group && !isObject(table.groups[g]));
  return {
    created,
    sourceId: source.id,
    sourceIsNew: source.isNew,
    previous: previous?.effectiveFrom ?? null,
    rises,
    leftOut,
    coveredRounds,
    otherGroups,
  };
}

/** Layout of containers the kit adds: step tables and derived rules on one line, like the data. */
export const inlineNew = (key, parentKey) => key === 'steps' || parentKey === 'derived';

/** The lines that say what was added and how each step rose. */
export function report(add, result, file) {
  const { id, group, from, kind, source } = add;
  const lines = [
    `data:add: added the ${kind} table of ${id} ${group} from ${from} to ${file}` +
      (result.created ? '.' : ` (into the table already dated ${from}).`),
    `  source ${JSON.stringify(result.sourceId)}${result.sourceIsNew ? '' : ' (already in the file)'}: ${source.title}, ${source.publisher}, ${source.url}, retrieved ${source.retrieved}`,
  ];
  if (!result.previous) {
    lines.push(`No earlier table of ${group}: no rises to show.`);
  } else {
    lines.push(`Rise per step against the previous table of ${group} (${result.previous}); compare them with the published rises:`);
    for (const { years, amount, against } of result.rises) {
      const head = `  ${String(years).padStart(2)} years  ${amount === null ? 'not known'.padStart(10) : kroner(amount).padStart(10)}`;
      if (amount === null) {
        lines.push(head);
      } else if (!against) {
        lines.push(`${head}  (no earlier amount)`);
      } else {
        const rise = amount - against.amount;
        const step = against.years !== years ? `the ${against.years}-year step, ` : '';
        const date = against.from !== result.previous ? ` from ${against.from}` : '';
        const where = step || date ? `  (against ${step}${kroner(against.amount)}${date})` : '';
        lines.push(`${head}  ${signed(rise).padStart(11)}  ${percentText(rise, against.amount).padStart(8)}${where}`);
      }
    }
    if (result.leftOut.length) {
      lines.push(
        `The table from ${result.previous} has steps this one does not: ${result.leftOut.map((y) => `${y} years`).join(', ')}. ` +
          `Check the source: a step left out no longer exists from ${from}.`,
      );
    }
  }
  if (result.coveredRounds.length) {
    lines.push(
      `For ${group}, this table now covers the pay round${result.coveredRounds.length === 1 ? '' : 's'} recorded in "payRounds" from ${result.coveredRounds.join(', ')}. ` +
        'They can stay there: the model makes no estimate from a round up to the newest table.',
    );
  }
  if (result.otherGroups.length) {
    lines.push(`Groups with no table from ${from} yet: ${result.otherGroups.join(', ')} (the same --from adds them to this table).`);
  }
  return lines;
}

// The market pay mode of `npm run data:add` (scripts/data-add.mjs), touching no files: reading
// SSB's figures from a CSV and replacing an occupation's entry in data/market/ssb.json's object
// with them. Refusals are `Refusal`s, as in data-add-lib.mjs.
import { cell, csvLines, isObject, kroner, parseAmount, percentText, refuse, sourceId } from './data-add-lib.mjs';

/** Lowest and highest figure accepted: SSB's månedslønn, kroner a month for a full-time position. */
export const MONTH_MIN = 10_000;
export const MONTH_MAX = 200_000;

export const MARKET_COLUMNS = ['all', 'private', 'municipal', 'state'];
export const MARKET_MEASURES = ['median', 'p25', 'p75', 'mean'];
const HEADER = ['measure', ...MARKET_COLUMNS].join(';');
const SAID = { median: 'the median', p25: 'the lower quartile (p25)', p75: 'the upper quartile (p75)', mean: 'the mean' };

/**
 * The CSV `text` → `{ all: { median, p25, p75, mean? }, sectors: { private?: {…}, … } }`, each
 * object holding the figures given, in the data's order. `name` names the file in messages.
 * Refuses (with the line number) anything but the header `measure;all;private;municipal;state`
 * and rows median, p25, p75 and mean; an empty cell means SSB does not publish that figure.
 */
export function parseMarketCsv(text, name) {
  const lines = csvLines(text);
  const where = (i) => `${name} line ${i + 1}`;
  const header = cell(lines[0]);
  if (header !== HEADER) {
    refuse(
      `${where(0)}: the first line must be the header "${HEADER}"${header ? `, not ${JSON.stringify(lines[0])}` : ' (the file is empty)'}.`,
    );
  }
  const lineOf = new Map();
  const figures = Object.fromEntries(MARKET_COLUMNS.map((c) => [c, {}]));
  for (let i = 1; i < lines.length; i++) {
    if (cell(lines[i]) === '') continue;
    const fields = lines[i].split(';');
    if (fields.length !== MARKET_COLUMNS.length + 1) {
      refuse(
        `${where(i)}: ${JSON.stringify(lines[i])} has ${fields.length} fields; write ${HEADER.split(';').length} (e.g. median;45 710;45 420;45 690;45 750).`,
      );
    }
    const measure = cell(fields[0]);
    if (!MARKET_MEASURES.includes(measure))
      refuse(`${where(i)}: ${JSON.stringify(fields[0])} is not one of the rows ${MARKET_MEASURES.join(', ')}.`);
    if (lineOf.has(measure)) refuse(`${where(i)}: ${measure} is listed twice (also on line ${lineOf.get(measure) + 1}); each row once.`);
    lineOf.set(measure, i);
    MARKET_COLUMNS.forEach((column, c) => {
      const amount = parseAmount(fields[c + 1]);
      if (amount === undefined) {
        refuse(
          `${where(i)}: ${column} ${JSON.stringify(fields[c + 1])} is not a whole number of kroner written 45710, 45 710 or 45.710 (or empty when SSB does not publish it).`,
        );
      }
      if (amount !== null && (amount < MONTH_MIN || amount > MONTH_MAX)) {
        refuse(
          `${where(i)}: ${column} ${kroner(amount)} is not a monthly full-time amount (${kroner(MONTH_MIN)}–${kroner(MONTH_MAX)}); SSB's figures are kroner a month, not a year.`,
        );
      }
      if (amount !== null) figures[column][measure] = amount;
    });
  }
  for (const measure of ['median', 'p25', 'p75']) {
    if (figures.all[measure] === undefined)
      refuse(`${name}: the column all has no ${measure}; SSB publishes the median and both quartiles for all.`);
  }
  const sectors = {};
  for (const column of MARKET_COLUMNS) {
    const f = figures[column];
    if (!Object.keys(f).length) continue;
    if (f.median === undefined)
      refuse(`${name}: the column ${column} has figures but no median; give its median or leave the column empty.`);
    const order = (low, high) => {
      if (f[low] !== undefined && f[high] !== undefined && f[low] > f[high]) {
        refuse(
          `${where(lineOf.get(low))}: in the column ${column}, ${SAID[low]} ${kroner(f[low])} is above ${SAID[high]} ${kroner(f[high])} (line ${lineOf.get(high) + 1}); ` +
            'a quarter earn at most the lower quartile and a quarter at least the upper, so lower quartile ≤ median ≤ upper quartile.',
        );
      }
    };
    order('p25', 'median');
    order('median', 'p75');
    const ordered = Object.fromEntries(MARKET_MEASURES.filter((m) => f[m] !== undefined).map((m) => [m, f[m]]));
    if (column !== 'all') sectors[column] = ordered;
    else figures.all = ordered;
  }
  return { all: figures.all, sectors };
}

/**
 * Replaces the occupation's entry in `market` (data/market/ssb.json's object, changed in place)
 * and returns what to print. `change`: { id, year, figures: from parseMarketCsv, styrk?, title?,
 * source: { title, url, publisher, retrieved }, note, verification }. Styrk and title are kept
 * from the entry unless given; a new occupation needs both. Refuses a year not after the entry's.
 */
export function replaceMarket(market, change) {
  const { id, year, figures, note, verification } = change;
  if (!isObject(market) || !isObject(market.occupations) || !isObject(market.sources))
    refuse('data/market/ssb.json lacks "occupations" or "sources"; fix the file first (npm run data:bundle names the problem).');
  const old = market.occupations[id];
  if (old !== undefined && !isObject(old)) refuse(`data/market/ssb.json: occupations.${id} is not an object; fix the file first.`);
  if (old && typeof old.year === 'number' && year <= old.year) {
    refuse(
      `${id} already has SSB's figures for ${old.year}; --year must be after it, and ${year} is not. ` +
        'This kit adds the statistics of a new year; to correct a year, edit data/market/ssb.json by hand.',
    );
  }
  const styrk = change.styrk ?? old?.styrk;
  const title = change.title ?? old?.title;
  if (styrk === undefined || title === undefined) {
    const known = Object.keys(market.occupations);
    refuse(
      `${id} is a new occupation in data/market/ssb.json${known.length ? ` (it has ${known.join(', ')})` : ''}: ` +
        "give --styrk (its STYRK-08 code, e.g. 3256) and --title (SSB's name for it, e.g. Helsesekretærer).",
    );
  }
  const source = sourceId(market.sources, change.source, String(year));
  if (source.isNew) market.sources[source.id] = { ...change.source };
  const entry = { year, styrk, title, measure: 'monthlyEarnings', all: figures.all };
  if (Object.keys(figures.sectors).length) entry.sectors = figures.sectors;
  Object.assign(entry, { source: source.id, verification, note });
  market.occupations[id] = entry;
  return { old: old ?? null, entry, sourceId: source.id, sourceIsNew: source.isNew };
}

/** Layout of containers the kit adds: each column's figures on one line, like the data. */
export const inlineMarket = (key, parentKey) => key === 'all' || parentKey === 'sectors';

/** The lines that say what was replaced: old → new for each figure, with the change in %. */
export function marketReport(change, result, file) {
  const { id, year, source } = change;
  const { old, entry } = result;
  const what = `${entry.styrk} ${entry.title}`;
  const lines = [
    old
      ? `data:add: replaced SSB's pay for ${id} (${what}) in ${file}: ${old.year} → ${year}.`
      : `data:add: added SSB's pay for ${id} (${what}) to ${file}: ${year}.`,
    `  source ${JSON.stringify(result.sourceId)}${result.sourceIsNew ? '' : ' (already in the file)'}: ${source.title}, ${source.publisher}, ${source.url}, retrieved ${source.retrieved}`,
    `  verification: ${old?.verification && old.verification !== entry.verification ? `${old.verification} → ` : ''}${entry.verification}`,
  ];
  if (old && (old.styrk !== entry.styrk || old.title !== entry.title)) lines.push(`  occupation: ${old.styrk} ${old.title} → ${what}`);
  lines.push(`Kroner a month, ${old ? `${old.year} → ` : ''}${year}:`);
  const column = (e, c) => (c === 'all' ? e?.all : e?.sectors?.[c]);
  for (const c of MARKET_COLUMNS) {
    for (const m of MARKET_MEASURES) {
      const [before, after] = [column(old, c)?.[m], column(entry, c)?.[m]];
      if (before === undefined && after === undefined) continue;
      const head = `  ${c.padEnd(9)} ${m.padEnd(6)} ${(typeof before === 'number' ? kroner(before) : '—').padStart(9)} → `;
      if (after === undefined) lines.push(`${head}not published`);
      else if (typeof before !== 'number') lines.push(`${head}${kroner(after).padStart(9)}`);
      else lines.push(`${head}${kroner(after).padStart(9)}  ${percentText(after - before, before).padStart(8)}`);
    }
  }
  return lines;
}

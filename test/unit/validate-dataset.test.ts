import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/model/default-dataset.js';
import {
  datasetErrorMessage,
  MAX_DATASET_ERRORS,
  validateDataset,
  type DatasetError,
  type DatasetErrorCode,
} from '../../src/model/validate-dataset.js';
import { createAjv, SCHEMA_BASE } from './schema-helpers.js';

const validateSchema = createAjv().getSchema(`${SCHEMA_BASE}dataset.schema.json`)!;

/** A fresh deep copy of the shipped dataset, loosely typed so tests can break it. */
type Loose = any;
const copy = (): Loose => structuredClone(defaultDataset) as Loose;

function errorsOf(input: unknown): DatasetError[] {
  const r = validateDataset(input);
  return r.ok ? [] : r.errors;
}

interface BrokenCase {
  name: string;
  breakIt: (d: Loose) => void;
  code: DatasetErrorCode;
  path: string;
  /** Whether dataset.schema.json can see this fault too (true) or only validateDataset (false). */
  schema: boolean;
}

const ks4 = (d: Loose) => d.agreements.ks.tables[4].groups;

const cases: BrokenCase[] = [
  {
    name: 'a negative step amount',
    breakIt: (d) => (d.agreements.ks.tables[3].groups.fagarbeider.steps['16'] = -5),
    code: 'expectedPositiveNumber',
    path: 'agreements.ks.tables[3].groups.fagarbeider.steps["16"]',
    schema: true,
  },
  {
    name: 'a step amount given as a string',
    breakIt: (d) => (d.agreements.spekter.tables[5].groups['gruppe-3'].steps['16'] = '527000'),
    code: 'expectedPositiveNumber',
    path: 'agreements.spekter.tables[5].groups["gruppe-3"].steps["16"]',
    schema: true,
  },
  {
    name: 'a step key that is not a number of years',
    breakIt: (d) => (d.agreements.ks.tables[0].groups.fagarbeider.steps['07'] = 1),
    code: 'expectedStepKey',
    path: 'agreements.ks.tables[0].groups.fagarbeider.steps["07"]',
    schema: true,
  },
  {
    name: 'formatVersion missing',
    breakIt: (d) => delete d.formatVersion,
    code: 'missing',
    path: 'formatVersion',
    schema: true,
  },
  {
    name: 'formatVersion 2',
    breakIt: (d) => (d.formatVersion = 2),
    code: 'unsupportedFormatVersion',
    path: 'formatVersion',
    schema: true,
  },
  {
    name: 'an updated date with month 13',
    breakIt: (d) => (d.updated = '2026-13-01'),
    code: 'expectedIsoDate',
    path: 'updated',
    schema: true,
  },
  {
    name: 'an updated date that does not exist (30 February)',
    breakIt: (d) => (d.updated = '2026-02-30'),
    code: 'expectedIsoDate',
    path: 'updated',
    schema: true, // format "date": the schema asks for real dates too
  },
  {
    name: 'an unknown property on an agreement',
    breakIt: (d) => (d.agreements.ks.colour = 'blue'),
    code: 'unknownProperty',
    path: 'agreements.ks.colour',
    schema: true,
  },
  {
    name: 'an agreement stored under another key',
    breakIt: (d) => (d.agreements.spekter.id = 'ks'),
    code: 'idMismatch',
    path: 'agreements.spekter.id',
    schema: true,
  },
  {
    name: 'a table source that is not in "sources"',
    breakIt: (d) => (d.agreements.spekter.tables[0].groups['gruppe-1'].source = 'no-such-source'),
    code: 'unknownSource',
    path: 'agreements.spekter.tables[0].groups["gruppe-1"].source',
    schema: false,
  },
  {
    name: 'a supplement source that is not in "sources"',
    breakIt: (d) => (d.agreements.ks.supplements.night[0].source = 'nsf'),
    code: 'unknownSource',
    path: 'agreements.ks.supplements.night[0].source',
    schema: false,
  },
  {
    name: 'a localSupplement source that is not in the occupation\'s "sources"',
    breakIt: (d) => (d.occupation.placement.spekter.fagskole.localSupplement.source = 'delta-omrade-10-2024'),
    code: 'unknownSource',
    path: 'occupation.placement.spekter.fagskole.localSupplement.source',
    schema: false,
  },
  {
    name: 'a G value source that is not in "sources"',
    breakIt: (d) => (d.rules.g.values[2].source = 'nav'),
    code: 'unknownSource',
    path: 'rules.g.values[2].source',
    schema: false,
  },
  {
    name: 'tables out of date order',
    breakIt: (d) => {
      const t = d.agreements.ks.tables;
      [t[0], t[1]] = [t[1], t[0]];
    },
    code: 'unsortedDates',
    path: 'agreements.ks.tables[1].effectiveFrom',
    schema: false,
  },
  {
    name: 'supplements out of date order',
    breakIt: (d) => {
      const w = d.agreements.spekter.supplements.weekend;
      [w[0], w[1]] = [w[1], w[0]];
    },
    code: 'unsortedDates',
    path: 'agreements.spekter.supplements.weekend[1].effectiveFrom',
    schema: false,
  },
  {
    name: 'G values out of date order',
    breakIt: (d) => {
      const v = d.rules.g.values;
      [v[1], v[2]] = [v[2], v[1]];
    },
    code: 'unsortedDates',
    path: 'rules.g.values[2].effectiveFrom',
    schema: false,
  },
  {
    name: 'tax years out of order',
    breakIt: (d) => {
      const y = d.rules.tax.years;
      [y[0], y[1]] = [y[1], y[0]];
    },
    code: 'unsortedValues',
    path: 'rules.tax.years[1].year',
    schema: false,
  },
  {
    name: 'trinnskatt steps out of order',
    breakIt: (d) => {
      const t = d.rules.tax.years[0].trinnskatt;
      [t[3], t[4]] = [t[4], t[3]];
    },
    code: 'unsortedValues',
    path: 'rules.tax.years[0].trinnskatt[4].from',
    schema: false,
  },
  {
    name: 'a 2027 tax year without its status (proposed or adopted)',
    breakIt: (d) => delete d.rules.tax.years[2].status,
    code: 'missing',
    path: 'rules.tax.years[2].status',
    schema: true,
  },
  {
    name: 'a tax year status other than proposed or adopted',
    breakIt: (d) => (d.rules.tax.years[2].status = 'vedtatt'),
    code: 'expectedOneOf',
    path: 'rules.tax.years[2].status',
    schema: true,
  },
  {
    name: 'a tax year without its personfradrag',
    breakIt: (d) => delete d.rules.tax.years[2].personfradrag,
    code: 'missing',
    path: 'rules.tax.years[2].personfradrag',
    schema: true,
  },
  {
    name: 'a negative minstefradrag limit',
    breakIt: (d) => (d.rules.tax.years[2].minstefradragMax = -99_550),
    code: 'expectedPositiveNumber',
    path: 'rules.tax.years[2].minstefradragMax',
    schema: true,
  },
  {
    name: 'SSB figures out of order (lower quartile above the median)',
    breakIt: (d) => (d.market.occupations.helsesekretaer.all.p25 = 46_000),
    code: 'quartilesOutOfOrder',
    path: 'market.occupations.helsesekretaer.all',
    schema: false,
  },
  {
    name: 'SSB figures without the upper quartile',
    breakIt: (d) => delete d.market.occupations.helsesekretaer.all.p75,
    code: 'missing',
    path: 'market.occupations.helsesekretaer.all.p75',
    schema: true,
  },
  {
    name: 'a market verification other than primary or secondary',
    breakIt: (d) => (d.market.occupations.helsesekretaer.verification = 'checked'),
    code: 'expectedOneOf',
    path: 'market.occupations.helsesekretaer.verification',
    schema: true,
  },
  {
    name: 'market pay naming a source the file does not have',
    breakIt: (d) => (d.market.occupations.helsesekretaer.source = 'ssb-11419'),
    code: 'unknownSource',
    path: 'market.occupations.helsesekretaer.source',
    schema: false,
  },
  {
    name: 'a table group that is not a pay group',
    breakIt: (d) => (d.agreements.ks.tables[0].groups.sykepleier = structuredClone(d.agreements.ks.tables[0].groups.fagarbeider)),
    code: 'unknownPayGroup',
    path: 'agreements.ks.tables[0].groups.sykepleier',
    schema: false,
  },
  {
    name: 'a placement in a pay group that does not exist',
    breakIt: (d) => (d.occupation.placement.spekter.hoyskole.group = 'gruppe-9'),
    code: 'unknownPayGroup',
    path: 'occupation.placement.spekter.hoyskole.group',
    schema: false,
  },
  {
    name: 'no placement for an agreement with its own tables',
    breakIt: (d) => delete d.occupation.placement.spekter,
    code: 'missing',
    path: 'occupation.placement.spekter',
    schema: false,
  },
  {
    name: 'a placement for an agreement that follows another',
    breakIt: (d) => (d.occupation.placement.legekontor = structuredClone(d.occupation.placement.ks)),
    code: 'notAllowedForCoverage',
    path: 'occupation.placement.legekontor',
    schema: false,
  },
  {
    name: 'the education path every occupation has missing',
    breakIt: (d) => {
      delete d.occupations.tannhelsesekretaer.education.helsesekretaer;
      for (const byEducation of Object.values<Loose>(d.occupations.tannhelsesekretaer.placement)) delete byEducation.helsesekretaer;
    },
    code: 'missing',
    path: 'occupations.tannhelsesekretaer.education.helsesekretaer',
    schema: true,
  },
  {
    name: 'a placement for an education path the occupation does not have',
    breakIt: (d) => (d.occupations.helsefagarbeider.placement.ks.hoyskole = { group: 'hoyskole' }),
    code: 'unknownProperty',
    path: 'occupations.helsefagarbeider.placement.ks.hoyskole',
    schema: false,
  },
  {
    name: 'an education path without its placement',
    breakIt: (d) => delete d.occupations.helsefagarbeider.placement.ks.none,
    code: 'missing',
    path: 'occupations.helsefagarbeider.placement.ks.none',
    schema: false,
  },
  {
    name: 'an occupation stored under another key',
    breakIt: (d) => (d.occupations.helsefagarbeider.id = 'helsearbeider'),
    code: 'idMismatch',
    path: 'occupations.helsefagarbeider.id',
    schema: false,
  },
  {
    name: 'a placement in a pay group the agreement does not have',
    breakIt: (d) => (d.occupations.tannhelsesekretaer.placement.tannhelse.none = { group: 'fagarbeider' }),
    code: 'unknownPayGroup',
    path: 'occupations.tannhelsesekretaer.placement.tannhelse.none.group',
    schema: false,
  },
  {
    name: 'a place that points to an agreement not in the data',
    breakIt: (d) => {
      delete d.agreements['virke-huk'];
      for (const o of [d.occupation, ...Object.values(d.occupations)]) delete o.placement['virke-huk'];
    },
    code: 'unknownAgreement',
    path: 'workplaces.places[8].agreements[0]',
    schema: false,
  },
  {
    name: 'two places with the same id',
    breakIt: (d) => d.workplaces.places.push(structuredClone(d.workplaces.places[0])),
    code: 'duplicateId',
    path: 'workplaces.places[9].id',
    schema: false,
  },
  {
    name: "an occupation's place that is not in the data",
    breakIt: (d) => (d.occupations.tannhelsesekretaer.workplaces[0] = 'tannlege'),
    code: 'unknownPlace',
    path: 'occupations.tannhelsesekretaer.workplaces[0]',
    schema: false,
  },
  {
    name: 'a pay group not known without its note',
    breakIt: (d) => delete d.occupation.placement.tannhelse.none.note,
    code: 'missing',
    path: 'occupation.placement.tannhelse.none.note',
    schema: true,
  },
  {
    name: 'a derived rule from a table that does not exist',
    breakIt: (d) => (ks4(d).fagarbeider.derived['6'].from = '2019-05-01'),
    code: 'unknownDerivedFrom',
    path: 'agreements.ks.tables[4].groups.fagarbeider.derived["6"].from',
    schema: false,
  },
  {
    name: 'a derived rule from a later table',
    breakIt: (d) => {
      const g = d.agreements.ks.tables[3].groups['fagarbeider-fagskole'];
      g.derived['0'].from = '2024-05-01';
    },
    code: 'unknownDerivedFrom',
    path: 'agreements.ks.tables[3].groups["fagarbeider-fagskole"].derived["0"].from',
    schema: false,
  },
  {
    name: 'a derived amount that does not add up',
    breakIt: (d) => (ks4(d).fagarbeider.derived['8'].add = 22_100),
    code: 'derivedMismatch',
    path: 'agreements.ks.tables[4].groups.fagarbeider.derived["8"]',
    schema: false,
  },
  {
    name: 'a derived rule for an unknown (null) step',
    breakIt: (d) => (ks4(d).hoyskole.derived = { '2': { from: '2023-05-01', add: 22_000, source: 'delta-helsesekretaer-privat-2024' } }),
    code: 'derivedStepMissing',
    path: 'agreements.ks.tables[4].groups.hoyskole.derived["2"]',
    schema: false,
  },
  {
    name: 'a supplement with both a krone amount and a percentage',
    breakIt: (d) => (d.agreements.ks.supplements.evening[0].percent = 10),
    code: 'expectedRate',
    path: 'agreements.ks.supplements.evening[0]',
    schema: true,
  },
  {
    name: 'a supplement with neither a krone amount nor a percentage',
    breakIt: (d) => delete d.agreements.spekter.supplements.holiday[0].percent,
    code: 'expectedRate',
    path: 'agreements.spekter.supplements.holiday[0]',
    schema: true,
  },
  {
    name: 'a figure kind that is not published or derived',
    breakIt: (d) => (d.agreements.spekter.supplements.holiday[0].kind = 'guessed'),
    code: 'expectedOneOf',
    path: 'agreements.spekter.supplements.holiday[0].kind',
    schema: true,
  },
  {
    name: '"verified" that is not a boolean',
    breakIt: (d) => (d.rules.g.values[0].verified = 'yes'),
    code: 'expectedBoolean',
    path: 'rules.g.values[0].verified',
    schema: true,
  },
  {
    name: 'a tax rate above 100 %',
    breakIt: (d) => (d.rules.tax.years[0].ordinaryRate = 122),
    code: 'expectedPercent',
    path: 'rules.tax.years[0].ordinaryRate',
    schema: true,
  },
  {
    name: 'a negative pension percentage',
    breakIt: (d) => (d.agreements.ks.pensionEmployeePercent.value = -2),
    code: 'expectedPercent',
    path: 'agreements.ks.pensionEmployeePercent.value',
    schema: true,
  },
  {
    name: 'more than 52 working weeks',
    breakIt: (d) => (d.agreements.spekter.workingWeeks.value = 60),
    code: 'outOfRange',
    path: 'agreements.spekter.workingWeeks.value',
    schema: true,
  },
  {
    name: 'an unknown field name in "unverified"',
    breakIt: (d) => (d.rules.tax.years[1].unverified = ['minstefradrag']),
    code: 'expectedOneOf',
    path: 'rules.tax.years[1].unverified[0]',
    schema: true,
  },
  {
    name: 'a year that is not a whole number',
    breakIt: (d) => (d.rules.tax.years[1].year = 2026.5),
    code: 'expectedInteger',
    path: 'rules.tax.years[1].year',
    schema: true,
  },
  {
    name: 'a source URL that is not http(s)',
    breakIt: (d) => (d.agreements.ks.sources['utdanningsforbundet-ks-2020'].url = 'ftp://example.org/x'),
    code: 'expectedUrl',
    path: 'agreements.ks.sources["utdanningsforbundet-ks-2020"].url',
    schema: true,
  },
  {
    name: 'a source id that is not a lower-case id',
    breakIt: (d) => (d.rules.holidayPay.sources['NHO Ferie'] = structuredClone(d.rules.holidayPay.sources['nho-feriepenger'])),
    code: 'expectedId',
    path: 'rules.holidayPay.sources["NHO Ferie"]',
    schema: true,
  },
  {
    name: 'an empty title',
    breakIt: (d) => (d.occupation.title = ''),
    code: 'expectedString',
    path: 'occupation.title',
    schema: true,
  },
  {
    name: 'tablesFrom on an agreement with its own tables',
    breakIt: (d) => (d.agreements.ks.tablesFrom = 'spekter'),
    code: 'notAllowedForCoverage',
    path: 'agreements.ks.tablesFrom',
    schema: true,
  },
  {
    name: 'no tablesFrom on an agreement that follows another',
    breakIt: (d) => delete d.agreements.legekontor.tablesFrom,
    code: 'missing',
    path: 'agreements.legekontor.tablesFrom',
    schema: true,
  },
  {
    name: 'tablesFrom naming an agreement without tables',
    breakIt: (d) => (d.agreements.legekontor.tablesFrom = 'private'),
    code: 'unknownAgreement',
    path: 'agreements.legekontor.tablesFrom',
    schema: false,
  },
  {
    name: 'a pay group table with no steps',
    breakIt: (d) => (d.agreements.spekter.tables[1].groups['gruppe-4'].steps = {}),
    code: 'expectedNonEmpty',
    path: 'agreements.spekter.tables[1].groups["gruppe-4"].steps',
    schema: true,
  },
  {
    name: 'supplements given as an object instead of a list',
    breakIt: (d) => (d.agreements.private.supplements.night = {}),
    code: 'expectedArray',
    path: 'agreements.private.supplements.night',
    schema: true,
  },
  {
    name: 'rules missing',
    breakIt: (d) => delete d.rules,
    code: 'missing',
    path: 'rules',
    schema: true,
  },
  // ---- pay rounds after the newest table ----
  {
    name: 'a published range whose minimum is above its maximum',
    breakIt: (d) => (d.agreements.ks.payRounds[1].rise = { minNok: 21_200, maxNok: 14_500 }),
    code: 'minAboveMax',
    path: 'agreements.ks.payRounds[1].rise',
    schema: false,
  },
  {
    name: 'a group range whose minimum is above its maximum',
    breakIt: (d) => (d.agreements.ks.payRounds[1].groups.hoyskole.minNok = 30_000),
    code: 'minAboveMax',
    path: 'agreements.ks.payRounds[1].groups.hoyskole',
    schema: false,
  },
  {
    name: 'a pay round for a pay group that does not exist',
    breakIt: (d) => (d.agreements.ks.payRounds[1].groups.sykepleier = { minNok: 15_200 }),
    code: 'unknownPayGroup',
    path: 'agreements.ks.payRounds[1].groups.sykepleier',
    schema: false,
  },
  {
    name: 'a pay round source that is not in "sources"',
    breakIt: (d) => (d.agreements.ks.payRounds[2].source = 'nito'),
    code: 'unknownSource',
    path: 'agreements.ks.payRounds[2].source',
    schema: false,
  },
  {
    name: 'a further source of a pay round that is not in "sources"',
    breakIt: (d) => (d.agreements.ks.payRounds[1].otherSources[0].source = 'unio'),
    code: 'unknownSource',
    path: 'agreements.ks.payRounds[1].otherSources[0].source',
    schema: false,
  },
  {
    name: 'pay rounds out of date order',
    breakIt: (d) => {
      const r = d.agreements.ks.payRounds;
      [r[0], r[1]] = [r[1], r[0]];
    },
    code: 'unsortedDates',
    path: 'agreements.ks.payRounds[1].effectiveFrom',
    schema: false,
  },
  {
    name: 'a pay round dated before the first table',
    breakIt: (d) => (d.agreements.ks.payRounds[0].effectiveFrom = '2019-05-01'),
    code: 'roundBeforeTables',
    path: 'agreements.ks.payRounds[0].effectiveFrom',
    schema: false,
  },
  {
    name: 'a pay round without any figure',
    breakIt: (d) => delete d.agreements.ks.payRounds[2].framePercent,
    code: 'noFigures',
    path: 'agreements.ks.payRounds[2]',
    schema: true,
  },
  {
    name: 'a pay round with an empty rise',
    breakIt: (d) => (d.agreements.ks.payRounds[1].rise = {}),
    code: 'expectedNonEmpty',
    path: 'agreements.ks.payRounds[1].rise',
    schema: true,
  },
  {
    name: 'a pay round with a frame of 0 %',
    breakIt: (d) => (d.agreements.ks.payRounds[2].framePercent = 0),
    code: 'expectedPercent',
    path: 'agreements.ks.payRounds[2].framePercent',
    schema: true,
  },
  {
    name: 'a pay round with a negative rise',
    breakIt: (d) => (d.agreements.ks.payRounds[1].rise.minNok = -14_500),
    code: 'expectedPositiveNumber',
    path: 'agreements.ks.payRounds[1].rise.minNok',
    schema: true,
  },
  {
    name: 'a pay round date that does not exist',
    breakIt: (d) => (d.agreements.ks.payRounds[1].effectiveFrom = '2025-02-30'),
    code: 'expectedIsoDate',
    path: 'agreements.ks.payRounds[1].effectiveFrom',
    schema: true, // format "date": the schema asks for real dates too
  },
  {
    name: 'a pay round without its quote',
    breakIt: (d) => delete d.agreements.ks.payRounds[2].quote,
    code: 'missing',
    path: 'agreements.ks.payRounds[2].quote',
    schema: true,
  },
  {
    name: 'pay rounds on an agreement that follows another',
    breakIt: (d) => (d.agreements.legekontor.payRounds = [{ ...d.agreements.ks.payRounds[2], source: 'delta-helsesekretaer-privat-2024' }]),
    code: 'notAllowedForCoverage',
    path: 'agreements.legekontor.payRounds',
    schema: true,
  },
  // ---- innsatssonen (Finnmark and Nord-Troms) ----
  {
    name: "an innsatssonen rate above the year's ordinary rate",
    breakIt: (d) => (d.rules.tax.years[0].innsatssonen.ordinaryRate = 25),
    code: 'outOfRange',
    path: 'rules.tax.years[0].innsatssonen.ordinaryRate',
    schema: false,
  },
  {
    name: 'a finnmarksfradrag of 0',
    breakIt: (d) => (d.rules.tax.years[1].innsatssonen.finnmarksfradrag = 0),
    code: 'expectedPositiveNumber',
    path: 'rules.tax.years[1].innsatssonen.finnmarksfradrag',
    schema: true,
  },
  {
    name: 'an innsatssonen source that is not in "sources"',
    breakIt: (d) => (d.rules.tax.years[1].innsatssonen.source = 'regjeringen'),
    code: 'unknownSource',
    path: 'rules.tax.years[1].innsatssonen.source',
    schema: false,
  },
  {
    name: 'innsatssonen without its rate',
    breakIt: (d) => delete d.rules.tax.years[0].innsatssonen.ordinaryRate,
    code: 'missing',
    path: 'rules.tax.years[0].innsatssonen.ordinaryRate',
    schema: true,
  },
  // ---- working conditions (an agreement's, and the law's in rules.conditions) ----
  {
    name: 'a condition that is not known, without the note that says what was looked for',
    breakIt: (d) => delete d.agreements.ks.conditions.probationMonths.note,
    code: 'missing',
    path: 'agreements.ks.conditions.probationMonths.note',
    schema: true,
  },
  {
    name: 'a known condition whose "verified" is not true or false',
    breakIt: (d) => (d.agreements.ks.conditions.afp.verified = 'yes'),
    code: 'expectedBoolean',
    path: 'agreements.ks.conditions.afp.verified',
    schema: true,
  },
  {
    name: 'a known condition without its source',
    breakIt: (d) => delete d.agreements.ks.conditions.afp.source,
    code: 'missing',
    path: 'agreements.ks.conditions.afp.source',
    schema: true,
  },
  {
    name: 'a condition value that is neither a number nor an id',
    breakIt: (d) => (d.agreements.ks.conditions.pensionScheme.value = 'Offentlig'),
    code: 'expectedOneOf',
    path: 'agreements.ks.conditions.pensionScheme.value',
    schema: true,
  },
  {
    name: "a law's figure of 0",
    breakIt: (d) => (d.rules.conditions.law.vacationDays.value = 0),
    code: 'expectedPositiveNumber',
    path: 'rules.conditions.law.vacationDays.value',
    schema: true,
  },
  {
    name: 'a payroll month 13',
    breakIt: (d) => (d.rules.conditions.payroll.holidayPayMonth.value = 13),
    code: 'expectedInteger',
    path: 'rules.conditions.payroll.holidayPayMonth.value',
    schema: true,
  },
  {
    name: 'tax withheld over more than 12 months',
    breakIt: (d) => (d.rules.conditions.payroll.withholdingMonths.value = 12.5),
    code: 'outOfRange',
    path: 'rules.conditions.payroll.withholdingMonths.value',
    schema: true,
  },
  {
    name: 'a contract item the format does not know',
    breakIt: (d) => (d.rules.conditions.law.writtenContract.items[1] = 'salary'),
    code: 'expectedOneOf',
    path: 'rules.conditions.law.writtenContract.items[1]',
    schema: true,
  },
  {
    name: 'a law condition source that is not in "sources"',
    breakIt: (d) => (d.rules.conditions.law.noticePeriod.source = 'lovdata'),
    code: 'unknownSource',
    path: 'rules.conditions.law.noticePeriod.source',
    schema: false,
  },
  // ---- the agreements added later ----
  {
    name: 'a later agreement stored under another key',
    breakIt: (d) => (d.agreements['virke-huk'].id = 'nho481'),
    code: 'idMismatch',
    path: 'agreements["virke-huk"].id',
    schema: true,
  },
  {
    name: 'a placement note that is empty',
    breakIt: (d) => (d.occupation.placement.nho481.hoyskole.note = ''),
    code: 'expectedString',
    path: 'occupation.placement.nho481.hoyskole.note',
    schema: true,
  },
  {
    name: 'a later agreement without a placement',
    breakIt: (d) => delete d.occupation.placement['virke-legesentre'],
    code: 'missing',
    path: 'occupation.placement["virke-legesentre"]',
    schema: false,
  },
];

describe('validateDataset: one fault each', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const broken = copy();
    c.breakIt(broken);
    expect(errorsOf(broken).map(({ code, path }) => ({ code, path }))).toEqual([{ code: c.code, path: c.path }]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('schema agrees: %s', (_, c) => {
    const broken = copy();
    c.breakIt(broken);
    // A schema-level fault is rejected by dataset.schema.json too; the others only by validateDataset.
    expect(validateSchema(broken)).toBe(!c.schema);
  });

  it('the example path is written exactly so', () => {
    const broken = copy();
    broken.agreements.ks.tables[3].groups.fagarbeider.steps['16'] = -5;
    const r = validateDataset(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toEqual({
      path: 'agreements.ks.tables[3].groups.fagarbeider.steps["16"]',
      code: 'expectedPositiveNumber',
      expected: 'a number above 0',
    });
    expect(datasetErrorMessage(r.errors[0])).toBe('agreements.ks.tables[3].groups.fagarbeider.steps["16"] must be a number above 0.');
  });
});

describe('validateDataset: the agreements added later are optional', () => {
  it('a dataset without nho481, virke-legesentre, virke-huk, tannhelse, occupations and places (a file for an older version) is valid', () => {
    const d = copy();
    for (const id of ['nho481', 'virke-legesentre', 'virke-huk', 'tannhelse']) {
      delete d.agreements[id];
      delete d.occupation.placement[id];
      delete d.occupation.names;
      delete d.occupation.plural;
      delete d.occupation.workplaces;
    }
    delete d.occupations;
    delete d.workplaces;
    expect(errorsOf(d)).toEqual([]);
    expect(validateSchema(d)).toBe(true);
  });

  it('the four first agreements stay required', () => {
    const d = copy();
    delete d.agreements.private;
    delete d.workplaces;
    expect(errorsOf(d).map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'missing', path: 'agreements.private' }]);
    expect(validateSchema(d)).toBe(false);
  });

  it('an agreement id the format does not know is refused', () => {
    const d = copy();
    d.agreements.oslo = structuredClone(d.agreements.ks);
    expect(errorsOf(d).map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'unknownProperty', path: 'agreements.oslo' }]);
  });
});

describe('validateDataset: several faults', () => {
  it('reports every fault, not just the first', () => {
    const broken = copy();
    broken.updated = 'yesterday';
    broken.agreements.ks.tables[0].groups.fagarbeider.steps['0'] = 0;
    broken.agreements.spekter.supplements.evening[0].source = 'x';
    broken.occupation.placement.ks.none.group = 'assistent';
    broken.rules.tax.years[0].trygdeavgiftPercent = 770;
    expect(errorsOf(broken).map(({ code, path }) => ({ code, path }))).toEqual(
      expect.arrayContaining([
        { code: 'expectedIsoDate', path: 'updated' },
        { code: 'expectedPositiveNumber', path: 'agreements.ks.tables[0].groups.fagarbeider.steps["0"]' },
        { code: 'unknownSource', path: 'agreements.spekter.supplements.evening[0].source' },
        { code: 'unknownPayGroup', path: 'occupation.placement.ks.none.group' },
        { code: 'expectedPercent', path: 'rules.tax.years[0].trygdeavgiftPercent' },
      ]),
    );
    expect(errorsOf(broken)).toHaveLength(5);
  });

  it(`caps the list at ${MAX_DATASET_ERRORS} errors, the last saying so`, () => {
    const broken = copy();
    broken.agreements.ks.notes = new Array(100_000).fill(5);
    const errors = errorsOf(broken);
    expect(errors).toHaveLength(MAX_DATASET_ERRORS);
    expect(errors[0]).toMatchObject({ code: 'expectedString', path: 'agreements.ks.notes[0]' });
    expect(errors[MAX_DATASET_ERRORS - 1].code).toBe('tooManyErrors');
  });

  it('an empty object lists every missing top-level property', () => {
    expect(errorsOf({}).map((e) => `${e.code} ${e.path}`)).toEqual([
      'missing formatVersion',
      'missing updated',
      'missing agreements',
      'missing occupation',
      'missing rules',
    ]);
  });
});

describe('validateDataset: garbage never throws', () => {
  const garbage: Array<[string, () => unknown]> = [
    ['null', () => null],
    ['undefined', () => undefined],
    ['a number', () => 42],
    ['a string', () => 'x'],
    ['an array', () => []],
    ['a function', () => () => 1],
    ['a symbol', () => Symbol('x')],
    ['a bigint', () => 10n],
    [
      'a cyclic object',
      () => {
        const a: Loose = { formatVersion: 1 };
        a.agreements = a;
        a.occupation = a;
        a.rules = { holidayPay: a, g: a, tax: a };
        return a;
      },
    ],
    [
      'a cyclic copy of the dataset',
      () => {
        const d = copy();
        d.agreements.ks.tables[0].groups.fagarbeider.steps = d;
        d.rules.g.values.push(d.rules.g);
        return d;
      },
    ],
    [
      'an object with a throwing getter',
      () => {
        const d = copy();
        Object.defineProperty(d, 'updated', {
          enumerable: true,
          get() {
            throw new Error('boom');
          },
        });
        Object.defineProperty(d.agreements.ks.tables[0].groups, 'fagarbeider', {
          enumerable: true,
          get() {
            throw new Error('boom');
          },
        });
        return d;
      },
    ],
    [
      'a proxy whose traps throw',
      () =>
        new Proxy(
          {},
          {
            get() {
              throw new Error('trap');
            },
            ownKeys() {
              throw new Error('trap');
            },
            getOwnPropertyDescriptor() {
              throw new Error('trap');
            },
          },
        ),
    ],
    [
      'a revoked proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    ],
    [
      'deeply nested junk',
      () => {
        let junk: Loose = { steps: 1 };
        for (let i = 0; i < 100_000; i++) junk = { agreements: junk, tables: [junk] };
        const d = copy();
        d.agreements.ks.tables[0].groups.fagarbeider.steps['0'] = junk;
        d.agreements.spekter = junk;
        return d;
      },
    ],
    ['a huge array', () => new Array(1_000_000)],
    [
      'a dataset with a sparse array of the largest length',
      () => {
        const d = copy();
        d.rules.g.values = new Array(2 ** 32 - 1);
        return d;
      },
    ],
    [
      'a dataset whose tables are a huge array of nulls',
      () => {
        const d = copy();
        d.agreements.ks.tables = new Array(1_000_000).fill(null);
        return d;
      },
    ],
  ];

  it.each(garbage)('%s', (_, make) => {
    const input = make();
    let result: ReturnType<typeof validateDataset> | undefined;
    expect(() => (result = validateDataset(input))).not.toThrow();
    expect(result!.ok).toBe(false);
    if (result!.ok) return;
    expect(result!.errors.length).toBeGreaterThan(0);
    expect(result!.errors.length).toBeLessThanOrEqual(MAX_DATASET_ERRORS);
    for (const e of result!.errors) expect(typeof datasetErrorMessage(e)).toBe('string');
  });

  it('reports a throwing getter as unreadableValue at its path', () => {
    const d = copy();
    Object.defineProperty(d, 'updated', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(errorsOf(d)).toEqual([{ path: 'updated', code: 'unreadableValue' }]);
  });

  it('non-objects at the root are reported at the empty path', () => {
    for (const v of [null, 42, 'x', []]) expect(errorsOf(v)).toEqual([{ path: '', code: 'expectedObject' }]);
  });

  it('property: for any input, never throws and returns ok:false', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (v) => {
          const r = validateDataset(v);
          return r.ok === false && r.errors.length > 0 && r.errors.length <= MAX_DATASET_ERRORS;
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: replacing any one value of the dataset never throws', () => {
    const leaves: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>) => {
      if (v && typeof v === 'object') {
        for (const [k, child] of Object.entries(v)) walk(child, [...path, Array.isArray(v) ? Number(k) : k]);
      }
      leaves.push(path);
    };
    walk(defaultDataset, []);
    fc.assert(
      fc.property(fc.constantFrom(...leaves.filter((p) => p.length > 0)), fc.anything(), (path, value) => {
        const d = copy();
        let parent = d;
        for (const k of path.slice(0, -1)) parent = parent[k];
        parent[path[path.length - 1]] = value;
        const r = validateDataset(d);
        return r.ok || r.errors.length <= MAX_DATASET_ERRORS;
      }),
      { numRuns: 500 },
    );
  });
});

describe('datasetErrorMessage', () => {
  it('gives an English sentence for every code that occurs', () => {
    const codes = new Set(cases.map((c) => c.code));
    for (const c of cases) {
      const broken = copy();
      c.breakIt(broken);
      for (const e of errorsOf(broken)) {
        const msg = datasetErrorMessage(e);
        expect(msg).toMatch(/^\S.* .*\.$/);
        expect(msg.startsWith(e.path === '' ? 'The dataset' : e.path)).toBe(true);
      }
    }
    expect(codes.size).toBeGreaterThan(20);
  });

  it('says what the schema asks for, in the words of the compiled schema (scripts/schema-generate.mjs)', () => {
    const broken = copy();
    broken.rules.tax.years[1].year = 2026.5;
    broken.agreements.spekter.workingWeeks.value = 60;
    broken.agreements.ks.conditions.pensionScheme.value = 'Offentlig';
    broken.agreements.ks.payRounds[0].rise = {};
    broken.agreements.ks.payRounds[1].framePercent = 0;
    broken.agreements.nho481.supplements.night[0].nokPerHour = 50;
    broken.rules.conditions.payroll.holidayPayMonth.value = 6.5;
    const r = validateDataset(broken);
    expect(r.ok ? [] : r.errors.map(datasetErrorMessage).sort()).toEqual([
      'agreements.ks.conditions.pensionScheme.value must be one of a number of at least 0, or a lower-case id like "public".',
      'agreements.ks.payRounds[0].rise must not be empty.',
      'agreements.ks.payRounds[1].framePercent must be a percentage from 0 to 100.',
      'agreements.nho481.supplements.night[0] must give either "nokPerHour", or "percent" with an optional "minNokPerHour".',
      'agreements.spekter.workingWeeks.value is out of range (must be a number above 0 and at most 52).',
      'rules.conditions.payroll.holidayPayMonth.value must be a whole number from 1 to 12.',
      'rules.tax.years[1].year must be a whole number from 2000 to 2100.',
    ]);
    expect(r.ok ? [] : r.errors.find((e) => e.code === 'expectedNonEmpty')?.expected).toBe(
      'at least one of "minNok", "maxNok" or "minPercent"',
    );
  });

  it('describes the whole input when the path is empty', () => {
    expect(datasetErrorMessage({ path: '', code: 'expectedObject' })).toBe('The dataset must be an object.');
  });

  it('uses "expected" where it adds something', () => {
    expect(datasetErrorMessage({ path: 'agreements.ks.coverage', code: 'expectedOneOf', expected: '"tariff" | "follows" | "none"' })).toBe(
      'agreements.ks.coverage must be one of "tariff" | "follows" | "none".',
    );
    const broken = copy();
    broken.agreements.ks.tables[4].groups.fagarbeider.derived['8'].add = 22_100;
    const r = validateDataset(broken);
    expect(r.ok ? [] : r.errors.map(datasetErrorMessage)).toEqual([
      'agreements.ks.tables[4].groups.fagarbeider.derived["8"] does not add up (430900 + 22100 = 453000, not 452900).',
    ]);
  });
});

/**
 * Words for the model's ids that only parts loaded after the first render need: errors (the calculator
 * loads them before a first render that shows one), shift presets, a figure's provenance, quick comparisons. See ../index.ts for the rest.
 */
import type { DatasetError, EstimateRound, Note, PartId, ShiftType, Provenance, QuickComparisonId, RiseBasis, RowEstimate, ScenarioError, ShiftPresetId } from '../../../model/index.js';
import { formatDate, formatNok, formatNumber } from '../../format.js';
import { activeLocale, msg, str } from '../../localize.js';
import { agreementName } from '../index.js';


/** "Published in …" / "Derived …" for a figure's provenance. */
export function provenanceText(p: Provenance): string {
  const locale = activeLocale();
  switch (p.kind) {
    case 'published':
      return msg('Publisert tall', { id: 'prov.published' });
    case 'derived': {
      if (p.rule) {
        const from = formatDate(p.rule.from, locale);
        const add = formatNok(p.rule.add, locale);
        return msg(str`Beregnet: tabellen fra ${from} pluss det publiserte tillegget på ${add}`, { id: 'prov.derivedRule' });
      }
      return msg('Beregnet fra publiserte tall', { id: 'prov.derived' });
    }
    case 'user':
      return msg('Ditt eget tall', { id: 'prov.user' });
    case 'computed':
      return msg('Regnet ut fra satsene under', { id: 'prov.computed' });
    case 'missing':
      return msg('Ikke kjent', { id: 'prov.missing' });
    case 'estimate':
      return msg('Anslag fra publiserte lønnstillegg – ikke et tariffbeløp', { id: 'prov.estimate' });
  }
}

/**
 * The estimate's rule in words, one line per bound: "Lavt: 437 300 kr (tabellen fra 1.5.2024)
 * + 14 500 kr fra 1.5.2025 (minste tillegg for alle grupper) = 451 800 kr".
 */
export function estimateRuleLines(e: RowEstimate, from: number): { low: string; high: string } {
  const l = activeLocale();
  const nok = (v: number) => formatNok(v, l);
  const table = date(e.tableDate, l);
  const start = msg(str`${nok(from)} (tabellen fra ${table})`, { id: 'estimate.ruleStart' });
  const step = (add: number | null, basis: RiseBasis | null, r: EstimateRound): string => {
    const on = date(r.effectiveFrom, l);
    if (add === null || basis === null) return msg(str`ingen øvre grense publisert for ${on}`, { id: 'estimate.noUpper' });
    switch (basis) {
      case 'group':
        return msg(str`+ ${nok(add)} fra ${on} (publisert for denne lønnsgruppen)`, { id: 'estimate.byGroup' });
      case 'general':
        return msg(str`+ ${nok(add)} fra ${on} (publisert for alle grupper)`, { id: 'estimate.byGeneral' });
      case 'percent': {
        const pct = formatNumber(r.rise?.minPercent ?? 0, l, 2);
        return msg(str`+ ${nok(add)} fra ${on} (${pct} % av lønnen, publisert)`, { id: 'estimate.byPercent' });
      }
      case 'frame': {
        const pct = formatNumber(r.framePercent ?? 0, l, 2);
        return msg(str`+ ${nok(add)} fra ${on} (rammen for oppgjøret, ${pct} %: en grov pekepinn, ikke et tak)`, { id: 'estimate.byFrame' });
      }
      case 'none':
        return msg(str`+ 0 kr fra ${on} (ingen minste tillegg publisert)`, { id: 'estimate.byNone' });
    }
  };
  const low = [start, ...e.rounds.map((r) => step(r.lowAdd, r.lowBasis, r)), `= ${nok(e.tariffLow)}`].join(' ');
  const high =
    e.tariffHigh === null
      ? msg('Ingen øvre grense: det er ikke publisert noe høyeste tillegg eller noen ramme for alle oppgjørene.', { id: 'estimate.highOpen' })
      : [start, ...e.rounds.map((r) => step(r.highAdd, r.highBasis, r)), `= ${nok(e.tariffHigh)}`].join(' ');
  return {
    low: msg(str`Lavt anslag for minstelønnen: ${low}`, { id: 'estimate.ruleLow' }),
    high: msg(str`Høyt anslag for minstelønnen: ${high}`, { id: 'estimate.ruleHigh' }),
  };
}

function date(iso: string, l: ReturnType<typeof activeLocale>): string {
  return formatDate(iso, l);
}

export function presetName(p: ShiftPresetId): string {
  switch (p) {
    case 'day':
      return msg('Dagtid', { id: 'preset.day' });
    case 'twoShift':
      return msg('Todelt turnus (dag og kveld, hver 3. helg)', { id: 'preset.twoShift' });
    case 'threeShift':
      return msg('Tredelt turnus (dag, kveld og natt, hver 3. helg)', { id: 'preset.threeShift' });
  }
}

/** The question a quick comparison answers (a button label). */
export function quickComparisonName(id: QuickComparisonId): string {
  switch (id) {
    case 'workplace':
      return msg('Kommune, sykehus eller legekontor?', { id: 'quick.workplace' });
    case 'fagskole':
      return msg('Lønner fagskole seg?', { id: 'quick.fagskole' });
    case 'partTime':
      return msg('100 % eller 80 %?', { id: 'quick.partTime' });
    case 'shifts':
      return msg('Dagtid eller turnus?', { id: 'quick.shifts' });
  }
}

/** Names of the scenarios in the quick comparisons (message ids from the model's presets). */
export function quickLabel(id: string): string {
  switch (id) {
    case 'agreement.ks':
      return agreementName('ks');
    case 'agreement.spekter':
      return agreementName('spekter');
    case 'agreement.legekontor':
      return agreementName('legekontor');
    case 'preset.day':
      return presetName('day');
    case 'compare.name.withoutFagskole':
      return msg('Uten fagskole', { id: 'compare.name.withoutFagskole' });
    case 'compare.name.withFagskole':
      return msg('Med fagskole', { id: 'compare.name.withFagskole' });
    case 'compare.name.fullTime':
      return msg('Heltid', { id: 'compare.name.fullTime' });
    case 'compare.name.partTime80':
      return msg('80 % stilling', { id: 'compare.name.partTime80' });
    case 'compare.name.threeShift':
      return msg('Tredelt turnus', { id: 'compare.name.threeShift' });
    default:
      return id;
  }
}

export function scenarioErrorText(e: ScenarioError): string {
  const p = e.params ?? {};
  const locale = activeLocale();
  switch (e.code) {
    case 'notANumber':
      return msg('Skriv et tall.', { id: 'error.notANumber' });
    case 'notAnInteger':
      return msg('Skriv et helt tall.', { id: 'error.notAnInteger' });
    case 'outOfRange': {
      const min = formatNumber(Number(p.min), locale);
      const max = formatNumber(Number(p.max), locale);
      return msg(str`Skriv et tall fra ${min} til ${max}.`, { id: 'error.outOfRange' });
    }
    case 'unknownValue':
      return msg('Ukjent verdi. Velg et av alternativene.', { id: 'error.unknownValue' });
    case 'invalidDate':
      return msg('Ugyldig dato. Bruk formatet ÅÅÅÅ-MM-DD.', { id: 'error.invalidDate' });
    case 'dateBeforeData': {
      const earliest = formatDate(String(p.earliest), locale);
      return msg(str`Vi har ikke tabeller fra før ${earliest}.`, { id: 'error.dateBeforeData' });
    }
    case 'unknownTaxYear': {
      const allowed = String(p.allowed);
      return msg(str`Skatteregler finnes bare for ${allowed}.`, { id: 'error.unknownTaxYear' });
    }
    case 'tooMany': {
      const max = String(p.max);
      return msg(str`Høyst ${max} hendelser.`, { id: 'error.tooMany' });
    }
    case 'invalidType':
      return msg('Verdien har feil form.', { id: 'error.invalidType' });
  }
}

/** A loaded dataset failed: one sentence for the user (details go to the console and the event). */
export function datasetProblemText(kind: 'network' | 'json' | 'schema', errors: readonly DatasetError[] = []): string {
  switch (kind) {
    case 'network':
      return msg('Kunne ikke hente de oppdaterte lønnstallene. Viser de innebygde tallene i stedet.', { id: 'data.network' });
    case 'json':
      return msg('De oppdaterte lønnstallene kunne ikke leses (ugyldig fil). Viser de innebygde tallene i stedet.', { id: 'data.json' });
    case 'schema': {
      const count = String(errors.length);
      return msg(str`De oppdaterte lønnstallene har ${count} feil og blir ikke brukt. Viser de innebygde tallene i stedet.`, {
        id: 'data.schema',
      });
    }
  }
}

/** The words of a note of the model ("Verdt å vite"); loads with the closed parts. */
export function noteText(note: Note): string {
  const p = note.params ?? {};
  const locale = activeLocale();
  const date = (v: string | number | undefined) => formatDate(String(v ?? ''), locale);
  switch (note.id) {
    case 'tableFallback': {
      const requested = date(p.requested);
      const used = date(p.used);
      const group = String(p.group);
      return msg(str`Tabellen fra ${requested} for «${group}» er ikke kjent i sin helhet. Tallene er fra ${used}.`, { id: 'note.tableFallback' });
    }
    case 'followsAgreement':
      return msg(
        'Legekontor har ingen felles tariffavtale. De fleste knytter lønnen til KS-tabellen i arbeidsavtalen, og den brukes her. Sjekk din egen avtale.',
        { id: 'note.followsAgreement' },
      );
    case 'referenceOnly':
      return msg(
        'Uten tariffavtale gjelder bare loven: 10,2 % feriepenger, ingen tariffestet minstelønn eller tillegg. KS-tabellen vises bare til sammenligning – den er ingen rettighet.',
        { id: 'note.referenceOnly' },
      );
    case 'localEducationSupplement':
      return msg(
        'Helsesekretærer med relevant fagskole har rett til et tillegg i sykehusene, men beløpet avtales lokalt og er ikke publisert. Skriv inn beløpet du vet om; ellers regnes det som 0 kr.',
        { id: 'note.localEducationSupplement' },
      );
    case 'noShiftSupplement': {
      const type = shiftName(p.type as ShiftType).toLowerCase();
      return msg(str`Det finnes ikke noe avtalt tillegg for ${type} her. Har du et slikt tillegg, legg det inn som personlig tillegg.`, {
        id: 'note.noShiftSupplement',
      });
    }
    case 'shiftRateMissing': {
      const type = shiftName(p.type as ShiftType).toLowerCase();
      const d = date(p.date);
      return msg(str`Satsen for ${type} per ${d} er ikke kjent, og tillegget er ikke tatt med.`, { id: 'note.shiftRateMissing' });
    }
    case 'unverifiedRate': {
      const type = shiftName(p.type as ShiftType).toLowerCase();
      return msg(str`Satsen for ${type} er hentet fra en eldre utgave av avtalen og er ikke kontrollert mot dagens tekst.`, {
        id: 'note.unverifiedRate',
      });
    }
    case 'pensionUnknown':
      return msg('Eget pensjonstrekk varierer mellom arbeidsgivere og er ikke tatt med.', { id: 'note.pensionUnknown' });
    case 'taxEstimate': {
      const year = String(p.year);
      return msg(str`Netto er et anslag med skattereglene for ${year}: bare minstefradrag, personfradrag og pensjonstrekk er tatt med.`, {
        id: 'note.taxEstimate',
      });
    }
    case 'estimate': {
      const asOf = date(p.asOf);
      const table = date(p.tableDate);
      return msg(
        str`Lønnsoppgjør etter tabellen fra ${table} (til og med ${asOf}) er kjent bare som tillegg og rammer, ikke som nye tabeller. «Anslag i dag» er et spenn regnet ut av de publiserte tilleggene – ikke et tariffbeløp.`,
        { id: 'note.estimate' },
      );
    }
    case 'taxAreaMissing': {
      const year = String(p.year);
      return msg(str`Skattereglene for ${year} i dataene har ikke satsene for Finnmark og Nord-Troms. Netto er regnet med vanlige regler.`, {
        id: 'note.taxAreaMissing',
      });
    }
    case 'newerTablesLikely': {
      const asOf = date(p.asOf);
      const round = date(p.payRound);
      return msg(str`Tallene gjelder fra ${asOf}. Lønnsoppgjøret med virkning fra ${round} har trolig gitt høyere satser som ikke er med her ennå.`, {
        id: 'note.newerTablesLikely',
      });
    }
  }
}

export function shiftName(type: ShiftType): string {
  switch (type) {
    case 'evening':
      return msg('Kveld', { id: 'shift.evening' });
    case 'night':
      return msg('Natt', { id: 'shift.night' });
    case 'weekend':
      return msg('Lørdag og søndag', { id: 'shift.weekend' });
    case 'holiday':
      return msg('Helge- og høytidsdager', { id: 'shift.holiday' });
  }
}

export function partName(id: PartId): string {
  switch (id) {
    case 'tariffMinimum':
      return msg('Minstelønn etter tariff', { id: 'part.tariffMinimum' });
    case 'localEducationSupplement':
      return msg('Tillegg for fagskole', { id: 'part.localEducationSupplement' });
    case 'responsibilitySupplement':
      return msg('Tillegg for ansvar', { id: 'part.responsibilitySupplement' });
    case 'individualSupplement':
      return msg('Personlig tillegg', { id: 'part.individualSupplement' });
    case 'overtime':
      return msg('Overtid', { id: 'part.overtime' });
    case 'unpaidStudy':
      return msg('Permisjon uten lønn for studier', { id: 'part.unpaidStudy' });
    default: {
      const type = id.slice('shift.'.length) as ShiftType;
      const name = shiftName(type);
      return msg(str`Tillegg: ${name}`, { id: 'part.shift' });
    }
  }
}

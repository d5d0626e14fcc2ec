/**
 * Words for the model's ids that only parts loaded after the first render need: errors (the calculator
 * loads them before a first render that shows one), shift presets, a figure's provenance, quick comparisons. See messages.ts for the rest.
 */
import type { DatasetError, Provenance, QuickComparisonId, ScenarioError, ShiftPresetId } from '../model/index.js';
import { formatDate, formatNok, formatNumber } from '../i18n/format.js';
import { activeLocale, msg, str } from '../i18n/localize.js';
import { agreementName } from './messages.js';


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
  }
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

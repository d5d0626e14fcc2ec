/** Error messages: a field's value, and a data file that cannot be used. Loaded by the parts that show them. */
import type { DatasetError, ScenarioError } from '../../../model/index.js';
import { formatDate, formatNumber } from '../../format.js';
import { activeLocale, msg, str } from '../../localize.js';

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
    case 'groupNotKnown':
      return msg(
        'Lønnsgruppen for dette yrket og denne utdanningen i avtalen er ikke kjent, så lønnen regnes ikke ut. Velg en annen arbeidsplass.',
        {
          id: 'error.groupNotKnown',
        },
      );
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

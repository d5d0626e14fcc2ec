/**
 * Words for the model's ids that the calculator's first render needs: agreements, education paths,
 * shift types, parts of pay and notes. The rest (errors, shift presets,
 * provenance, quick comparisons) is in deferred/index.ts, which loads with the parts that use it.
 * Call these while rendering (the element's locale is active).
 */
import type { AgreementId, EducationId, RowEstimate, WorkplaceGroup } from '../../model/index.js';
import { formatNokRange } from '../format.js';
import { activeLocale, msg, str } from '../localize.js';

export function agreementName(id: AgreementId): string {
  switch (id) {
    case 'ks':
      return msg('Kommune', { id: 'agreement.ks' });
    case 'spekter':
      return msg('Sykehus', { id: 'agreement.spekter' });
    case 'legekontor':
      return msg('Legekontor', { id: 'agreement.legekontor' });
    case 'private':
      return msg('Privat uten tariffavtale', { id: 'agreement.private' });
    case 'nho481':
      return msg('Privat klinikk', { id: 'agreement.nho481' });
    case 'virke-legesentre':
      return msg('Legesenter med Virke-avtale', { id: 'agreement.virke-legesentre' });
    case 'virke-huk':
      return msg('Ideell virksomhet', { id: 'agreement.virke-huk' });
    case 'tannhelse':
      return msg('Tannlegekontor med mønsteravtale', { id: 'agreement.tannhelse' });
  }
}

export function workplaceGroupName(group: WorkplaceGroup): string {
  return group === 'public'
    ? msg('Offentlig', { id: 'agreement.group.public' })
    : msg('Privat og ideell', { id: 'agreement.group.private' });
}

export function agreementHint(id: AgreementId): string {
  switch (id) {
    case 'ks':
      return msg('KS-tariffen: helsestasjon, legevakt, sykehjem og andre kommunale tjenester', { id: 'agreement.ks.hint' });
    case 'spekter':
      return msg('Spekter: helseforetak og Lovisenberg (område 10 og 13)', { id: 'agreement.spekter.hint' });
    case 'legekontor':
      return msg('Fastlegekontor: ingen felles avtale, de fleste følger KS-tabellen', { id: 'agreement.legekontor.hint' });
    case 'private':
      return msg('Bare loven gjelder; KS-tabellen vises som sammenligning', { id: 'agreement.private.hint' });
    case 'nho481':
      return msg('NHO 481 (Helse- og omsorgsoverenskomsten): private klinikker og helsetjenester', { id: 'agreement.nho481.hint' });
    case 'virke-legesentre':
      return msg('Virke: Landsoverenskomst for legesentre', { id: 'agreement.virke-legesentre.hint' });
    case 'virke-huk':
      return msg('Virke HUK: ideelle sykehus og spesialisthelsetjeneste', { id: 'agreement.virke-huk.hint' });
    case 'tannhelse':
      return msg('Mønsteravtalen for tannhelsesekretærer: gjelder bare på et kontor som har tatt den i bruk', {
        id: 'agreement.tannhelse.hint',
      });
  }
}

export function educationName(id: EducationId): string {
  switch (id) {
    case 'helsesekretaer':
      return msg('Helsesekretær', { id: 'education.helsesekretaer' });
    case 'fagskole':
      return msg('Helsesekretær + fagskole', { id: 'education.fagskole' });
    case 'hoyskole':
      return msg('Høyskole (bachelor)', { id: 'education.hoyskole' });
    case 'none':
      return msg('Uten fagutdanning', { id: 'education.none' });
  }
}

/** What an education path means, shown under the choice. */
export function educationHint(id: EducationId): string {
  switch (id) {
    case 'helsesekretaer':
      return msg('Vg3 helsesekretær og autorisasjon fra Helsedirektoratet. Lønnes som fagarbeider.', {
        id: 'education.helsesekretaer.hint',
      });
    case 'fagskole':
      return msg('Helsesekretær med ett års relevant fagskole, f.eks. helseadministrasjon.', { id: 'education.fagskole.hint' });
    case 'hoyskole':
      return msg('3-årig bachelor, i en stilling som krever høyskoleutdanning.', { id: 'education.hoyskole.hint' });
    case 'none':
      return msg('Stilling uten krav om utdanning – til sammenligning.', { id: 'education.none.hint' });
  }
}

/** "Anslag i dag: ca. 451 800 kr–478 700 kr" (or "minst …" without an upper bound). */
export function estimateLine(e: RowEstimate): string {
  const range = formatNokRange(e.low, e.high, activeLocale());
  return e.high === null
    ? msg(str`Anslag i dag: minst ${range}`, { id: 'estimate.lineOpen' })
    : msg(str`Anslag i dag: ca. ${range}`, { id: 'estimate.line' });
}

/** A part of a widget that loads after the first render could not be loaded. */
export function partFailedText(): string {
  return msg('Denne delen kunne ikke lastes. Sjekk nettforbindelsen og last inn siden på nytt.', { id: 'part.failed' });
}

/** The tax rules of a year that Stortinget has not adopted yet: said wherever a figure of that year is shown. */
export function taxProposedText(year: number): string {
  const y = String(year);
  return msg(str`Skattereglene for ${y} er regjeringens forslag til statsbudsjett og ikke vedtatt ennå.`, { id: 'tax.proposed' });
}

/** What SSB's månedslønn counts, in one plain sentence (wherever the market figure is shown). */
export function marketWhatText(): string {
  return msg(
    'SSB teller månedslønn: avtalt lønn pluss uregelmessige tillegg og bonus, regnet om til heltid, uten overtid, for alle sektorer og aldre. Det er ikke et tariffbeløp.',
    { id: 'market.what' },
  );
}

export * from './fields.js';

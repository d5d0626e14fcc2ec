/** Words for the model's notes ("Verdt å vite"). Loaded by the parts that show them. */
import type { Note, ShiftType } from '../../../model/index.js';
import { formatDate } from '../../format.js';
import { activeLocale, msg, str } from '../../localize.js';
import { taxProposedText } from '../index.js';
import { shiftName } from './parts.js';

/** The words of a note of the model ("Verdt å vite"). */
export function noteText(note: Note): string {
  const p = note.params ?? {};
  const locale = activeLocale();
  const date = (v: string | number | undefined) => formatDate(String(v ?? ''), locale);
  switch (note.id) {
    case 'tableFallback': {
      const requested = date(p.requested);
      const used = date(p.used);
      const group = String(p.group);
      const steps = String(p.steps);
      return msg(
        str`Tabellen fra ${requested} for «${group}» har ikke alle trinnene. Trinnene for ${steps} år er fra tabellen fra ${used}, og «Anslag i dag» legger til tilleggene etter den.`,
        { id: 'note.tableFallback' },
      );
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
      return msg(
        str`Skattereglene for ${year} i dataene har ikke satsene for Finnmark og Nord-Troms. Netto er regnet med vanlige regler.`,
        {
          id: 'note.taxAreaMissing',
        },
      );
    }
    case 'taxProposed':
      return taxProposedText(Number(p.year));
    case 'stepsNotPublished': {
      const table = date(p.date);
      const group = String(p.group);
      const steps = String(p.steps);
      const below = String(p.below);
      const from = String(p.from);
      return msg(
        str`Minstelønnen for ${steps} år er ikke publisert i tabellen fra ${table} for «${group}». Fra ${from} år vises minstelønnen for ${below} år; den faktiske er trolig høyere.`,
        { id: 'note.stepsNotPublished' },
      );
    }
    case 'stepRiseUnknown': {
      const table = date(p.date);
      const group = String(p.group);
      const step = String(p.step);
      return msg(
        str`Tilleggene i tabellen fra ${table} er ikke kjent for «${group}», ${step} år. Det er derfor ikke noe anslag for dette trinnet.`,
        { id: 'note.stepRiseUnknown' },
      );
    }
    case 'newerTablesLikely': {
      const asOf = date(p.asOf);
      const round = date(p.payRound);
      return msg(
        str`Tallene gjelder fra ${asOf}. Lønnsoppgjøret med virkning fra ${round} har trolig gitt høyere satser som ikke er med her ennå.`,
        {
          id: 'note.newerTablesLikely',
        },
      );
    }
  }
}

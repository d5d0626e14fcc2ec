/** Working conditions and the year month by month, in words. Loaded with those sections. */
import type { ContractItemId, NoticeStep } from '../../../model/dataset-types.js';
import type { Term, TermId } from '../../../model/rules/conditions.js';
import type { ScheduleNote, SchedulePartId } from '../../../model/rules/schedule.js';
import { formatNok, formatNumber } from '../../format.js';
import { activeLocale, msg, str, type Locale } from '../../localize.js';
import { shiftName } from './parts.js';
import { taxProposedText } from '../index.js';
import { pensionLabel, unknownValue } from './common.js';

const holidayPayTerm = (): string => msg('Feriepenger', { id: 'term.holidayPay' });

/** A term's name: "Arbeidstid", "Ferie", … */
export function termName(id: TermId): string {
  switch (id) {
    case 'weeklyHours':
      return msg('Arbeidstid', { id: 'term.weeklyHours' });
    case 'vacation':
      return msg('Ferie', { id: 'term.vacation' });
    case 'holidayPayPercent':
      return holidayPayTerm();
    case 'overtimePercent':
      return msg('Overtidstillegg', { id: 'term.overtime' });
    case 'overtimeHighPercent':
      return msg('Overtid kveld, natt og helg', { id: 'term.overtimeHigh' });
    case 'pensionScheme':
      return msg('Pensjonsordning', { id: 'term.pensionScheme' });
    case 'pensionEmployeePercent':
      return pensionLabel();
    case 'afp':
      return msg('AFP (avtalefestet pensjon)', { id: 'term.afp' });
    case 'sickPay':
      return msg('Sykelønn', { id: 'term.sickPay' });
    case 'noticePeriod':
      return msg('Oppsigelsestid', { id: 'term.notice' });
    case 'probation':
      return msg('Prøvetid', { id: 'term.probation' });
    case 'writtenContract':
      return msg('Skriftlig arbeidsavtale', { id: 'term.contract' });
    default:
      return msg(str`Tillegg: ${shiftName(id.slice(11) as Parameters<typeof shiftName>[0])}`, { id: 'term.supplement' });
  }
}

/** A term's value in words: "37,5 timer i uka", "5 uker", "ikke kjent", … */
export function termValue(t: Term): string {
  const l = activeLocale();
  const v = t.value;
  if (v === null) return unknownValue();
  if (typeof v === 'string') {
    switch (v) {
      case 'public':
        return msg('Offentlig tjenestepensjon', { id: 'termValue.public' });
      case 'otp':
        return msg(str`Obligatorisk tjenestepensjon (OTP), minst ${formatNumber(t.params?.minPercent ?? 2, l)} % av lønnen`, {
          id: 'termValue.otp',
        });
      case 'yes':
        return msg('Ja', { id: 'termValue.yes' });
      case 'no':
        return msg('Nei', { id: 'termValue.no' });
      case 'fullPay':
        return msg('Full lønn, også over 6 G', { id: 'termValue.fullPay' });
      case 'capped6G':
        return msg(str`Sykepenger opp til ${formatNumber(t.params?.capG ?? 6, l)} G`, { id: 'termValue.capped6G' });
      case 'required':
        return msg('Påkrevd', { id: 'termValue.required' });
      case 'none':
        return msg('Ingen', { id: 'termValue.none' });
    }
  }
  const n = formatNumber(v, l, 2);
  switch (t.unit) {
    case 'hoursPerWeek':
      return msg(str`${n} timer i uka`, { id: 'unit.hoursPerWeekLong' });
    case 'workingDays':
      // The model's weeks and days (ferieloven's six working days a week): 25 = 4 weeks and 1 day.
      return t.params?.days === 1
        ? msg(str`${n} virkedager (${formatNumber(t.params.weeks ?? 0, l)} uker og 1 dag)`, { id: 'unit.workingDaysWeeks' })
        : msg(str`${n} virkedager`, { id: 'unit.workingDaysLong' });
    case 'calendarDays':
    case 'days':
      return msg(str`${n} dager`, { id: 'unit.daysLong' });
    case 'weeks':
      return msg(str`${n} uker`, { id: 'unit.weeksLong' });
    case 'months':
    case 'month':
      return v === 1 ? msg('1 måned', { id: 'unit.oneMonth' }) : msg(str`${n} måneder`, { id: 'unit.monthsLong' });
    case 'percent':
    case 'percentOfHourlyPay':
      return t.unit === 'percent' ? `${n} %` : msg(str`${n} % av timelønnen`, { id: 'unit.percentOfHourly' });
    case 'nokPerHour':
      return msg(str`${formatNok(v, l)} i timen`, { id: 'unit.nokPerHour' });
    case 'g':
      return `${n} G`;
    default:
      return n;
  }
}

/** What qualifies a term's value, as one short line (60+ extras, minimums, caps); '' when nothing. */
export function termDetail(t: Term): string {
  const l = activeLocale();
  const p = t.params ?? {};
  const lines: string[] = [];
  if (p.lawMaxHours !== undefined)
    lines.push(msg(str`Loven: høyst ${formatNumber(p.lawMaxHours, l)} timer i uka`, { id: 'termDetail.lawMax' }));
  if (p.extraDays !== undefined)
    lines.push(msg(str`Fra du fyller 60: ${formatNumber(p.extraDays, l)} dager mer`, { id: 'termDetail.extraDays' }));
  if (p.over60CapG !== undefined)
    lines.push(
      msg(str`Fra du fyller 60: 2,3 prosentpoeng mer, av lønn opp til ${formatNumber(p.over60CapG, l)} G`, { id: 'termDetail.over60' }),
    );
  if (p.minNokPerHour !== undefined) lines.push(msg(str`minst ${formatNok(p.minNokPerHour, l)} i timen`, { id: 'termDetail.minPerHour' }));
  if (p.employerDays !== undefined)
    lines.push(msg(str`Arbeidsgiveren betaler de første ${formatNumber(p.employerDays, l)} dagene`, { id: 'termDetail.employerDays' }));
  if (p.noticeDays !== undefined)
    lines.push(msg(str`Oppsigelsestid i prøvetiden: ${formatNumber(p.noticeDays, l)} dager`, { id: 'termDetail.probationNotice' }));
  if (t.basis === 'law') lines.push(msg('Lovens minstekrav', { id: 'termDetail.law' }));
  return lines.join(' · ');
}

/** The law's notice periods: "2 måneder etter 5 år", … */
export function noticeStepText(s: NoticeStep): string {
  const l = activeLocale();
  const months = formatNumber(s.months, l);
  const years = formatNumber(s.minYears, l);
  if (s.minAge) return msg(str`${months} måneder etter ${years} år, fra du er ${formatNumber(s.minAge, l)}`, { id: 'notice.stepAge' });
  if (!s.minYears) return msg(str`${months} måned de første årene`, { id: 'notice.first' });
  return msg(str`${months} måneder etter ${years} år`, { id: 'notice.step' });
}

/** What a written contract must say (arbeidsmiljøloven § 14-6). */
export function contractItemText(id: ContractItemId): string {
  switch (id) {
    case 'parties':
      return msg('Hvem som er arbeidsgiver og arbeidstaker', { id: 'contract.parties' });
    case 'workplace':
      return msg('Hvor du skal jobbe', { id: 'contract.workplace' });
    case 'jobDescription':
      return msg('Hva jobben er, stillingstittel eller arbeidsoppgaver', { id: 'contract.job' });
    case 'startDate':
      return msg('Når du begynner', { id: 'contract.start' });
    case 'temporaryDuration':
      return msg('Hvor lenge, hvis stillingen er midlertidig', { id: 'contract.temporary' });
    case 'probation':
      return msg('Prøvetid, hvis det er avtalt', { id: 'contract.probation' });
    case 'holidayAndHolidayPay':
      return msg('Ferie og feriepenger', { id: 'contract.holiday' });
    case 'noticePeriods':
      return msg('Oppsigelsesfrister', { id: 'contract.notice' });
    case 'payAndSupplements':
      return msg('Lønn, tillegg og når lønnen utbetales', { id: 'contract.pay' });
    case 'workingHours':
      return msg('Arbeidstiden', { id: 'contract.hours' });
    case 'breaks':
      return msg('Pauser', { id: 'contract.breaks' });
    case 'specialWorkingHours':
      return msg('Avtaler om særlig arbeidstid', { id: 'contract.specialHours' });
    case 'collectiveAgreements':
      return msg('Tariffavtaler som gjelder', { id: 'contract.agreements' });
  }
}

/** A part of a month's pay. */
export function schedulePartName(id: SchedulePartId): string {
  switch (id) {
    case 'basePay':
      return msg('Fast lønn', { id: 'schedule.basePay' });
    case 'supplements':
      return msg('Tillegg', { id: 'schedule.supplements' });
    case 'overtime':
      return msg('Overtid', { id: 'schedule.overtime' });
    case 'unpaidStudy':
      return msg('Ulønnet studiepermisjon', { id: 'schedule.unpaidStudy' });
    case 'holidayPay':
      return holidayPayTerm();
    case 'holidayDeduction':
      return msg('Trekk for feriedager', { id: 'schedule.holidayDeduction' });
  }
}

/** What the schedule says about itself. */
export function scheduleNoteText(n: ScheduleNote): string {
  const p = n.params ?? {};
  switch (n.id) {
    case 'holidayPayNotEarned':
      return msg('Du opptjente ikke feriepenger året før, så i juni får du ingen feriepenger, og ferie du tar i år er ulønnet.', {
        id: 'scheduleNote.notEarned',
      });
    case 'holidayPayPartial':
      return msg(str`Feriepengene i juni er regnet av ${p.monthsEarned} måneder i jobb året før.`, { id: 'scheduleNote.partial' });
    case 'firstMonthProRata':
      return msg('Den første måneden er regnet fra datoen du begynte.', { id: 'scheduleNote.firstMonth' });
    case 'partYearWithholding':
      return msg(
        'Tabelltrekket regner med lønn hele året: i et år du begynner, blir det ofte trukket mer enn skatten, og du får penger tilbake.',
        {
          id: 'scheduleNote.partYear',
        },
      );
    case 'holidayPayBasisTodaysTables':
      return msg('Feriepengene er regnet av fjorårets lønn etter dagens satser.', { id: 'scheduleNote.basisToday' });
    case 'taxRulesOfOtherYear':
      return msg(str`Skattereglene for ${p.used} er brukt (de for ${p.year} finnes ikke i dataene).`, { id: 'scheduleNote.taxYear' });
    case 'taxProposed':
      return taxProposedText(Number(p.year));
    case 'holidayDaysFromLaw':
      return msg('Trekket for ferien følger ferielovens 25 virkedager.', { id: 'scheduleNote.lawDays' });
    case 'pensionUnknown':
      return msg('Pensjonstrekket er ikke kjent og er ikke trukket fra.', { id: 'scheduleNote.pensionUnknown' });
  }
}

/** January … December in the language. */
export function monthNames(l: Locale): string[] {
  const f = new Intl.DateTimeFormat(l === 'en' ? 'en-GB' : 'nb-NO', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2026, i, 1)));
}

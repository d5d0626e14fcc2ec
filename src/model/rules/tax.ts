/**
 * A simple Norwegian income-tax estimate for a wage earner with no other income or deductions
 * than the minstefradrag (standard deduction), the personfradrag (personal allowance) and the
 * employee's pension premium. It is an estimate: the UI labels it so.
 */
import type { TaxRules, TaxYear } from '../dataset-types.js';
import type { NoteList } from '../notes.js';
import type { Provenance } from '../tables.js';

/** Where the person lives, for the tax: `innsatssonen` = Finnmark and the 7 northernmost Troms municipalities. */
export type TaxArea = 'standard' | 'innsatssonen';
export const TAX_AREAS: readonly TaxArea[] = ['standard', 'innsatssonen'];

export interface TaxEstimate {
  /** 22 % (the year's rate) of ordinary income after deductions. */
  incomeTax: number;
  /** Progressive bracket tax on gross wages (personinntekt). */
  trinnskatt: number;
  /** National insurance contribution on wages, with the phase-in above the lower limit. */
  trygdeavgift: number;
  total: number;
  /** Finnmarksfradrag deducted from ordinary income (0 outside innsatssonen). */
  finnmarksfradrag: number;
}

/**
 * @param wages gross wages for the year (kr)
 * @param pensionPremium employee's pension premium (deductible from ordinary income)
 * @param area `innsatssonen`: the zone's rate on ordinary income and the finnmarksfradrag, where the
 *   tax year has them (else the ordinary rules; the ladder adds a note then)
 */
export function estimateTax(wages: number, pensionPremium: number, t: TaxYear, area: TaxArea = 'standard'): TaxEstimate {
  if (!(wages > 0)) return { incomeTax: 0, trinnskatt: 0, trygdeavgift: 0, total: 0, finnmarksfradrag: 0 };
  const zone = area === 'innsatssonen' ? t.innsatssonen : undefined;
  const minstefradrag = Math.min(wages * (t.minstefradragPercent / 100), t.minstefradragMax);
  const beforeFinnmark = Math.max(0, wages - minstefradrag - pensionPremium);
  const finnmarksfradrag = zone ? Math.min(zone.finnmarksfradrag, beforeFinnmark) : 0;
  const ordinary = Math.max(0, beforeFinnmark - finnmarksfradrag - t.personfradrag);
  const incomeTax = ordinary * ((zone ? zone.ordinaryRate : t.ordinaryRate) / 100);

  let trinnskatt = 0;
  t.trinnskatt.forEach((step, i) => {
    const upper = t.trinnskatt[i + 1]?.from ?? Infinity;
    if (wages > step.from) trinnskatt += (Math.min(wages, upper) - step.from) * (step.percent / 100);
  });

  const trygdeavgift =
    wages <= t.trygdeavgiftLowerLimit
      ? 0
      : Math.min(wages * (t.trygdeavgiftPercent / 100), (wages - t.trygdeavgiftLowerLimit) * (t.trygdeavgiftPhaseInPercent / 100));

  return { incomeTax, trinnskatt, trygdeavgift, total: incomeTax + trinnskatt + trygdeavgift, finnmarksfradrag };
}

/**
 * The tax rules for `year`: that year's where the data has them, else the newest year before it,
 * else the earliest in the data. Years are ascending (checked by the validator).
 */
export function taxYearFor(rules: TaxRules, year: number): TaxYear {
  let found = rules.years[0];
  for (const t of rules.years) if (t.year <= year) found = t;
  return found;
}

/** Where a tax year's rules come from (and the innsatssonen figures, where used). */
export function taxProvenance(rules: TaxRules, taxYear: TaxYear, area: TaxArea): Provenance {
  const zone = area === 'innsatssonen' ? taxYear.innsatssonen : undefined;
  return {
    kind: 'published',
    source: rules.sources[taxYear.source],
    effectiveFrom: `${taxYear.year}-01-01`,
    verified: !taxYear.unverified?.length && taxYear.verification !== 'secondary',
    ...(taxYear.status === 'proposed' ? { status: 'proposed' as const } : {}),
    ...(taxYear.verification === 'secondary' ? { verification: 'secondary' as const } : {}),
    ...(taxYear.note ? { note: taxYear.note } : {}),
    ...(zone
      ? {
          inputs: [
            {
              kind: 'published',
              source: rules.sources[zone.source],
              effectiveFrom: `${taxYear.year}-01-01`,
              verified: true,
              ...(zone.note ? { note: zone.note } : {}),
            },
          ],
        }
      : {}),
  };
}

/** The tax year the ladder's net estimate uses (the scenario's, else today's year), with its notes. */
export function ladderTaxYear(rules: TaxRules, year: number, area: TaxArea, notes: NoteList): TaxYear {
  const taxYear = taxYearFor(rules, year);
  notes.add({ id: 'taxEstimate', params: { year: taxYear.year } });
  if (taxYear.status === 'proposed') notes.add({ id: 'taxProposed', params: { year: taxYear.year } });
  if (area === 'innsatssonen' && !taxYear.innsatssonen) notes.add({ id: 'taxAreaMissing', params: { year: taxYear.year } });
  return taxYear;
}

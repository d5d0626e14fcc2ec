/** Where a figure comes from, and the estimate's rule in words. Loaded by the parts that show them. */
import type { EstimateRound, Provenance, RiseBasis, RowEstimate } from '../../../model/index.js';
import { formatDate, formatNok, formatNumber } from '../../format.js';
import { activeLocale, msg, str } from '../../localize.js';

/** "Published in …" / "Derived …" for a figure's provenance. */
export function provenanceText(p: Provenance): string {
  const locale = activeLocale();
  switch (p.kind) {
    case 'published':
      return p.status === 'proposed'
        ? msg('Publisert forslag, ikke vedtatt ennå', { id: 'prov.proposed' })
        : msg('Publisert tall', { id: 'prov.published' });
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
        return msg(str`+ ${nok(add)} fra ${on} (rammen for oppgjøret, ${pct} %: en grov pekepinn, ikke et tak)`, {
          id: 'estimate.byFrame',
        });
      }
      case 'none':
        return msg(str`+ 0 kr fra ${on} (ingen minste tillegg publisert)`, { id: 'estimate.byNone' });
    }
  };
  const ownLow = from + e.rounds.reduce((sum, r) => sum + r.lowAdd, 0);
  let low = [start, ...e.rounds.map((r) => step(r.lowAdd, r.lowBasis, r)), `= ${nok(ownLow)}`].join(' ');
  if (e.floorStep !== undefined) {
    const years = formatNumber(e.floorStep, l);
    const raised = nok(e.tariffLow);
    low += msg(str`, hevet til ${raised}: det lave anslaget for ${years} år (en minstelønn blir ikke lavere med flere års ansiennitet)`, {
      id: 'estimate.floor',
    });
  }
  const high =
    e.tariffHigh === null
      ? msg('Ingen øvre grense: det er ikke publisert noe høyeste tillegg eller noen ramme for alle oppgjørene.', {
          id: 'estimate.highOpen',
        })
      : [start, ...e.rounds.map((r) => step(r.highAdd, r.highBasis, r)), `= ${nok(e.tariffHigh)}`].join(' ');
  return {
    low: msg(str`Lavt anslag for minstelønnen: ${low}`, { id: 'estimate.ruleLow' }),
    high: msg(str`Høyt anslag for minstelønnen: ${high}`, { id: 'estimate.ruleHigh' }),
  };
}

function date(iso: string, l: ReturnType<typeof activeLocale>): string {
  return formatDate(iso, l);
}

/** Said of a figure read from a public copy of its source (`verification: 'secondary'`). */
export function secondaryText(): string {
  return msg('Tallene er lest fra en offentlig kopi av kilden, ikke fra utgiverens egen side. De er ikke kontrollert mot originalen.', {
    id: 'prov.secondary',
  });
}

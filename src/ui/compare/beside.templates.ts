/**
 * What the comparison shows beside its figures and never in them: that a coming year's tax rules
 * are only proposed, and what helsesekretærer earn (SSB). On screen and on the handout.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ComparisonResult } from '../../model/index.js';
import type { MarketView } from '../../model/rules/market.js';
import { formatNok } from '../../i18n/format.js';
import { msg, str, type Locale } from '../../i18n/localize.js';
import { marketWhatText, taxProposedText } from '../../i18n/labels/index.js';

/** Said where net figures use a coming year's tax rules that are only proposed. */
export function taxStatusLine(r: ComparisonResult): TemplateResult | typeof nothing {
  const proposed = r.ladders.find((l) => l.taxStatus === 'proposed');
  return proposed ? html`<p class="hint tax-status">${taxProposedText(proposed.taxYear)}</p>` : nothing;
}

/** What `who` (an occupation's plural) earn (SSB): the median and the middle half a year, and what SSB counts. */
export function marketLine(m: MarketView | null, l: Locale, who: string): TemplateResult | typeof nothing {
  if (!m) return nothing;
  const year = String(m.year);
  return html`<p class="hint market">
    ${msg(
      str`Hva ${who} tjener, SSB ${year}: median ${formatNok(m.annual.median, l)} i året, midterste halvdel ${formatNok(m.annual.p25, l)}–${formatNok(m.annual.p75, l)}.`,
      { id: 'market.compare' },
    )}
    ${marketWhatText()}
  </p>`;
}

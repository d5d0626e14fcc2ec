/**
 * The calculator's chart: one `<pay-ladder-chart>` for the element's life, under the tag registered
 * for it (a prefix is possible), and the checkbox that shows or hides what the occupation's people earn
 * (SSB). Its reserved room shows at once; its figures are set once its code and the calculator's
 * chart view (deferred/chart-view.ts) are here, on every render after that.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LadderResult } from '../../model/ladder.js';
import type { MarketView } from '../../model/rules/market.js';
import type { Dataset } from '../../model/dataset-types.js';
import { msg, str, type Locale } from '../../i18n/localize.js';
import { occupationPlural } from './occupation-words.js';
import { tags } from '../base/registry.js';
import type { PayLadderChart } from '../chart/pay-ladder-chart.js';
import { chartView } from './parts.js';

export class ChartSlot {
  private el: PayLadderChart | undefined;
  /** The chart (and the table) show what the occupation's people earn (SSB) until the person switches it off. */
  showMarket = true;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** `market`: what the scenario's occupation earns (SSB) in the data in use; null when it has none. */
  render(r: LadderResult, uid: string, locale: Locale, market: MarketView | null, data: Dataset): TemplateResult {
    if (!this.el) {
      this.el = document.createElement(tags.chart) as PayLadderChart;
      this.el.setAttribute('part', 'chart');
    }
    if (chartView.module) Object.assign(this.el, chartView.module.chartView(r, locale, this.showMarket ? market : null));
    return html`${this.el}${market ? this.marketToggle(uid, occupationPlural(data, r.scenario.occupation, locale)) : nothing}`;
  }

  /** Shows or hides what the occupation's people earn (SSB) in the chart: a band and a line that are not tariff figures. */
  private marketToggle(uid: string, who: string): TemplateResult {
    const id = `${uid}-market-chart`;
    const change = (e: Event) => {
      this.showMarket = (e.target as HTMLInputElement).checked;
      this.host.requestUpdate();
    };
    return html`<div class="check market-toggle">
      <input id=${id} type="checkbox" .checked=${this.showMarket} @change=${change} />
      <label for=${id}>${msg(str`Vis hva ${who} tjener (SSB) i diagrammet`, { id: 'market.toggle' })}</label>
    </div>`;
  }
}

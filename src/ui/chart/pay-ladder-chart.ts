import { LitElement, css, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import type { Chart } from 'chart.js';
import { REDUCED_MOTION, bandText, looks, money, notesFor, type SeriesLook } from './looks.js';
import { chartBoxHeight, tokens } from '../base/theme.js';
import { once } from '../base/once.js';

export type { ChartBand, ChartLocale, ChartMarker, ChartSeries } from './types.js';
import type { ChartBand, ChartLocale, ChartMarker, ChartSeries } from './types.js';

type LineChart = Chart<'line', Array<number | null>, number>;
type Engine = typeof import('./engine.js');

/** The chart engine once loaded (Chart.js and the chart's configuration). */
let engine: Engine | undefined;
/** A failed load lets a later connect try again. */
const loadEngine = once(() => import('./engine.js').then((m) => (engine = m)));

/**
 * A stepped line chart of pay over the years of a career (Chart.js, loaded lazily).
 *
 * Presentational only: the parent passes years, series (with translated labels), markers and a
 * one-sentence summary. The legend is HTML; every series has its own dash pattern and point shape,
 * so lines differ without colour. The canvas is `role="img"` named by `summary`; it is focusable,
 * and ←/→, Home/End, PageUp/PageDown walk through the years, showing that year's tooltip and
 * announcing it in a polite live region. Its height is fixed (see `chartBoxHeight`), so a page
 * can reserve it before the element's code, which comes with Chart.js, has loaded.
 *
 * Not registered by this module: `definePayLadder()` loads and registers it (`loadChart` in
 * registry.ts); the browser bundle has it in one chunk with Chart.js.
 *
 * @tagname pay-ladder-chart
 *
 * @csspart legend - The HTML legend (series with line samples, then markers).
 * @csspart chart - The box that holds the canvas.
 *
 * @cssprop [--pay-ladder-chart-height=18em] - Height of the plot; the element is 3.5em taller, for the legend (the plot gives up room when the legend needs more lines).
 * @cssprop [--pay-ladder-series-1=#0b5394] - Colour of series 1, 5.
 * @cssprop [--pay-ladder-series-2=#b0413e] - Colour of series 2, 6.
 * @cssprop [--pay-ladder-series-3=#2d6a2d] - Colour of series 3, 7.
 * @cssprop [--pay-ladder-series-4=#6b3fa0] - Colour of series 4, 8.
 * @cssprop [--pay-ladder-text=#1f2933] - Legend text, axis titles.
 * @cssprop [--pay-ladder-muted=#4b5563] - Axis ticks, marker and current-year lines, marker legend.
 * @cssprop [--pay-ladder-grid=#e5e7eb] - Grid lines and the loading placeholder.
 * @cssprop [--pay-ladder-focus=#1d4ed8] - Focus outline of the chart.
 * @cssprop [--pay-ladder-font] - Font family (inherited from the page when unset).
 */
export class PayLadderChart extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: ${chartBoxHeight};
        color: var(--_pl-text);
      }
      :host([hidden]) {
        display: none;
      }
      .legend {
        flex: none;
        margin: 0 0 0.75em;
        font-size: 0.9375em;
        line-height: 1.4;
      }
      .legend ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1.25em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .legend ul + ul {
        margin-top: 0.25em;
      }
      .legend li {
        display: inline-flex;
        align-items: center;
        gap: 0.5em;
        min-width: 0;
      }
      .markers li {
        color: var(--_pl-muted);
      }
      .sample {
        flex: none;
        width: 2.5em;
        height: 1em;
        overflow: visible;
      }
      .sample .line {
        fill: none;
        stroke: var(--_c);
      }
      .sample .mark {
        fill: var(--_c);
        stroke: var(--_c);
        stroke-width: 1;
      }
      .sample .mark.open {
        fill: none;
        stroke-width: 1.5;
      }
      .sample .band {
        fill: var(--_pl-series-1);
        fill-opacity: 0.18;
        stroke: var(--_pl-series-1);
        stroke-dasharray: 2 2;
      }
      .sample .guide {
        fill: none;
        stroke: var(--_pl-muted);
        stroke-width: 1.5;
      }
      .c0 {
        --_c: var(--_pl-series-1);
      }
      .c1 {
        --_c: var(--_pl-series-2);
      }
      .c2 {
        --_c: var(--_pl-series-3);
      }
      .c3 {
        --_c: var(--_pl-series-4);
      }
      .frame {
        position: relative;
        flex: 1 1 auto;
        min-height: 10em;
        min-width: 0;
      }
      .placeholder {
        position: absolute;
        inset: 0.5em 0 1.5em 3em;
        background: repeating-linear-gradient(
          to bottom,
          transparent 0,
          transparent calc(25% - 1px),
          var(--_pl-grid) calc(25% - 1px),
          var(--_pl-grid) 25%
        );
        border-left: 1px solid var(--_pl-grid);
      }
      .placeholder[hidden] {
        display: none;
      }
      /* Chart.js's responsive mode: a positioned container that holds only the canvas. */
      .box {
        position: absolute;
        inset: 0;
      }
      canvas {
        display: block;
        border-radius: 2px;
      }
      canvas:focus {
        outline: none;
      }
      canvas:focus-visible {
        outline: 3px solid var(--_pl-focus);
        outline-offset: 2px;
      }
      /* Hidden on screen, read by screen readers. */
      .live {
        position: absolute;
        width: 1px;
        height: 1px;
        margin: -1px;
        padding: 0;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
        border: 0;
      }
    `,
  ];

  static override properties = {
    years: { attribute: false },
    series: { attribute: false },
    markers: { attribute: false },
    band: { attribute: false },
    current: { type: Number },
    summary: {},
    xLabel: { attribute: 'x-label' },
    yLabel: { attribute: 'y-label' },
    yearLabel: { attribute: 'year-label' },
    currentLabel: { attribute: 'current-label' },
    locale: {},
    _phase: { state: true },
    _announcement: { state: true },
  };

  /** X values: years of experience (ansiennitet), e.g. 0…45. */
  years: number[] = [];

  /** 1–8 lines; colours repeat after 4, dash patterns and point shapes do not. */
  series: ChartSeries[] = [];

  /** Events drawn as dashed vertical lines, listed under the legend and named in the tooltip. */
  markers: ChartMarker[] = [];

  /** An optional shaded range (e.g. an estimate), one value per entry of `years`. */
  band: ChartBand | null = null;

  /** The highlighted year (e.g. the user's experience): a vertical line and larger points. */
  current: number | null = null;

  /** One translated sentence summarising the chart; the canvas's accessible name. */
  summary = '';

  /** Translated x axis title (e.g. "Ansiennitet (år)"); empty = no title. */
  xLabel = '';

  /** Translated y axis title (e.g. "Kroner per år"); empty = no title. */
  yLabel = '';

  /** The word before a year number in the tooltip, the marker list and announcements. */
  yearLabel = 'År';

  /** Optional translated name of `current` (e.g. "Du er her"): legend entry and tooltip footer. */
  currentLabel = '';

  /** Number format: nb/nn → `437 300 kr`, en → `NOK 437,300`. */
  locale: ChartLocale = 'nb';

  private _phase: 'loading' | 'ready' | 'failed' = 'loading';
  private _announcement = '';

  private get _canvas(): HTMLCanvasElement {
    return this.renderRoot.querySelector('canvas')!;
  }

  private _chart: LineChart | undefined;
  /** Bumped on every connect/disconnect so a late chart load for an old connection is dropped. */
  private _generation = 0;
  private _activeIndex: number | null = null;
  private _motionQuery: MediaQueryList | undefined;
  private _ready!: Promise<void>;
  private _resolveReady!: () => void;
  private _rejectReady!: (error: unknown) => void;
  private _readySettled = false;

  constructor() {
    super();
    this._resetReady();
  }

  /** The Chart.js instance, once loaded (undefined before, and while disconnected). */
  get chart(): LineChart | undefined {
    return this._chart;
  }

  /** Resolves when the chart of the current connection exists; rejects if Chart.js fails to load. */
  get ready(): Promise<void> {
    return this._ready;
  }

  /** The chart as a PNG on a white background (the canvas itself is transparent); null before it loads. */
  async toPng(): Promise<Blob | null> {
    const canvas = this._chart ? this._canvas : null;
    if (!canvas) return null;
    const out = document.createElement('canvas');
    out.width = canvas.width;
    out.height = canvas.height;
    const ctx = out.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    return new Promise((resolve) => out.toBlob((b) => resolve(b), 'image/png'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const generation = ++this._generation;
    if (typeof matchMedia === 'function') {
      this._motionQuery = matchMedia(REDUCED_MOTION);
      this._motionQuery.addEventListener('change', this._onMotionChange);
    }
    void this._mount(generation);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._generation++;
    this._motionQuery?.removeEventListener('change', this._onMotionChange);
    this._motionQuery = undefined;
    // Chart.js's observers watch `document` and cannot see a canvas leave a shadow root.
    this._chart?.destroy();
    this._chart = undefined;
    this._activeIndex = null;
    this._announcement = '';
    this._phase = 'loading';
    if (this._readySettled) this._resetReady();
  }

  override render() {
    const styles = looks(this.series);
    const hasCurrent = this.currentLabel !== '' && this.current !== null && this.years.includes(this.current);
    return html`
      <div class="legend" part="legend">
        <ul class="series" role="list">
          ${this.series.map((s, i) => html`<li>${this._sample(styles[i])}<span>${s.label}</span></li>`)}
          ${
            this.band
              ? html`<li class="band-entry">
                  <svg class="sample" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
                    <rect class="band" x="1" y="3" width="38" height="10"></rect></svg
                  ><span>${this.band.label}</span>
                </li>`
              : nothing
          }
        </ul>
        ${
          this.markers.length || hasCurrent
            ? html`<ul class="markers" role="list">
                ${
                  hasCurrent
                    ? html`<li>${this._guideSample(false)}<span>${this.currentLabel} (${this.yearLabel} ${this.current})</span></li>`
                    : nothing
                }
                ${this.markers.map((m) => html`<li>${this._guideSample(true)}<span>${this.yearLabel} ${m.years}: ${m.label}</span></li>`)}
              </ul>`
            : nothing
        }
      </div>
      <div class="frame" part="chart" aria-busy=${this._phase === 'loading' ? 'true' : 'false'}>
        <div class="placeholder" aria-hidden="true" ?hidden=${this._phase === 'ready'}></div>
        <div class="box">
          <canvas role="img" aria-label=${this._accessibleName()} tabindex="0" @keydown=${this._onKeyDown} @blur=${this._onBlur}></canvas>
        </div>
      </div>
      <div class="live" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const chartKeys: Array<keyof PayLadderChart> = [
      'years',
      'series',
      'markers',
      'band',
      'current',
      'xLabel',
      'yLabel',
      'yearLabel',
      'currentLabel',
      'locale',
    ];
    if (this._chart && chartKeys.some((k) => changed.has(k))) this._sync();
  }

  // ---- chart lifecycle -------------------------------------------------------------------------

  private _resetReady(): void {
    this._readySettled = false;
    this._ready = new Promise<void>((resolve, reject) => {
      this._resolveReady = () => {
        this._readySettled = true;
        resolve();
      };
      this._rejectReady = (error) => {
        this._readySettled = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      };
    });
    this._ready.catch(() => undefined); // a failed load is reported via `ready`, not as unhandled
  }

  private async _mount(generation: number): Promise<void> {
    await this.updateComplete; // the canvas exists after the first render
    let loaded: Engine;
    try {
      loaded = await loadEngine();
    } catch (error) {
      if (generation !== this._generation) return;
      this._phase = 'failed';
      this._rejectReady(error);
      return;
    }
    if (generation !== this._generation || !this.isConnected || this._chart) return;
    this._chart = loaded.mountChart(this._canvas, this);
    this._phase = 'ready';
    this._resolveReady();
  }

  /** Updates the existing chart in place (never a second Chart). */
  private _sync(): void {
    this._activeIndex = engine!.syncChart(this._chart!, this, this._activeIndex);
  }

  // ---- text ------------------------------------------------------------------------------------

  private _accessibleName(): string {
    return this.summary || [this.yLabel, ...this.series.map((s) => s.label)].filter(Boolean).join(', ');
  }

  /** "År 6: Garantilønn 441 500 kr, Din lønn 460 000 kr. Fagskole fullført" */
  private _describeYear(index: number): string {
    const year = this.years[index];
    const parts = this.series
      .map((s) => ({ label: s.label, value: s.values[index] }))
      .filter((p): p is { label: string; value: number } => typeof p.value === 'number' && Number.isFinite(p.value))
      .map((p) => `${p.label} ${money(p.value, this.locale)}`);
    const band = bandText(this, index);
    if (band) parts.push(`${this.band!.label} ${band}`);
    const notes = notesFor(this, year);
    let text = `${this.yearLabel} ${year}`;
    if (parts.length) text += `: ${parts.join(', ')}`;
    if (notes.length) text += `. ${notes.join('. ')}`;
    return text;
  }

  // ---- legend samples --------------------------------------------------------------------------

  private _sample(look: SeriesLook) {
    return html`<svg class="sample c${look.slot}" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
      <line
        class="line"
        x1="1"
        y1="8"
        x2="39"
        y2="8"
        stroke-width=${look.width}
        stroke-dasharray=${look.dash.length ? look.dash.join(' ') : 'none'}
      ></line>
      ${this._mark(look.style, look.rotation)}
    </svg>`;
  }

  private _guideSample(dashed: boolean) {
    return html`<svg class="sample" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
      <line class="guide" x1="20" y1="0" x2="20" y2="16" stroke-dasharray=${dashed ? '3 3' : 'none'}></line>
    </svg>`;
  }

  /** The same shape Chart.js draws for `style`, centred at (20, 8). */
  private _mark(style: string, rotation: number): SVGTemplateResult {
    const r = 4.5;
    switch (style) {
      case 'rect':
        return svg`<rect class="mark" x=${20 - r * 0.8} y=${8 - r * 0.8} width=${r * 1.6} height=${r * 1.6}></rect>`;
      case 'rectRot':
        return svg`<polygon class="mark" points="20,${8 - r} ${20 + r},8 20,${8 + r} ${20 - r},8"></polygon>`;
      case 'triangle': {
        const up = `20,${8 - r} ${20 + r},${8 + r * 0.75} ${20 - r},${8 + r * 0.75}`;
        const down = `20,${8 + r} ${20 + r},${8 - r * 0.75} ${20 - r},${8 - r * 0.75}`;
        return svg`<polygon class="mark" points=${rotation === 180 ? down : up}></polygon>`;
      }
      case 'star':
        return svg`<path class="mark open" d="M20 ${8 - r}V${8 + r}M${20 - r} 8H${20 + r}M${20 - r * 0.7} ${8 - r * 0.7}L${20 + r * 0.7} ${8 + r * 0.7}M${20 + r * 0.7} ${8 - r * 0.7}L${20 - r * 0.7} ${8 + r * 0.7}"></path>`;
      case 'crossRot':
        return svg`<path class="mark open" d="M${20 - r * 0.75} ${8 - r * 0.75}L${20 + r * 0.75} ${8 + r * 0.75}M${20 + r * 0.75} ${8 - r * 0.75}L${20 - r * 0.75} ${8 + r * 0.75}"></path>`;
      case 'cross':
        return svg`<path class="mark open" d="M20 ${8 - r}V${8 + r}M${20 - r} 8H${20 + r}"></path>`;
      default:
        return svg`<circle class="mark" cx="20" cy="8" r=${r * 0.85}></circle>`;
    }
  }

  // ---- handlers --------------------------------------------------------------------------------

  private _onKeyDown = (event: KeyboardEvent): void => {
    const last = this.years.length - 1;
    if (last < 0) return;
    const start = this._activeIndex ?? this._startIndex();
    const moved = this._activeIndex !== null;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = moved ? start + 1 : start;
        break;
      case 'ArrowLeft':
        next = moved ? start - 1 : start;
        break;
      case 'PageUp':
        next = start + 5;
        break;
      case 'PageDown':
        next = start - 5;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Escape':
        if (this._activeIndex === null) return;
        event.preventDefault();
        this._clearActive();
        return;
      default:
        return;
    }
    event.preventDefault();
    this._activeIndex = Math.min(last, Math.max(0, next));
    this._showYear(this._activeIndex);
    this._announcement = this._describeYear(this._activeIndex);
  };

  private _onBlur = (): void => {
    this._clearActive();
  };

  private _onMotionChange = (): void => {
    if (!this._chart) return;
    this._chart.options.animation = engine!.animation();
    this._chart.update('none');
  };

  /** The first key press shows the current year (or the first year) rather than skipping it. */
  private _startIndex(): number {
    const i = this.current === null ? -1 : this.years.indexOf(this.current);
    return i >= 0 ? i : 0;
  }

  private _showYear(index: number): void {
    if (this._chart) engine!.showYear(this._chart, index);
  }

  private _clearActive(): void {
    this._activeIndex = null;
    if (this._chart) engine!.showYear(this._chart, null);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pay-ladder-chart': PayLadderChart;
  }
}

import { LitElement, css, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ActiveElement, Chart, ChartConfiguration, ChartOptions, Plugin, PointStyle, ScriptableContext } from 'chart.js';
import { formatNok, formatNumber } from '../i18n/format.js';
import { tokenDefaults, tokens, visuallyHidden, type TokenName } from './theme.js';

/** One line of the chart. The parent computes and translates everything. */
export interface ChartSeries {
  id: string;
  /** Translated; shown in the legend, the tooltip and the keyboard announcement. */
  label: string;
  /** One value per entry of `years`, in kroner; `null` = unknown (a gap in the line). */
  values: Array<number | null>;
  /** `minimum` = tariff minimum (garantilønn: thinner, dashed); `total` (default) = what the user earns. */
  kind?: 'minimum' | 'total';
}

/** An event on the career, e.g. "Fagskole fullført" or a step-up. */
export interface ChartMarker {
  years: number;
  label: string;
}

export type ChartLocale = 'nb' | 'nn' | 'en';

type LineChart = Chart<'line', Array<number | null>, number>;
type LineConfig = ChartConfiguration<'line', Array<number | null>, number>;
type Engine = typeof import('./chart-engine.js');

/** Dash patterns (px): solid first for what the user earns, always dashed for the minimum. */
const TOTAL_DASHES: number[][] = [[], [9, 4], [2, 3], [12, 3, 2, 3]];
const MINIMUM_DASHES: number[][] = [[6, 4], [1, 4], [14, 4, 2, 4, 2, 4], [4, 2]];

/** Point styles by series index; 8 shapes that tell lines apart without colour. */
const MARKS: Array<{ style: PointStyle & string; rotation: number }> = [
  { style: 'circle', rotation: 0 },
  { style: 'rect', rotation: 0 },
  { style: 'triangle', rotation: 0 },
  { style: 'rectRot', rotation: 0 },
  { style: 'star', rotation: 0 },
  { style: 'crossRot', rotation: 0 },
  { style: 'cross', rotation: 0 },
  { style: 'triangle', rotation: 180 },
];

const SERIES_TOKENS: TokenName[] = ['series-1', 'series-2', 'series-3', 'series-4'];
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** The look of series `index` (colour slot, dash, point style), shared by canvas and legend. */
interface SeriesLook {
  slot: number;
  dash: number[];
  width: number;
  style: PointStyle & string;
  rotation: number;
}

function looks(series: readonly ChartSeries[]): SeriesLook[] {
  let totals = 0;
  let minimums = 0;
  return series.map((s, i) => {
    const minimum = s.kind === 'minimum';
    const dash = minimum ? MINIMUM_DASHES[minimums++ % MINIMUM_DASHES.length] : TOTAL_DASHES[totals++ % TOTAL_DASHES.length];
    const mark = MARKS[i % MARKS.length];
    return { slot: i % SERIES_TOKENS.length, dash, width: minimum ? 1.5 : 2.5, style: mark.style, rotation: mark.rotation };
  });
}

let enginePromise: Promise<Engine> | undefined;
function loadEngine(): Promise<Engine> {
  enginePromise ??= import('./chart-engine.js').catch((error: unknown) => {
    enginePromise = undefined; // let a later connect try again
    throw error;
  });
  return enginePromise;
}

/**
 * A stepped line chart of pay over the years of a career (Chart.js, loaded lazily).
 *
 * Presentational only: the parent passes years, series (with translated labels), markers and a
 * one-sentence summary. The legend is HTML; every series has its own dash pattern and point shape,
 * so lines differ without colour. The canvas is `role="img"` named by `summary`; it is focusable,
 * and ←/→, Home/End, PageUp/PageDown walk through the years, showing that year's tooltip and
 * announcing it in a polite live region. Height is reserved by CSS before Chart.js loads.
 *
 * Not registered by this module: `customElements.define('pay-ladder-chart', PayLadderChart)` lives
 * in src/define.ts.
 *
 * @tagname pay-ladder-chart
 *
 * @csspart legend - The HTML legend (series with line samples, then markers).
 * @csspart chart - The box of reserved height that holds the canvas.
 *
 * @cssprop [--pay-ladder-chart-height=18em] - Height of the chart box (reserved before loading).
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
        display: block;
        color: var(--_pl-text);
      }
      :host([hidden]) {
        display: none;
      }
      .legend {
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
        height: var(--_pl-chart-height);
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
      .live {
        ${visuallyHidden}
      }
    `,
  ];

  /** X values: years of experience (ansiennitet), e.g. 0…45. */
  @property({ attribute: false }) years: number[] = [];

  /** 1–8 lines; colours repeat after 4, dash patterns and point shapes do not. */
  @property({ attribute: false }) series: ChartSeries[] = [];

  /** Events drawn as dashed vertical lines, listed under the legend and named in the tooltip. */
  @property({ attribute: false }) markers: ChartMarker[] = [];

  /** The highlighted year (e.g. the user's experience): a vertical line and larger points. */
  @property({ type: Number }) current: number | null = null;

  /** One translated sentence summarising the chart; the canvas's accessible name. */
  @property() summary = '';

  /** Translated x axis title (e.g. "Ansiennitet (år)"); empty = no title. */
  @property({ attribute: 'x-label' }) xLabel = '';

  /** Translated y axis title (e.g. "Kroner per år"); empty = no title. */
  @property({ attribute: 'y-label' }) yLabel = '';

  /** The word before a year number in the tooltip, the marker list and announcements. */
  @property({ attribute: 'year-label' }) yearLabel = 'År';

  /** Optional translated name of `current` (e.g. "Du er her"): legend entry and tooltip footer. */
  @property({ attribute: 'current-label' }) currentLabel = '';

  /** Number format: nb/nn → `437 300 kr`, en → `NOK 437,300`. */
  @property() locale: ChartLocale = 'nb';

  @state() private _phase: 'loading' | 'ready' | 'failed' = 'loading';
  @state() private _announcement = '';

  @query('canvas') private _canvas!: HTMLCanvasElement;

  private _chart: LineChart | undefined;
  /** Bumped on every connect/disconnect so a late chart load for an old connection is dropped. */
  private _generation = 0;
  private _activeIndex: number | null = null;
  private _colors = { series: [] as string[], text: '', muted: '', grid: '', font: '', size: 12 };
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
          ${this.series.map(
            (s, i) => html`<li>${this._sample(styles[i])}<span>${s.label}</span></li>`,
          )}
        </ul>
        ${this.markers.length || hasCurrent
          ? html`<ul class="markers" role="list">
              ${hasCurrent
                ? html`<li>${this._guideSample(false)}<span>${this.currentLabel} (${this.yearLabel} ${this.current})</span></li>`
                : nothing}
              ${this.markers.map(
                (m) => html`<li>${this._guideSample(true)}<span>${this.yearLabel} ${m.years}: ${m.label}</span></li>`,
              )}
            </ul>`
          : nothing}
      </div>
      <div class="frame" part="chart" aria-busy=${this._phase === 'loading' ? 'true' : 'false'}>
        <div class="placeholder" aria-hidden="true" ?hidden=${this._phase === 'ready'}></div>
        <div class="box">
          <canvas
            role="img"
            aria-label=${this._accessibleName()}
            tabindex="0"
            @keydown=${this._onKeyDown}
            @blur=${this._onBlur}
          ></canvas>
        </div>
      </div>
      <div class="live" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const chartKeys: Array<keyof PayLadderChart> = ['years', 'series', 'markers', 'current', 'xLabel', 'yLabel', 'yearLabel', 'currentLabel', 'locale'];
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
        reject(error);
      };
    });
    this._ready.catch(() => undefined); // a failed load is reported via `ready`, not as unhandled
  }

  private async _mount(generation: number): Promise<void> {
    await this.updateComplete; // the canvas exists after the first render
    let engine: Engine;
    try {
      engine = await loadEngine();
    } catch (error) {
      if (generation !== this._generation) return;
      this._phase = 'failed';
      this._rejectReady(error);
      return;
    }
    if (generation !== this._generation || !this.isConnected || this._chart) return;
    this._readTheme();
    this._chart = engine.createChart(this._canvas, this._config());
    this._phase = 'ready';
    this._resolveReady();
  }

  /** Updates the existing chart in place (never a second Chart). */
  private _sync(): void {
    const chart = this._chart!;
    this._readTheme();
    chart.data.labels = [...this.years];
    const next = this._datasets();
    const current = chart.data.datasets;
    next.forEach((ds, i) => {
      if (current[i]) Object.assign(current[i], ds);
      else current.push(ds);
    });
    current.splice(next.length);
    chart.options = this._options();
    if (this._activeIndex !== null && this._activeIndex >= this.years.length) this._activeIndex = null;
    if (this._activeIndex === null) {
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    }
    chart.update('none');
    if (this._activeIndex !== null) this._showYear(this._activeIndex);
  }

  private _readTheme(): void {
    const cs = getComputedStyle(this);
    const read = (name: TokenName) => cs.getPropertyValue(`--_pl-${name}`).trim() || tokenDefaults[name];
    const size = Number.parseFloat(cs.fontSize);
    this._colors = {
      series: SERIES_TOKENS.map(read),
      text: read('text'),
      muted: read('muted'),
      grid: read('grid'),
      font: cs.fontFamily,
      size: Number.isFinite(size) ? Math.max(12, Math.round(size * 0.875)) : 12,
    };
  }

  private _reducedMotion(): boolean {
    return typeof matchMedia === 'function' && matchMedia(REDUCED_MOTION).matches;
  }

  private _config(): LineConfig {
    return {
      type: 'line',
      data: { labels: [...this.years], datasets: this._datasets() },
      options: this._options(),
      plugins: [this._guides],
    };
  }

  private _datasets(): LineConfig['data']['datasets'] {
    const styles = looks(this.series);
    const every = Math.max(1, Math.round((this.years.length - 1) / 9));
    return this.series.map((s, i) => {
      const look = styles[i];
      const color = this._colors.series[look.slot];
      const values = this.years.map((_, j) => {
        const v = s.values[j];
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      });
      return {
        label: s.label,
        data: values,
        borderColor: color,
        backgroundColor: color,
        borderWidth: look.width,
        borderDash: look.dash,
        pointStyle: look.style,
        pointRotation: look.rotation,
        pointBorderColor: color,
        pointBackgroundColor: color,
        pointRadius: (ctx: ScriptableContext<'line'>) => {
          if (this.current !== null && this.years[ctx.dataIndex] === this.current) return 6;
          return ctx.dataIndex % every === 0 ? 3.5 : 0;
        },
        pointHoverRadius: 6,
        pointHitRadius: 6,
        // Pay from year N holds until year N+1: draw each value flat to the right, step at the next point.
        stepped: 'before' as const,
        spanGaps: false,
        fill: false,
      };
    });
  }

  private _options(): ChartOptions<'line'> {
    const { text, muted, grid, font, size } = this._colors;
    const tickFont = { family: font, size };
    const first = this.years.length ? Math.min(...this.years) : 0;
    const last = this.years.length ? Math.max(...this.years) : 1;
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: this._reducedMotion() ? false : { duration: 400 },
      locale: this.locale === 'en' ? 'en-GB' : 'nb-NO',
      interaction: { mode: 'index', intersect: false, axis: 'x' },
      layout: { padding: { top: 8, right: 8 } },
      scales: {
        x: {
          type: 'linear',
          min: first,
          max: last,
          grid: { color: grid },
          border: { color: muted },
          ticks: { color: muted, font: tickFont, precision: 0, maxRotation: 0, autoSkipPadding: 12 },
          title: { display: this.xLabel !== '', text: this.xLabel, color: text, font: tickFont },
        },
        y: {
          type: 'linear',
          grace: '5%',
          grid: { color: grid },
          border: { color: muted },
          ticks: { color: muted, font: tickFont, callback: (value) => formatNumber(Number(value), this.locale, 0) },
          title: { display: this.yLabel !== '', text: this.yLabel, color: text, font: tickFont },
        },
      },
      plugins: {
        tooltip: {
          enabled: true,
          usePointStyle: true,
          titleFont: { ...tickFont, weight: 'bold' },
          bodyFont: tickFont,
          footerFont: { ...tickFont, weight: 'normal' },
          callbacks: {
            title: (items) => (items.length ? `${this.yearLabel} ${this.years[items[0].dataIndex]}` : ''),
            label: (item) => `${item.dataset.label ?? ''}: ${this._money(item.parsed.y)}`,
            footer: (items) => (items.length ? this._notesFor(this.years[items[0].dataIndex]) : []),
          },
        },
      },
    };
  }

  /** Draws the marker lines (dashed) and the current year (solid) behind the data. */
  private _guides: Plugin<'line'> = {
    id: 'payLadderGuides',
    beforeDatasetsDraw: (chart) => {
      const { ctx, chartArea } = chart;
      const x = chart.scales['x'];
      if (!x || !chartArea) return;
      const line = (year: number, dash: number[], width: number) => {
        const px = x.getPixelForValue(year);
        if (!Number.isFinite(px) || px < chartArea.left - 0.5 || px > chartArea.right + 0.5) return;
        ctx.save();
        ctx.strokeStyle = this._colors.muted;
        ctx.lineWidth = width;
        ctx.setLineDash(dash);
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
        ctx.restore();
      };
      for (const m of this.markers) line(m.years, [4, 4], 1.5);
      if (this.current !== null) line(this.current, [], 2);
    },
  };

  // ---- text ------------------------------------------------------------------------------------

  private _money(value: number | null | undefined): string {
    return typeof value === 'number' && Number.isFinite(value) ? formatNok(value, this.locale) : '–';
  }

  private _notesFor(year: number | undefined): string[] {
    if (year === undefined) return [];
    const notes = this.markers.filter((m) => m.years === year).map((m) => m.label);
    if (this.currentLabel && this.current === year) notes.unshift(this.currentLabel);
    return notes;
  }

  private _accessibleName(): string {
    return this.summary || [this.yLabel, ...this.series.map((s) => s.label)].filter(Boolean).join(', ');
  }

  /** "År 6: Garantilønn 441 500 kr, Din lønn 460 000 kr. Fagskole fullført" */
  private _describeYear(index: number): string {
    const year = this.years[index];
    const parts = this.series
      .map((s) => ({ label: s.label, value: s.values[index] }))
      .filter((p): p is { label: string; value: number } => typeof p.value === 'number' && Number.isFinite(p.value))
      .map((p) => `${p.label} ${this._money(p.value)}`);
    const notes = this._notesFor(year);
    let text = `${this.yearLabel} ${year}`;
    if (parts.length) text += `: ${parts.join(', ')}`;
    if (notes.length) text += `. ${notes.join('. ')}`;
    return text;
  }

  // ---- legend samples --------------------------------------------------------------------------

  private _sample(look: SeriesLook) {
    return html`<svg class="sample c${look.slot}" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
      <line class="line" x1="1" y1="8" x2="39" y2="8" stroke-width=${look.width} stroke-dasharray=${look.dash.length ? look.dash.join(' ') : 'none'}></line>
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
    this._chart.options.animation = this._reducedMotion() ? false : { duration: 400 };
    this._chart.update('none');
  };

  /** The first key press shows the current year (or the first year) rather than skipping it. */
  private _startIndex(): number {
    const i = this.current === null ? -1 : this.years.indexOf(this.current);
    return i >= 0 ? i : 0;
  }

  private _showYear(index: number): void {
    const chart = this._chart;
    if (!chart) return;
    const active: ActiveElement[] = [];
    chart.data.datasets.forEach((ds, datasetIndex) => {
      const v = ds.data[index];
      if (typeof v === 'number' && chart.isDatasetVisible(datasetIndex)) active.push({ datasetIndex, index, element: chart.getDatasetMeta(datasetIndex).data[index] });
    });
    const anchor = active[0]?.element;
    chart.setActiveElements(active.map(({ datasetIndex, index: i }) => ({ datasetIndex, index: i })));
    chart.tooltip?.setActiveElements(
      active.map(({ datasetIndex, index: i }) => ({ datasetIndex, index: i })),
      { x: anchor?.x ?? 0, y: anchor?.y ?? 0 },
    );
    chart.update('none');
  }

  private _clearActive(): void {
    this._activeIndex = null;
    const chart = this._chart;
    if (!chart) return;
    chart.setActiveElements([]);
    chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    chart.update('none');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pay-ladder-chart': PayLadderChart;
  }
}

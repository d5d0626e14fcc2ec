import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Chart } from 'chart.js';
import { REDUCED_MOTION, looks } from './looks.js';
import { once } from '../base/once.js';
import { legend } from './legend.js';
import { accessibleName, describeYear, keyTarget } from './view-model.js';
import { chartStyles } from './pay-ladder-chart.styles.js';

export type { ChartBand, ChartLocale, ChartMarker, ChartReference, ChartSeries } from './types.js';
import type { ChartBand, ChartLocale, ChartMarker, ChartReference, ChartSeries } from './types.js';

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
 * announcing it in a polite live region. A chart given no words yet (no summary, axis title or series:
 * a calculator far down the page gives its chart what to show when it comes near) is no image: its
 * canvas is hidden from assistive technology and not focusable until it has a name. Its height is fixed (see `chartBoxHeight`), so a page
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
  static override styles = chartStyles;

  static override properties = {
    years: { attribute: false },
    series: { attribute: false },
    markers: { attribute: false },
    band: { attribute: false },
    reference: { attribute: false },
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

  /**
   * An optional level across all years, behind the data (e.g. what people in the occupation earn):
   * a hatched band and a dash-dot line, with their own legend entries and tooltip lines.
   */
  reference: ChartReference | null = null;

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
    // An image must have a name: without one (no words given yet) the canvas is no image.
    const name = accessibleName(this);
    return html`
      ${legend(this, looks(this.series))}
      <div class="frame" part="chart" aria-busy=${this._phase === 'loading' ? 'true' : 'false'}>
        <div class="placeholder" aria-hidden="true" ?hidden=${this._phase === 'ready'}></div>
        <div class="box">
          <canvas
            role=${name ? 'img' : nothing}
            aria-label=${name || nothing}
            aria-hidden=${name ? nothing : 'true'}
            tabindex=${name ? '0' : nothing}
            @keydown=${this._onKeyDown}
            @blur=${this._onBlur}
          ></canvas>
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
      'reference',
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

  // ---- handlers --------------------------------------------------------------------------------

  private _onKeyDown = (event: KeyboardEvent): void => {
    const next = keyTarget(event.key, this._activeIndex, this);
    if (next === null) return;
    event.preventDefault();
    if (next === 'clear') {
      this._clearActive();
      return;
    }
    this._activeIndex = next;
    this._showYear(next);
    this._announcement = describeYear(this, next);
  };

  private _onBlur = (): void => {
    this._clearActive();
  };

  private _onMotionChange = (): void => {
    if (!this._chart) return;
    this._chart.options.animation = engine!.animation();
    this._chart.update('none');
  };

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

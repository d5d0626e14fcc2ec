/**
 * The HTML legend of `<pay-ladder-chart>`: one entry per series with a sample of its line and
 * point (the same dash and shape Chart.js draws, see looks.ts), the band, then the current year and
 * the markers, each with a sample of its vertical guide.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartView, SeriesLook } from './looks.js';

export function legend(view: ChartView, looks: readonly SeriesLook[]): TemplateResult {
  const hasCurrent = view.currentLabel !== '' && view.current !== null && view.years.includes(view.current);
  return html`<div class="legend" part="legend">
    <ul class="series" role="list">
      ${view.series.map((s, i) => html`<li>${sample(looks[i])}<span>${s.label}</span></li>`)}
      ${
        view.band
          ? html`<li class="band-entry">
              <svg class="sample" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
                <rect class="band" x="1" y="3" width="38" height="10"></rect></svg
              ><span>${view.band.label}</span>
            </li>`
          : nothing
      }
      ${
        view.reference
          ? html`<li class="reference-entry">
                <svg class="sample" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
                  <rect class="reference" x="1" y="3" width="38" height="10"></rect></svg
                ><span>${view.reference.label}</span>
              </li>
              <li class="reference-entry">
                <svg class="sample" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
                  <line class="reference-line" x1="1" y1="8" x2="39" y2="8" stroke-dasharray="8 3 2 3"></line></svg
                ><span>${view.reference.lineLabel}</span>
              </li>`
          : nothing
      }
    </ul>
    ${
      view.markers.length || hasCurrent
        ? html`<ul class="markers" role="list">
            ${hasCurrent ? html`<li>${guideSample(false)}<span>${view.currentLabel} (${view.yearLabel} ${view.current})</span></li>` : nothing}
            ${view.markers.map((m) => html`<li>${guideSample(true)}<span>${view.yearLabel} ${m.years}: ${m.label}</span></li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

function sample(look: SeriesLook): TemplateResult {
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
    ${mark(look.style, look.rotation)}
  </svg>`;
}

function guideSample(dashed: boolean): TemplateResult {
  return html`<svg class="sample" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
    <line class="guide" x1="20" y1="0" x2="20" y2="16" stroke-dasharray=${dashed ? '3 3' : 'none'}></line>
  </svg>`;
}

/** The same shape Chart.js draws for `style`, centred at (20, 8). */
function mark(style: string, rotation: number): SVGTemplateResult {
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

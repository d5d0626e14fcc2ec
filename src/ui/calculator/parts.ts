/**
 * The calculator's parts that load later (one `DeferredPart` each), and how the element shows a
 * part that is not there: nothing while it loads, one alert if it could not load.
 */
import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { Dataset } from '../../model/dataset-types.js';
import type { ScenarioError } from '../../model/scenario.js';
import { defaultFigures } from '../base/default-data.js';
import type { DataProblem } from '../base/dataset-controller.js';
import { DeferredPart } from '../base/deferred.js';
import { partFailedText } from '../../i18n/labels/index.js';

export type Details = typeof import('./deferred/fields-and-sources.js');
export type Below = typeof import('./deferred/result-blocks.js');

/**
 * What is closed at first (deferred/fields-and-sources.ts): the groups' inputs, the table's rows, "Hvorfor
 * dette tallet?", the error messages. Loads when a toggle is pointed at, focused or opened, when
 * the form is focused (an error may come), or before a first render that needs it.
 */
export const details = new DeferredPart<Details>(() => import('./deferred/fields-and-sources.js'));
/** What the chart shows of a ladder (deferred/chart-view.ts): loaded with the chart. */
export const chartView = new DeferredPart(() => import('./deferred/chart-view.js'));
/** The blocks under the results (deferred/result-blocks.ts): loaded when the widget comes near the viewport. */
export const below = new DeferredPart<Below>(() => import('./deferred/result-blocks.js'));

/** The comparison the calculator hosts (compare/hosted.ts, with the comparison's own code): loaded when wanted. */
export const hosting = new DeferredPart(() => import('../compare/hosted.js'));

const failed = (): TemplateResult => html`<p class="alert">${partFailedText()}</p>`;

/** The styles of the parts that have loaded (they arrive with their code). */
export function partStyles(): CSSResult[] {
  return [details.module?.closedPartStyles, below.module?.belowStyles, below.module?.yearStyles()].filter((x) => x !== undefined);
}

/** A closed part's contents once its code has loaded (deferred/fields-and-sources.ts); a message if it could not. */
export function closedPart(render: (d: Details) => TemplateResult): TemplateResult | typeof nothing {
  if (details.module) return render(details.module);
  return details.failed ? failed() : nothing;
}

/**
 * An error's message. The messages come with the closed parts (deferred/fields-and-sources.ts), which load
 * before a first render that has an error, and right after any other first render.
 */
export function errorText(e: ScenarioError): string {
  return details.module?.scenarioErrorText(e) ?? '';
}

/** Whether "Hvorfor dette tallet?" can show sources yet: the bundled figures come first, their words after. */
export function sourcesState(data: Dataset, source: { textsFailed: boolean }): 'ready' | 'loading' | 'failed' {
  return data !== defaultFigures ? 'ready' : source.textsFailed ? 'failed' : 'loading';
}

/** The data could not be used: an alert (its words come with the closed parts, which load at once then). */
export function dataProblem(problem: DataProblem | null): TemplateResult | typeof nothing {
  if (!problem || !(details.module || details.failed)) return nothing;
  return html`<p class="alert" role="alert">
    ${details.module ? details.module.datasetProblemText(problem.kind, problem.errors) : partFailedText()}
  </p>`;
}

/**
 * What stands under the results (deferred/result-blocks.ts): it comes when the widget is near the
 * viewport, after the first paint, all at once under everything else, so nothing above moves.
 * If it cannot load, one alert says so where it would be (`belowFailed`).
 */
export function belowFold(render: (b: Below) => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
  return below.module ? render(below.module) : nothing;
}

/** Where the blocks under the results would be, when their code could not be loaded. */
export function belowFailed(): TemplateResult | typeof nothing {
  return below.failed && !below.module ? failed() : nothing;
}

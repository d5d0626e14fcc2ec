/**
 * The templates of `<pay-ladder-compare>`'s scenarios: the quick comparisons, one card (name,
 * workplace, education, experience, position, hours, tax area and further education) and the
 * "add a scenario" action.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { QuickComparisonId } from '../../model/compare.js';
import type { Dataset } from '../../model/dataset-types.js';
import { educationPaths, placeIn } from '../../model/occupations.js';
import { placeSelect } from '../controls/place-select.js';
import { pathName } from '../controls/occupation-select.js';
import { SHIFT_PRESETS, presetOf } from '../../model/presets.js';
import type { EducationEvent, Scenario, ScenarioInput } from '../../model/scenario.js';
import { WORKPLACE_GROUPS } from '../../model/workplaces.js';
import { msg, str, type Locale } from '../../i18n/localize.js';
import { agreementName, educationName, workplaceGroupName } from '../../i18n/labels/index.js';
import { presetName, quickComparisonName, scenarioErrorText } from '../../i18n/labels/deferred/index.js';
import { MAX_NAME_LENGTH } from '../../state/share-encode.js';
import { numberField } from '../controls/number-field.js';
import { valueAt } from '../form/fields.js';
import { editable } from '../form/formatters.js';
import { QUICK_IDS, type Card } from './cards.js';
import { educationLabel, positionLabel, yearsLabel, yearsUnit } from '../../i18n/labels/fields.js';
import { customPresetName, nokUnit, presetLabel, studyCostLabel } from '../../i18n/labels/deferred/columns-and-fields.js';

export interface CardContext {
  /** The card's place (0 = the baseline). */
  index: number;
  /** Prefix of the ids in the card. */
  id: string;
  /** The card's name as shown (see `displayName`). */
  name: string;
  /** More cards than the minimum: this one can be removed. */
  removable: boolean;
  locale: Locale;
  data: Dataset;
  /** A change the user made (a select, a checkbox). */
  edit(input: ScenarioInput): void;
  /** Text typed into the number field at `path`. */
  type(path: string, text: string): void;
  rename(name: string): void;
  remove(): void;
}

/** The card's first field: the place (or, in a dataset without places, the agreement). */
const placeLabel = (): string => msg('Arbeidsplass', { id: 'compare.agreement' });

/** The agreements themselves, for a dataset without places (an older file). */
function agreementSelect(id: string, s: Scenario, o: CardContext): TemplateResult {
  return html`<div class="field">
    <label for="${id}-agreement">${placeLabel()}</label>
    <select
      id="${id}-agreement"
      @change=${(e: Event) =>
        // Another workplace has other tables: the tables in force again, as the calculator does when the agreement changes.
        o.edit({ agreement: (e.target as HTMLSelectElement).value as Scenario['agreement'], workplace: null, tariffDate: null })}
    >
      ${WORKPLACE_GROUPS.map(
        ([group, ids]) =>
          html`<optgroup label=${workplaceGroupName(group)}>
            ${ids.filter((a) => o.data.agreements[a]).map((a) => html`<option .value=${a} ?selected=${s.agreement === a}>${agreementName(a)}</option>`)}
          </optgroup>`,
      )}
    </select>
  </div>`;
}

export function cardTemplate(c: Card, o: CardContext): TemplateResult {
  const { id, index: i } = o;
  const s = c.scenario;
  const placeError = c.errors.get('workplace') ?? c.errors.get('agreement');
  const edu = s.events.find((e): e is EducationEvent => e.type === 'education');
  const preset = presetOf(s.schedule, s.shifts);
  /** A number field at `path` in the scenario (ids end in `id`, which the tests and styles know). */
  const number = (path: string, idEnd: string, label: string, unit: string) => {
    const error = c.errors.get(path);
    return numberField({
      id: `${id}-${idEnd}`,
      label,
      unit,
      mode: 'decimal',
      value: c.drafts.get(path) ?? editable(valueAt(s, path), o.locale),
      error: error && scenarioErrorText(error),
      // What cannot be read goes to the model as typed, which reports it at the field.
      input: (text) => o.type(path, text),
    });
  };
  const at = `events[${edu ? s.events.indexOf(edu) : 0}]`;
  const eduEvent = (patch: Partial<EducationEvent> | null): ScenarioInput => {
    const others = s.events.filter((e) => e.type !== 'education');
    if (!patch) return { events: others };
    const base: EducationEvent = edu ?? { type: 'education', year: 2, education: 'fagskole', studyCost: 0, monthsWithoutPay: 0 };
    return { events: [...others, { ...base, ...patch }] };
  };
  return html`<section class="card" data-slot=${i % 4} role="group" aria-labelledby="${id}-h">
    <div class="card-head">
      <h3 id="${id}-h" class="vh">${o.name}</h3>
      <span>${i === 0 ? msg('Utgangspunkt', { id: 'compare.baseline' }) : msg(str`Scenario ${i + 1}`, { id: 'compare.number' })}</span>
      ${
        o.removable
          ? html`<button type="button" class="secondary" @click=${() => o.remove()}>
              ${msg('Fjern', { id: 'compare.remove' })}<span class="vh"> ${o.name}</span>
            </button>`
          : nothing
      }
    </div>
    <div class="field">
      <label for="${id}-name">${msg('Navn', { id: 'compare.name' })}</label>
      <input
        id="${id}-name"
        type="text"
        maxlength=${MAX_NAME_LENGTH}
        autocomplete="off"
        .value=${c.name || o.name}
        @input=${(e: Event) => o.rename((e.target as HTMLInputElement).value)}
      />
    </div>
    ${
      placeSelect({
        id: `${id}-workplace`,
        data: o.data,
        locale: o.locale,
        scenario: s,
        label: placeLabel(),
        error: placeError && scenarioErrorText(placeError),
        explain: false,
        // Another workplace has other tables: the tables in force again, as the calculator does when the agreement changes.
        choosePlace: (w) => o.edit({ workplace: w, agreement: placeIn(o.data, w)?.agreements[0], tariffDate: null }),
        chooseAgreement: (a) => o.edit({ agreement: a, tariffDate: null }),
      }) ?? agreementSelect(id, s, o)
    }
    <div class="field">
      <label for="${id}-education">${educationLabel()}</label>
      <select
        id="${id}-education"
        @change=${(e: Event) => o.edit({ education: (e.target as HTMLSelectElement).value as Scenario['education'] })}
      >
        ${educationPaths(o.data, s.occupation).map(
          (ed) => html`<option .value=${ed} ?selected=${s.education === ed}>${pathName(o.data, s.occupation, ed, o.locale)}</option>`,
        )}
      </select>
    </div>
    ${number('yearsExperience', 'yearsExperience', yearsLabel(), yearsUnit())}
    ${number('positionPercent', 'positionPercent', positionLabel(), '%')}
    <div class="field">
      <label for="${id}-preset">${presetLabel()}</label>
      <select
        id="${id}-preset"
        @change=${(e: Event) => {
          const p = SHIFT_PRESETS.find((x) => x.id === (e.target as HTMLSelectElement).value);
          if (p) o.edit({ schedule: p.schedule, shifts: { ...p.shifts } });
        }}
      >
        ${SHIFT_PRESETS.map((p) => html`<option .value=${p.id} ?selected=${preset === p.id}>${presetName(p.id)}</option>`)}
        ${preset === null ? html`<option value="custom" selected>${customPresetName()}</option>` : nothing}
      </select>
    </div>
    <div class="check">
      <input
        id="${id}-taxArea"
        type="checkbox"
        .checked=${s.taxArea === 'innsatssonen'}
        @change=${(e: Event) => o.edit({ taxArea: (e.target as HTMLInputElement).checked ? 'innsatssonen' : 'standard' })}
      />
      <label for="${id}-taxArea">${msg('Bor i Finnmark eller Nord-Troms (lavere skatt)', { id: 'compare.taxArea' })}</label>
    </div>
    <fieldset>
      <legend>${msg('Videreutdanning underveis', { id: 'compare.further' })}</legend>
      <div class="field">
        <label for="${id}-edu">${educationLabel()}</label>
        <select
          id="${id}-edu"
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            o.edit(eduEvent(v === '' ? null : { education: v as EducationEvent['education'] }));
          }}
        >
          <option value="" ?selected=${!edu}>${msg('Ingen', { id: 'compare.further.none' })}</option>
          ${(['fagskole', 'hoyskole'] as const).map((ed) => html`<option .value=${ed} ?selected=${edu?.education === ed}>${educationName(ed)}</option>`)}
        </select>
      </div>
      ${
        edu
          ? html`${number(`${at}.year`, 'events.year', msg('Ferdig etter antall år', { id: 'compare.further.year' }), yearsUnit())}
            ${number(`${at}.monthsWithoutPay`, 'events.months', msg('Måneder uten lønn året før', { id: 'compare.further.months' }), msg('mnd', { id: 'unit.months' }))}
            ${number(`${at}.studyCost`, 'events.cost', studyCostLabel(), nokUnit())}`
          : nothing
      }
    </fieldset>
  </section>`;
}

/** The common questions, as buttons; the one shown (until a scenario is edited) is pressed. */
export function quickButtons(active: QuickComparisonId | null, load: (id: QuickComparisonId) => void): TemplateResult {
  return html`<div class="quick" role="group" aria-label=${msg('Vanlige spørsmål', { id: 'compare.quick' })}>
    ${QUICK_IDS.map(
      (id) =>
        html`<button type="button" class="secondary" aria-pressed=${active === id ? 'true' : 'false'} @click=${() => load(id)}>
          ${quickComparisonName(id)}
        </button>`,
    )}
  </div>`;
}

/** "Add a scenario" while there is room (`canAdd`), else a hint that four is the most. */
export function addAction(canAdd: boolean, add: () => void): TemplateResult {
  return html`<div class="actions">
    ${
      canAdd
        ? html`<button type="button" @click=${() => add()}>${msg('Legg til scenario', { id: 'compare.add' })}</button>`
        : html`<p class="hint">${msg('Du kan sammenligne opptil fire scenarioer.', { id: 'compare.max' })}</p>`
    }
  </div>`;
}

/**
 * The place picker: "Hvor jobber du?" as one select of the places in the data in use, in
 * optgroups public / private / non-profit, each place named in the widget's language from the
 * data (a `data-src` file can add places). Under it the chosen place's sentence on why its
 * agreement applies (once the full data has loaded) and, for a place that names more than one
 * agreement (a private dental practice: the model agreement or none), a choice between them with
 * the chosen agreement's hint. `null` for a dataset without places (an older file): the caller
 * then offers the agreements themselves. Used by the calculator and by the comparison's cards.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AgreementId, Dataset, PlaceGroup } from '../../model/dataset-types.js';
import { localized, placeGroups, placeOf } from '../../model/occupations.js';
import { agreementHint, agreementName } from '../../i18n/labels/index.js';
import { msg, type Locale } from '../../i18n/localize.js';

export interface PlaceSelectOptions {
  /** The select's id; the sentence, the agreements and the error get `${id}-why`, `${id}-agreement`, `${id}-err`. */
  id: string;
  data: Dataset;
  locale: Locale;
  scenario: { agreement: AgreementId; workplace: string | null; occupation: string };
  label: string;
  /** The error's message for the place or its agreement, if any. */
  error?: string;
  /** Show the place's sentence and the agreement's hint (the calculator); the cards keep it short. */
  explain: boolean;
  choosePlace(id: string): void;
  /** The place's sentence is about to be wanted (it comes with the full data): pointed at, focused or changed. */
  wants?: () => void;
  chooseAgreement(id: AgreementId): void;
}

export function placeGroupName(group: PlaceGroup): string {
  switch (group) {
    case 'public':
      return msg('Offentlig', { id: 'place.group.public' });
    case 'private':
      return msg('Privat', { id: 'place.group.private' });
    case 'non-profit':
      return msg('Ideell', { id: 'place.group.nonProfit' });
  }
}

export function placeSelect(o: PlaceSelectOptions): TemplateResult | null {
  const groups = placeGroups(o.data);
  if (!groups.length) return null;
  const chosen = placeOf(o.data, o.scenario);
  const lang = o.locale;
  const agreements = chosen && chosen.agreements.length > 1 ? chosen.agreements : [];
  const described = [o.explain && chosen?.why ? `${o.id}-why` : '', o.error ? `${o.id}-err` : ''].filter(Boolean).join(' ');
  return html`<div class="field place ${o.error ? 'invalid' : ''}">
    <label for=${o.id}>${o.label}</label>
    <select
      id=${o.id}
      name="workplace"
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @change=${(e: Event) => {
        o.wants?.();
        o.choosePlace((e.target as HTMLSelectElement).value);
      }}
      @focusin=${() => o.wants?.()}
      @pointerover=${() => o.wants?.()}
    >
      ${groups.map(
        ([group, places]) =>
          html`<optgroup label=${placeGroupName(group)}>
            ${places.map((p) => html`<option .value=${p.id} ?selected=${p.id === chosen?.id}>${localized(p.names, lang)}</option>`)}
          </optgroup>`,
      )}
    </select>
    ${o.explain && chosen?.why ? html`<p class="hint" id="${o.id}-why">${localized(chosen.why, lang)}</p>` : nothing}
    ${
      agreements.length
        ? html`<fieldset class="place-agreements">
            <legend>${msg('Hvilken avtale gjelder?', { id: 'place.agreement' })}</legend>
            ${agreements.map(
              (a) =>
                html`<label class="check"
                  ><input
                    type="radio"
                    name="${o.id}-agreement"
                    .value=${a}
                    .checked=${o.scenario.agreement === a}
                    @change=${() => o.chooseAgreement(a)}
                  />${agreementName(a)}</label
                >`,
            )}
            ${o.explain ? html`<p class="hint">${agreementHint(o.scenario.agreement)}</p>` : nothing}
          </fieldset>`
        : nothing
    }
    ${o.error ? html`<p class="error" id="${o.id}-err">${o.error}</p>` : nothing}
  </div>`;
}

/**
 * The body of the group "Flere valg: alder, tidligere år, lønnsvekst": age, the table date and the
 * growth ahead. Part of the first download, unlike the other groups' bodies (deferred/fields-and-sources.ts):
 * a page that pins a `tariff-date` (or gives an age) opens this group in the first render, and its
 * first figure then needs no other file than the default page's (issue #21).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { tableAgreement } from '../../model/tables.js';
import { formatDate } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { textField, type FormContext } from './templates.js';
import { growthHint, growthLabel, yearsUnit } from '../../i18n/labels/fields.js';

export function moreFields(c: FormContext): TemplateResult {
  const owner = tableAgreement(c.data, c.scenario.agreement);
  const dates = (owner.tables ?? []).map((t) => t.effectiveFrom).reverse();
  const dateId = `${c.uid}-date`;
  const dateError = c.errors.get('tariffDate');
  return html`${textField(c, 'age', msg('Alder (valgfritt)', { id: 'field.age' }), msg('Fra året du fyller 60 får du mer i feriepenger', { id: 'field.age.hint' }), 'numeric', yearsUnit())}
    <div class="field ${dateError ? 'invalid' : ''}">
      <label for=${dateId}>${msg('Lønnstabell', { id: 'field.tariffDate' })}</label>
      <select
        id=${dateId}
        aria-invalid=${dateError ? 'true' : 'false'}
        aria-describedby=${dateError ? `${dateId}-err` : nothing}
        @change=${(e: Event) => c.apply({ tariffDate: (e.target as HTMLSelectElement).value || null })}
      >
        ${dates.map((d, i) => {
          const label = formatDate(d, c.locale);
          return html`<option .value=${i === 0 ? '' : d} .selected=${(c.scenario.tariffDate ?? dates[0]) === d}>
            ${i === 0 ? msg(str`Nyeste (fra ${label})`, { id: 'field.tariffDate.newest' }) : msg(str`Fra ${label}`, { id: 'field.tariffDate.from' })}
          </option>`;
        })}
      </select>
      ${dateError ? html`<p class="error" id="${dateId}-err">${c.errorText(dateError)}</p>` : nothing}
    </div>
    ${textField(c, 'annualGrowth', growthLabel(), growthHint(), 'decimal', '%')}`;
}

/**
 * The one number field of every element: a label, an optional hint, the text input, the unit and
 * the error, tied together with `aria-describedby`; and the one way typed text becomes a value for
 * the model, so a field behaves the same everywhere (clearing "År med erfaring" says "Skriv et
 * tall." in the calculator and in a comparison card alike).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseUserNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/localize.js';

/**
 * What typed text gives the model: a number; `null` for an empty optional field (e.g. age); else
 * the text itself, which the model reports at its field ("Skriv et tall.") while the field keeps
 * what was typed.
 */
export function typedNumber(text: string, options: { optional?: boolean } = {}): number | string | null {
  if (text.trim() === '') return options.optional ? null : text;
  const n = parseUserNumber(text);
  return Number.isNaN(n) ? text : n;
}

/** A number as it is shown in a field to edit: no grouping, the locale's decimal mark. */
export function editable(value: number | string | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return locale === 'en' ? String(value) : String(value).replace('.', ',');
  return value;
}

export interface NumberFieldOptions {
  /** The input's id; the hint and the error get `${id}-hint` and `${id}-err`. */
  id: string;
  label: string;
  hint?: string;
  /** Shown after the input (not read out: the label says it). */
  unit: string;
  mode: 'numeric' | 'decimal';
  /** The text in the field: what was typed, or the value shown with `editable`. */
  value: string;
  /** The error's words, when the field has one. */
  error?: string;
  /** Called with the text on every input. */
  input(text: string): void;
  /** Extra class names of the field (for the element's own styles, e.g. print). */
  cls?: string;
}

/**
 * The input alone (for a control that puts it beside another, like an amount with its unit);
 * `describedBy` then names the ids of its hint and error, which the control renders.
 */
export function numberInput(o: Omit<NumberFieldOptions, 'label' | 'unit'> & { describedBy?: string }): TemplateResult {
  const described = o.describedBy ?? [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-err` : ''].filter(Boolean).join(' ');
  return html`<input
    id=${o.id}
    type="text"
    inputmode=${o.mode}
    autocomplete="off"
    .value=${o.value}
    aria-invalid=${o.error ? 'true' : 'false'}
    aria-describedby=${described || nothing}
    @input=${(e: Event) => o.input((e.target as HTMLInputElement).value)}
  />`;
}

export function numberField(o: NumberFieldOptions): TemplateResult {
  return html`<div class="field ${o.cls ?? ''} ${o.error ? 'invalid' : ''}">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    <div class="input-unit">
      ${numberInput(o)}
      <span class="unit" aria-hidden="true">${o.unit}</span>
    </div>
    ${o.error ? html`<p class="error" id="${o.id}-err">${o.error}</p>` : nothing}
  </div>`;
}

/**
 * The one number field of every element: a label, an optional hint, the text input, the unit and
 * the error, tied together with `aria-describedby`. What typed text gives the model and how a value
 * is shown to edit are the form model's (ui/form/parsers.ts, formatters.ts), so a field behaves the
 * same everywhere (clearing "År med erfaring" says "Skriv et tall." in the calculator and in a
 * comparison card alike).
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface NumberFieldOptions {
  /** The input's id; the hint and the error get `${id}-hint` and `${id}-err`. */
  id: string;
  label: string;
  hint?: string;
  /** Shown after the input (not read out: the label says it). */
  unit: string;
  mode: 'numeric' | 'decimal';
  /** The text in the field: what was typed, or the value shown with `editable` (ui/form/formatters.ts). */
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

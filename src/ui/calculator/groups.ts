/**
 * The calculator's closed groups as the element shows them: which are open (opened by the person,
 * or for the form's values: form-groups.ts; a re-render never closes one) and their bodies ("Flere
 * valg" is in the first download: more-fields.ts; the other two come with the closed parts).
 */
import type { TemplateResult } from 'lit';
import type { FormState } from '../form/form-state.js';
import { groupsWanted, type GroupName } from './form-groups.js';
import { moreFields } from './more-fields.js';
import { closedPart } from './parts.js';
import { groupsBlock, type FormContext } from './templates.js';

export class FormGroups {
  private readonly opened = new Set<string>();

  /** `wants`: load the closed parts (a group is pointed at or opened before its code arrived). */
  constructor(private readonly wants: () => void) {}

  render(form: FormState, c: FormContext): TemplateResult {
    const wanted = groupsWanted(form);
    const open = (name: GroupName) => {
      if (wanted[name]) this.opened.add(name);
      return this.opened.has(name);
    };
    return groupsBlock({
      open,
      toggle: this.toggle,
      wants: this.wants,
      body: (name) =>
        name === 'more' ? moreFields(c) : closedPart((d) => (name === 'supplements' ? d.supplementsBody(c) : d.hoursBody(c))),
    });
  }

  private toggle = (e: Event): void => {
    const d = e.currentTarget as HTMLDetailsElement;
    if (d.open) this.opened.add(d.dataset.group!);
    else this.opened.delete(d.dataset.group!);
    // Something closed was opened before its code arrived: load it now ("Flere valg" has its code).
    if (d.open && d.dataset.group !== 'more') this.wants();
  };
}

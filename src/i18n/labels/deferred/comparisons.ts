/** Shift presets and the quick comparisons. Loaded by the parts that show them. */
import type { QuickComparisonId, ShiftPresetId } from '../../../model/index.js';
import { msg } from '../../localize.js';
import { agreementName } from '../index.js';

export function presetName(p: ShiftPresetId): string {
  switch (p) {
    case 'day':
      return msg('Dagtid', { id: 'preset.day' });
    case 'twoShift':
      return msg('Todelt turnus (dag og kveld, hver 3. helg)', { id: 'preset.twoShift' });
    case 'threeShift':
      return msg('Tredelt turnus (dag, kveld og natt, hver 3. helg)', { id: 'preset.threeShift' });
  }
}

/** The question a quick comparison answers (a button label). */
export function quickComparisonName(id: QuickComparisonId): string {
  switch (id) {
    case 'workplace':
      return msg('Kommune, sykehus eller legekontor?', { id: 'quick.workplace' });
    case 'fagskole':
      return msg('Lønner fagskole seg?', { id: 'quick.fagskole' });
    case 'partTime':
      return msg('100 % eller 80 %?', { id: 'quick.partTime' });
    case 'shifts':
      return msg('Dagtid eller turnus?', { id: 'quick.shifts' });
  }
}

/** Names of the scenarios in the quick comparisons (message ids from the model's presets). */
export function quickLabel(id: string): string {
  switch (id) {
    case 'agreement.ks':
      return agreementName('ks');
    case 'agreement.spekter':
      return agreementName('spekter');
    case 'agreement.legekontor':
      return agreementName('legekontor');
    case 'preset.day':
      return presetName('day');
    case 'compare.name.withoutFagskole':
      return msg('Uten fagskole', { id: 'compare.name.withoutFagskole' });
    case 'compare.name.withFagskole':
      return msg('Med fagskole', { id: 'compare.name.withFagskole' });
    case 'compare.name.fullTime':
      return msg('Heltid', { id: 'compare.name.fullTime' });
    case 'compare.name.partTime80':
      return msg('80 % stilling', { id: 'compare.name.partTime80' });
    case 'compare.name.threeShift':
      return msg('Tredelt turnus', { id: 'compare.name.threeShift' });
    default:
      return id;
  }
}

/** Names of the parts of pay and of the kinds of inconvenient hours. Loaded by the parts that show them. */
import type { PartId, ShiftType } from '../../../model/index.js';
import { msg, str } from '../../localize.js';
import { overtimeLabel } from './common.js';

export function shiftName(type: ShiftType): string {
  switch (type) {
    case 'evening':
      return msg('Kveld', { id: 'shift.evening' });
    case 'night':
      return msg('Natt', { id: 'shift.night' });
    case 'weekend':
      return msg('Lørdag og søndag', { id: 'shift.weekend' });
    case 'holiday':
      return msg('Helge- og høytidsdager', { id: 'shift.holiday' });
  }
}

export function partName(id: PartId): string {
  switch (id) {
    case 'tariffMinimum':
      return msg('Minstelønn etter tariff', { id: 'part.tariffMinimum' });
    case 'localEducationSupplement':
      return msg('Tillegg for fagskole', { id: 'part.localEducationSupplement' });
    case 'responsibilitySupplement':
      return msg('Tillegg for ansvar', { id: 'part.responsibilitySupplement' });
    case 'individualSupplement':
      return msg('Personlig tillegg', { id: 'part.individualSupplement' });
    case 'overtime':
      return overtimeLabel();
    case 'unpaidStudy':
      return msg('Permisjon uten lønn for studier', { id: 'part.unpaidStudy' });
    default: {
      const type = id.slice('shift.'.length) as ShiftType;
      const name = shiftName(type);
      return msg(str`Tillegg: ${name}`, { id: 'part.shift' });
    }
  }
}

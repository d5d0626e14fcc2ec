/**
 * The table columns and form words that the calculator's closed parts, the comparison's cards and
 * the CSV share: each message declared once, here. Call these while rendering.
 */
import { msg } from '../../localize.js';

export const grossAnnualLabel = (): string => msg('Brutto i året', { id: 'table.gross' });

export const grossMonthlyLabel = (): string => msg('Brutto i måneden', { id: 'table.grossMonthly' });

export const minimumLabel = (): string => msg('Minstelønn', { id: 'table.minimum' });

export const studyCostLabel = (): string => msg('Studiekostnad', { id: 'compare.further.cost' });

export const presetLabel = (): string => msg('Arbeidstid', { id: 'field.preset' });

export const customPresetName = (): string => msg('Egen fordeling', { id: 'preset.custom' });

export const nokUnit = (): string => msg('kr', { id: 'unit.nok' });

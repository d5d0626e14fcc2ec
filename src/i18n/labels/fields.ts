/**
 * Words that the calculator's first render shows and other parts show too (the comparison's cards,
 * the breakdown, the CSV): each message declared once, here. Call these while rendering.
 */
import { msg } from '../localize.js';

export const yearsLabel = (): string => msg('År med erfaring', { id: 'field.years' });

export const yearsUnit = (): string => msg('år', { id: 'unit.years' });

export const positionLabel = (): string => msg('Stillingsprosent', { id: 'field.position' });

export const educationLabel = (): string => msg('Utdanning', { id: 'field.education' });

export const growthLabel = (): string => msg('Antatt lønnsvekst framover', { id: 'field.growth' });

export const growthHint = (): string => msg('Prosent i året. 0 viser alt i dagens kroner.', { id: 'field.growth.hint' });

export const annualLabel = (): string => msg('Brutto årslønn', { id: 'summary.annual' });

export const hourlyLabel = (): string => msg('Timelønn', { id: 'summary.hourly' });

export const whySummary = (): string => msg('Hvorfor dette tallet?', { id: 'why.summary' });

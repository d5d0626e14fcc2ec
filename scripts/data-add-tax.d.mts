// Types of scripts/data-add-tax.mjs, for the tests.
import type { SourceInput } from './data-add-lib.mjs';

export type TaxStatus = 'proposed' | 'adopted';
export const TAX_STATUSES: TaxStatus[];
export type TaxField =
  | 'ordinaryRate'
  | 'personfradrag'
  | 'minstefradragPercent'
  | 'minstefradragMax'
  | 'trinnskatt'
  | 'trygdeavgiftPercent'
  | 'trygdeavgiftLowerLimit'
  | 'trygdeavgiftPhaseInPercent'
  | 'innsatssonen.ordinaryRate'
  | 'innsatssonen.finnmarksfradrag';
export const TAX_FIELDS: Record<TaxField, 'percent' | 'amount' | 'steps'>;
export type TrinnskattSteps = Array<{ from: number; percent: number }>;
export function parsePercent(text: string): number | undefined;
export function parseSets(list?: string[]): Map<TaxField, number | TrinnskattSteps>;
export interface TaxChange {
  year: number;
  status?: TaxStatus;
  sets: Map<TaxField, number | TrinnskattSteps>;
  source: SourceInput & { retrieved: string };
  note: string;
  verification: 'primary' | 'secondary';
}
export interface TaxResult {
  created: boolean;
  sourceId: string;
  sourceIsNew: boolean;
  before: { status: TaxStatus | null; source: string | null; verification: string | null; note: boolean };
  status: TaxStatus;
  changes: Array<{ field: TaxField; before: number | TrinnskattSteps | null; after: number | TrinnskattSteps }>;
  unset: TaxField[];
  zoneKept: { ordinaryRate: number; finnmarksfradrag: number; source: string } | null;
  zoneNoteDropped: boolean;
}
export function setTaxYear(tax: unknown, change: TaxChange): TaxResult;
export function inlineTax(key: string | null, parentKey: string | null, container: object): boolean;
export function taxReport(change: TaxChange, result: TaxResult, file: string): string[];

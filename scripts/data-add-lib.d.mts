// Types of scripts/data-add-lib.mjs, for the tests.
export class Refusal extends Error {}
export function refuse(message: string): never;
export const AMOUNT_MIN: number;
export const AMOUNT_MAX: number;
export function isRealDate(s: string): boolean;
export function localToday(now?: Date): string;
export interface SourceInput {
  title: string;
  url: string;
  publisher: string;
}
export function checkSource(args: { url?: string; title?: string; publisher?: string }, printed?: string): SourceInput;
export function cell(text: string): string;
export function csvLines(text: string): string[];
export function parseAmount(text: string): number | null | undefined;
export type CsvStep = [years: number, amount: number | null];
export function parseCsv(text: string, name: string): CsvStep[];
export function kroner(n: number): string;
export function signed(n: number): string;
export function percentText(rise: number, base: number): string;
export function slug(text: string): string;
export function isObject(v: unknown): v is Record<string, unknown>;
export function sourceId(
  sources: Record<string, unknown>,
  source: SourceInput & { retrieved: string },
  from: string,
): { id: string; isNew: boolean };
export interface AddInput {
  id: string;
  group: string;
  from: string;
  steps: CsvStep[];
  kind: 'published' | 'derived';
  note?: string;
  source: SourceInput & { retrieved: string };
}
export interface AddResult {
  created: boolean;
  sourceId: string;
  sourceIsNew: boolean;
  previous: string | null;
  rises: Array<{ years: number; amount: number | null; against: { from: string; years: number; amount: number } | null }>;
  leftOut: number[];
  coveredRounds: string[];
  otherGroups: string[];
}
export function addTable(agreement: unknown, add: AddInput): AddResult;
export function inlineNew(key: string | null, parentKey: string | null): boolean;
export function report(add: AddInput, result: AddResult, file: string): string[];

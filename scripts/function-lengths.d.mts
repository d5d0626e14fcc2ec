// Types of scripts/function-lengths.mjs, for the tests.
export const MAX_LINES: number;
export interface FunctionLength {
  name: string;
  line: number;
  lines: number;
}
export function tsFiles(dir: string): string[];
export function functionsIn(text: string, file?: string): FunctionLength[];
export function longFunctions(files: string[], max?: number): Array<FunctionLength & { file: string }>;

// Types of scripts/json-layout.mjs, for the tests.
export interface Layout {
  value: unknown;
  original: WeakSet<object>;
  inline: WeakSet<object>;
}
export function parseWithLayout(text: string): Layout;
export function formatWithLayout(
  value: unknown,
  layout: Pick<Layout, 'original' | 'inline'>,
  inlineNew?: (key: string | null, parentKey: string | null, container: object) => boolean,
): string;

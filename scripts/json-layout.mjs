// Reads a JSON file and writes it back in its own layout, so that a script's edit of a data file
// is a small, readable diff: 2-space indentation, and every object or array that was written on
// one line (`"steps": { "0": 352200, "2": 358600 }`, `["minstefradragPercent"]`) stays on one
// line. Containers the script adds follow `inlineNew(key, parentKey, value)`; everything else is
// written one entry per line, as `JSON.stringify(value, null, 2)` would.

/**
 * `JSON.parse(text)` plus the layout: `original` holds every object and array read from the
 * text, `inline` those of them written on one line. Throws what JSON.parse throws.
 */
export function parseWithLayout(text) {
  const value = JSON.parse(text);
  // The containers' spans in the order their opening brackets appear (strings skipped).
  const spans = [];
  const open = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (ch === '{' || ch === '[') {
      open.push(spans.length);
      spans.push({ start: i, oneLine: false });
    } else if (ch === '}' || ch === ']') {
      const span = spans[open.pop()];
      span.oneLine = !text.slice(span.start, i).includes('\n');
    }
  }
  // JSON.parse keeps the text's key order (except integer-like keys, which JS puts first in
  // ascending order; the data writes step keys that way), so a pre-order walk meets the
  // containers in the same order.
  const original = new WeakSet();
  const inline = new WeakSet();
  let n = 0;
  (function walk(v) {
    if (v === null || typeof v !== 'object') return;
    const span = spans[n++];
    original.add(v);
    if (span?.oneLine) inline.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) walk(child);
  })(value);
  return { value, original, inline };
}

/**
 * The text of `value` (with a final newline): containers from the original text keep their
 * layout, new ones are on one line where `inlineNew(key, parentKey, container)` says so. The
 * items of an array get the array's key and parent key (the container tells them apart).
 */
export function formatWithLayout(value, { original, inline }, inlineNew = () => false) {
  const oneLine = (v) => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map(oneLine).join(', ')}]`;
    const entries = Object.entries(v);
    if (!entries.length) return '{}';
    return `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${oneLine(x)}`).join(', ')} }`;
  };
  const write = (v, indent, key, parentKey) => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const isInline = original.has(v) ? inline.has(v) : inlineNew(key, parentKey, v);
    const items = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    if (isInline || !items.length) return oneLine(v);
    const inner = `${indent}  `;
    const lines = items.map(([k, x]) => {
      const text = write(x, inner, Array.isArray(v) ? key : k, Array.isArray(v) ? parentKey : key);
      return Array.isArray(v) ? `${inner}${text}` : `${inner}${JSON.stringify(k)}: ${text}`;
    });
    const [o, c] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    return `${o}\n${lines.join(',\n')}\n${indent}${c}`;
  };
  return `${write(value, '', null, null)}\n`;
}

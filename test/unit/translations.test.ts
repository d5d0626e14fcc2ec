import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The trans-units of xliff/<locale>.xlf. */
function unitsOf(locale: string): Array<{ id: string; source: string; target: string | undefined }> {
  const xml = readFileSync(new URL(`../../xliff/${locale}.xlf`, import.meta.url), 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => ({
    id: m[1],
    source: /<source>([\s\S]*?)<\/source>/.exec(m[2])?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(m[2])?.[1],
  }));
}

/** Every message is translated in both target languages, with the same placeholders. */
describe.each(['nn', 'en'])('xliff/%s.xlf', (locale) => {
  const units = unitsOf(locale);
  const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

  it('has messages', () => expect(units.length).toBeGreaterThan(150));

  it.each(units.map((u) => [u.id, u]))('%s is translated with the same placeholders', (_, u) => {
    expect(u.target?.trim()).toBeTruthy();
    expect(placeholders(u.target!)).toEqual(placeholders(u.source));
  });
});

/** Nynorsk only (the English file would pass this vacuously: it has none of these words to begin with). */
describe('xliff/nn.xlf in nynorsk', () => {
  const targets = unitsOf('nn')
    .map((u) => u.target ?? '')
    .join('\n');

  it('is nynorsk: its own words are there (so the check below reads real nynorsk text)', () => {
    for (const word of [/\bikkje\b/, /\bkva\b/i, /\bløn\b/, /\bsjukehus\b/i]) expect(targets).toMatch(word);
  });

  it('leaves no bokmål-only words in nynorsk', () => {
    for (const word of [/\bikke\b/, /\bhva\b/i, /\bhvor\b/i, /\blønn\b/, /\bfra\b/, /\bbare\b/, /\bkilde\b/i, /\bsykehus\b/i]) {
      expect(targets).not.toMatch(word);
    }
  });
});

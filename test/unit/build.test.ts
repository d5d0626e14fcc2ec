import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../vite.config.js';

describe('minifyCss (the build step for Lit css templates)', () => {
  it('drops comments and the whitespace CSS does not need, keeping combinators and calc() operators', () => {
    const css = `
      /* a comment */
      .a .b,
      .c > .d :focus-visible {
        margin: 0 0 0.5em; /* trailing */
        width: calc(100% - 2px);
        font-family: a, b;
      }
      @media (min-width: 50em) {
        .e { color: red !important; }
      }`;
    expect(minifyCss(css).trim()).toBe(
      '.a .b,.c > .d :focus-visible{margin:0 0 0.5em;width:calc(100% - 2px);font-family:a,b}@media (min-width:50em){.e{color:red !important}}',
    );
  });
});

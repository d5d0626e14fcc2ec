/**
 * The first render of <pay-ladder> when its closed parts (calculator-details.ts) have not loaded
 * yet. A file of its own: each test file runs in a fresh page, so nothing has loaded them before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { checkEachTest, plain } from './helpers.js';

describe('<pay-ladder> first render before its closed parts have loaded', () => {
  it('a group opened by an attribute has its fields in the first render (its code loads before it)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pay-ladder');
    el.setAttribute('overtime', '100');
    let first: { open: boolean; field: boolean; table: boolean } | null = null;
    host.append(el);
    const observer = new MutationObserver(() => {
      const r = el.shadowRoot!;
      if (first || !r.querySelector('.figure')) return;
      const hours = r.querySelector<HTMLDetailsElement>('details[data-group="hours"]')!;
      first = { open: hours.open, field: !!hours.querySelector('input[id$="-overtimeHoursPerYear"]'), table: !!r.querySelector('table') };
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    observer.disconnect();
    expect(first).to.deep.equal({ open: true, field: true, table: false });
    expect(plain(el.shadowRoot!.querySelector('.figure')!.textContent)).to.not.equal('437 300 kr');
  });

});

checkEachTest();

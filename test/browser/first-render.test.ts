/**
 * The first render of <pay-ladder> when its closed parts (src/ui/calculator/deferred/fields-and-sources.ts) have not loaded
 * yet. A file of its own: each test file runs in a fresh page, so nothing has loaded them before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { checkEachTest, plain } from './helpers.js';

describe('<pay-ladder> first render before its closed parts have loaded', () => {
  it('a group opened by an attribute, and an error message, are in the first render (their code loads before it)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // Two elements, added in the same task: each must wait for the closed parts for its own reason.
    const grouped = document.createElement('pay-ladder');
    grouped.setAttribute('overtime', '100');
    const wrong = document.createElement('pay-ladder');
    wrong.setAttribute('position', '250');
    const firsts = new Map<Element, { open: boolean; field: boolean; table: boolean; error: string }>();
    host.append(grouped, wrong);
    const observers = [grouped, wrong].map((el) => {
      const observer = new MutationObserver(() => {
        const r = el.shadowRoot!;
        if (firsts.has(el) || !r.querySelector('.figure')) return;
        const hours = r.querySelector<HTMLDetailsElement>('details[data-group="hours"]')!;
        const error = plain(r.querySelector('input[id$="-positionPercent"]')?.closest('.field')?.querySelector('.error')?.textContent);
        firsts.set(el, {
          open: hours.open,
          field: !!hours.querySelector('input[id$="-overtimeHoursPerYear"]'),
          table: !!r.querySelector('table'),
          error,
        });
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      return observer;
    });
    await Promise.all([grouped.updateComplete, wrong.updateComplete]);
    observers.forEach((o) => o.disconnect());
    expect(firsts.get(grouped)).to.deep.equal({ open: true, field: true, table: false, error: '' });
    expect(firsts.get(wrong)).to.deep.include({ open: false, error: 'Skriv et tall fra 1 til 100.' });
    expect(plain(grouped.shadowRoot!.querySelector('.figure')!.textContent)).to.not.equal('437 300 kr');
  });
});

checkEachTest();

/**
 * Smoke test of the real elements, as a page gets them from the registration entry (src/define.ts):
 * `<pay-ladder>` is defined at once, `<pay-ladder-compare>` once it is used; each renders into its shadow DOM,
 * an attribute changes the figure, an input fires exactly one change event, and axe-core (through
 * @open-wc/testing's `accessible()` assertion) finds nothing wrong. Also: axe-core finds a real
 * violation, so the check is not a no-op.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PayLadder } from '../../src/ui/calculator/pay-ladder.js';
import type { PayLadderCompare } from '../../src/ui/compare/pay-ladder-compare.js';
import type { PayLadderChangeDetail } from '../../src/ui/events.js';
import { $, checkEachTest, collect, plain, settle } from './helpers.js';

checkEachTest();

describe('smoke: the real elements', () => {
  it('src/define.ts registers <pay-ladder> at once (the comparison and the chart load when used)', () => {
    expect(customElements.get('pay-ladder')).to.be.a('function');
  });

  it('<pay-ladder> renders its figure, follows an attribute and fires one change per input', async () => {
    const el = await fixture<PayLadder>(html`<pay-ladder no-url-sync years="10"></pay-ladder>`);
    await settle(el);
    expect(plain($(el, '.figure')?.textContent)).to.equal('496 700 kr');
    const changes = collect<PayLadderChangeDetail>('pay-ladder-change');
    el.setAttribute('years', '0');
    await settle(el);
    expect(plain($(el, '.figure')?.textContent)).to.equal('437 300 kr');
    expect(changes.map((e) => e.detail.result.current.grossAnnual)).to.deep.equal([437300]);
    await expect(el).to.be.accessible();
  });

  it('<pay-ladder-compare> renders its cards and results', async () => {
    const el = await fixture<PayLadderCompare>(html`<pay-ladder-compare no-url-sync></pay-ladder-compare>`);
    await settle(el);
    expect(customElements.get('pay-ladder-compare')).to.be.a('function');
    expect(el.entries.map((e) => e.scenario.agreement)).to.deep.equal(['ks', 'spekter', 'legekontor']);
    expect(el.shadowRoot!.querySelectorAll('section.card')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('lets axe-core find a real violation (the check is not a no-op)', async () => {
    const el = await fixture(html`<div><img src="data:," /></div>`);
    await expect(el).not.to.be.accessible();
  });
});

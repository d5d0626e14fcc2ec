import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { definePayLadder } from '../../src/ui/base/define-elements.js';
import { plain } from './helpers.js';

describe('definePayLadder({ prefix })', () => {
  it('registers the calculator, chart and comparison under another prefix, and renders with them', async () => {
    await definePayLadder({ prefix: 'my-pay' });
    expect(customElements.get('pay-ladder')).to.equal(undefined);
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<my-pay no-url-sync></my-pay>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(plain(root.querySelector('.figure')?.textContent)).to.equal('437 300 kr');
    expect(root.querySelector('my-pay-chart')).to.exist;
    expect(root.querySelector('pay-ladder-chart')).to.equal(null);
    const add = [...root.querySelectorAll('button')].find((b) => /sammenligningen/.test(b.textContent ?? ''))!;
    add.click();
    await waitUntil(() => root.querySelector('my-pay-compare'), 'the comparison under the prefix');
    expect(customElements.get('my-pay-compare')).to.exist;
  });

  it('rejects a prefix that is not a valid custom element name', () => {
    expect(() => definePayLadder({ prefix: 'NoDash' })).to.throw(TypeError);
  });
});

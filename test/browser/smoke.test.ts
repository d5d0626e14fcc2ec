/**
 * Smoke test of the browser test set-up: Chromium starts, esbuild transpiles TypeScript with the
 * project's tsconfig (useDefineForClassFields: false, so class fields go through Lit's reactive
 * accessors, as in the elements, which declare `static properties`), Lit renders into shadow DOM, and axe-core
 * (through @open-wc/testing's `accessible()` assertion) checks the result.
 */
import { LitElement, css, html } from 'lit';
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';

class SmokeProbe extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  static override properties = {
    label: { type: String },
    amount: { type: Number },
  };

  label = 'Månedslønn';

  amount = 0;

  override render() {
    return html`
      <label for="amount">${this.label}</label>
      <input id="amount" type="number" .value=${String(this.amount)} />
      <output for="amount">${this.amount.toLocaleString('nb-NO')} kr</output>
    `;
  }
}

customElements.define('pay-ladder-smoke-probe', SmokeProbe);

declare global {
  interface HTMLElementTagNameMap {
    'pay-ladder-smoke-probe': SmokeProbe;
  }
}

describe('browser test set-up', () => {
  it('defines the element, whose class fields are reactive properties', () => {
    expect(customElements.get('pay-ladder-smoke-probe')).to.equal(SmokeProbe);
  });

  it('renders reactive properties into shadow DOM', async () => {
    const el = await fixture<SmokeProbe>(fixtureHtml`<pay-ladder-smoke-probe label="Årslønn" .amount=${512300}></pay-ladder-smoke-probe>`);
    expect(el.shadowRoot).to.exist;
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Årslønn');
    const output = el.shadowRoot!.querySelector('output')!.textContent.replace(/\s/g, ' ');
    expect(output).to.equal('512 300 kr');

    el.amount = 600000;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('600000');
  });

  it('passes an axe-core accessibility check', async () => {
    const el = await fixture<SmokeProbe>(fixtureHtml`<pay-ladder-smoke-probe></pay-ladder-smoke-probe>`);
    await expect(el).to.be.accessible();
  });

  it('lets axe-core find a real violation (the check is not a no-op)', async () => {
    const el = await fixture(fixtureHtml`<div><img src="data:," /></div>`);
    await expect(el).not.to.be.accessible();
  });
});

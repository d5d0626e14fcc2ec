/**
 * Smoke test of the browser test set-up: Chromium starts, esbuild transpiles TypeScript with the
 * project's tsconfig (Lit's experimental decorators), Lit renders into shadow DOM, and axe-core
 * (through @open-wc/testing's `accessible()` assertion) checks the result.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';

@customElement('pay-ladder-smoke-probe')
class SmokeProbe extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  @property({ type: String }) label = 'Månedslønn';

  @property({ type: Number }) amount = 0;

  override render() {
    return html`
      <label for="amount">${this.label}</label>
      <input id="amount" type="number" .value=${String(this.amount)} />
      <output for="amount">${this.amount.toLocaleString('nb-NO')} kr</output>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pay-ladder-smoke-probe': SmokeProbe;
  }
}

describe('browser test set-up', () => {
  it('defines the element through the @customElement decorator', () => {
    expect(customElements.get('pay-ladder-smoke-probe')).to.equal(SmokeProbe);
  });

  it('renders reactive properties into shadow DOM', async () => {
    const el = await fixture<SmokeProbe>(
      fixtureHtml`<pay-ladder-smoke-probe label="Årslønn" .amount=${512300}></pay-ladder-smoke-probe>`,
    );
    expect(el.shadowRoot).to.exist;
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Årslønn');
    const output = el.shadowRoot!.querySelector('output')!.textContent!.replace(/\s/g, ' ');
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

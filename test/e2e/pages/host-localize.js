// The host page's own localization: its own copy of Lit and @lit/localize (from node_modules
// through the import map), its own configureLocalization, locale 'de' and template.
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html } from 'lit';

const de = {
  'host.heading': 'Willkommen auf unserer Karriereseite',
  'host.intro': 'Hier sehen Sie, was eine Gesundheitssekretärin in Norwegen verdient.',
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async (locale) => {
    if (locale !== 'de') throw new Error(`unknown locale ${locale}`);
    return { templates: de };
  },
});

class HostGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  createRenderRoot() {
    return this;
  }
  render() {
    return html`<h1>${msg('Welcome to our careers page', { id: 'host.heading' })}</h1>
      <p>${msg('See what a medical secretary earns in Norway.', { id: 'host.intro' })}</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);

// For the test: the host's msg() and locale, read at any time.
window.hostLocalize = {
  getLocale,
  heading: () => msg('Welcome to our careers page', { id: 'host.heading' }),
};

await setLocale('de');
document.documentElement.dataset.hostLocale = getLocale();

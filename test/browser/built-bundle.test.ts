/**
 * The BUILT bundle (`dist/define.js`, from `npm run build`) in plain Chromium, loaded the way a
 * CMS page loads it: `<script type="module" src="…/define.js">`. Nothing here imports the
 * TypeScript sources. web-test-runner.config.js serves /dist/ byte for byte (no esbuild pass), so
 * a bundle that Chromium cannot run fails here, as it would on a real page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const BUNDLE = '/dist/define.js';

/** As in ./helpers.js, which this file does not import: it loads sources (src/state, chart.js). */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

interface BuiltPayLadder extends HTMLElement {
  updateComplete: Promise<boolean>;
}
interface BuiltChart extends HTMLElement {
  ready: Promise<void>;
  updateComplete: Promise<boolean>;
  series: Array<{ values: Array<number | null> }>;
}

const logs: string[] = [];
let loadError: unknown;

/** Loads the bundle once per page, as a module script. */
async function loadBundle(): Promise<void> {
  const head = await fetch(BUNDLE, { cache: 'no-store' });
  if (!head.ok) {
    throw new Error(`${BUNDLE} is missing (HTTP ${head.status}): run \`npm run build\` before the browser tests.`);
  }
  // Lit's development build announces itself; the shipped bundle must be the production build.
  for (const level of ['warn', 'info', 'log'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      logs.push(args.map(String).join(' '));
      original(...args);
    };
  }
  const onError = (e: ErrorEvent) => (loadError = e.error ?? e.message);
  window.addEventListener('error', onError);
  try {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = BUNDLE;
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => reject(new Error(`${BUNDLE} failed to load`)));
      document.head.append(script);
    });
  } finally {
    window.removeEventListener('error', onError);
  }
  if (loadError) {
    const reason = loadError instanceof Error ? String(loadError) : JSON.stringify(loadError);
    throw new Error(`${BUNDLE} threw while running: ${reason}`, { cause: loadError });
  }
}

/**
 * As forgetUrlState in ./helpers.js: the first widget on a page keeps its state in `?pl=` and reads
 * it when it connects, so a test whose widget changed it (`years="10"` below, once its link writer
 * has loaded) must not hand that link to the next test's widgets.
 */
function forgetUrlState(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('pl')) return;
  url.searchParams.delete('pl');
  history.replaceState(history.state, '', url.href);
}

describe('built bundle dist/define.js', () => {
  before(async () => {
    expect(customElements.get('pay-ladder'), 'nothing registered <pay-ladder> before the bundle').to.equal(undefined);
    await loadBundle();
  });
  beforeEach(forgetUrlState);

  it('registers the elements and renders 437 300 kr with the defaults', async () => {
    expect(customElements.get('pay-ladder')).to.be.a('function');
    expect((globalThis as { __payLadderVersion?: string }).__payLadderVersion).to.match(/^\d+\.\d+\.\d+/);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<pay-ladder></pay-ladder>';
    const el = host.querySelector('pay-ladder') as BuiltPayLadder;
    await el.updateComplete;
    // The chart element comes in a chunk of its own, with Chart.js; updateComplete waits for it.
    expect(customElements.get('pay-ladder-chart')).to.be.a('function');
    expect(plain(el.shadowRoot!.querySelector('.figure')?.textContent)).to.equal('437 300 kr');
    expect(plain(el.shadowRoot!.querySelector('.sentence')?.textContent)).to.equal(
      'Nå: 437 300 kr i året. Ved 10 års erfaring: 496 700 kr.',
    );
  });

  it('is the production build of Lit (no dev-mode warning)', () => {
    expect(logs.filter((l) => /dev mode/i.test(l))).to.deep.equal([]);
  });

  it('loads its lazy chunks: the chart, a language and the dataset validator', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<pay-ladder lang="en" years="10" data-src="/test/fixtures/schema-error.json"></pay-ladder>';
    const el = host.querySelector('pay-ladder') as BuiltPayLadder;
    await el.updateComplete;
    expect(plain(el.shadowRoot!.querySelector('.figure')?.textContent)).to.equal('NOK 496,700');
    expect(plain(el.shadowRoot!.querySelector('.figure-label')?.textContent)).not.to.equal('Brutto årslønn');

    const chart = el.shadowRoot!.querySelector('pay-ladder-chart') as BuiltChart;
    await chart.ready;
    expect(chart.series).to.have.length(2);
    expect(chart.series[0].values[10]).to.equal(496700);

    await waitUntil(() => el.shadowRoot!.querySelector('.alert[role="alert"]'), 'the schema alert (validator chunk)', { timeout: 5000 });
    expect(plain(el.shadowRoot!.querySelector('.alert')?.textContent)).to.match(/\d+/);
    expect(plain(el.shadowRoot!.querySelector('.figure')?.textContent)).to.equal('NOK 496,700');
  });

  it('speaks each language from its translation chunk', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<pay-ladder lang="nn"></pay-ladder><pay-ladder lang="en"></pay-ladder><pay-ladder lang="nb"></pay-ladder>';
    const [nn, en, nb] = [...host.querySelectorAll('pay-ladder')] as BuiltPayLadder[];
    await waitUntil(
      () => plain(nn.shadowRoot?.querySelector('.figure-label')?.textContent) === 'Brutto årsløn',
      'the nynorsk chunk arrives',
      { timeout: 5000 },
    );
    await waitUntil(
      () => plain(en.shadowRoot?.querySelector('.figure-label')?.textContent) !== 'Brutto årslønn',
      'the English chunk arrives',
      {
        timeout: 5000,
      },
    );
    const label = (el: BuiltPayLadder, field: string) => plain(el.shadowRoot!.querySelector(`label[for$="-${field}"]`)?.textContent);
    // "Stillingsprosent" is the same in nynorsk.
    expect([label(nb, 'yearsExperience'), label(nn, 'yearsExperience'), label(en, 'yearsExperience')]).to.deep.equal([
      'År med erfaring',
      'År med erfaring',
      'Years of experience',
    ]);
    expect([label(nb, 'positionPercent'), label(nn, 'positionPercent'), label(en, 'positionPercent')]).to.deep.equal([
      'Stillingsprosent',
      'Stillingsprosent',
      'Job percentage',
    ]);
    expect(plain(nn.shadowRoot!.querySelector('.figure')?.textContent)).to.equal('437 300 kr');
  });

  it('names only files that exist: every import and preload of every chunk, from define.js and register.js', async () => {
    const seen = new Set<string>();
    const missing: string[] = [];
    const visit = async (url: string, from: string): Promise<void> => {
      if (seen.has(url)) return;
      seen.add(url);
      const res = await fetch(url, { cache: 'no-store' });
      if (!res.ok) {
        missing.push(`${url} (HTTP ${res.status}, named in ${from})`);
        return;
      }
      const code = await res.text();
      const named = [...code.matchAll(/["'`](\.\.?\/[\w./-]+\.js)["'`]/g)].map((m) => new URL(m[1], url).href);
      await Promise.all(named.map((n) => visit(n, url)));
    };
    await Promise.all(['/dist/define.js', '/dist/register.js'].map((f) => visit(new URL(f, location.href).href, 'the test')));
    expect(missing).to.deep.equal([]);
    // The first download, the chart, both languages, the validator, the comparison, the year: all reached.
    expect(seen.size).to.be.greaterThan(15);
  });

  it('a second copy of the bundle does not throw', async () => {
    const before = customElements.get('pay-ladder');
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      await new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = `${BUNDLE}?copy=2`; // a different URL is a second module instance
        script.addEventListener('load', () => resolve());
        script.addEventListener('error', () => reject(new Error('second copy failed to load')));
        document.head.append(script);
      });
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    // The second define.js carries a second copy of the elements' code: the tags stay with the
    // first copy (it warns, with both versions: the end-to-end suite checks the warning, test/e2e).
    expect(customElements.get('pay-ladder')).to.equal(before);
  });
});

/**
 * <pay-ladder data-src>: a newer dataset from a URL is fetched, validated and used; every failure
 * (network, invalid JSON, schema) shows a localized alert and keeps the bundled figures; text from
 * a loaded dataset is rendered as text, never as HTML.
 *
 * Fixtures: test/fixtures/*.json are served byte for byte (web-test-runner.config.js keeps the
 * esbuild plugin off /test/fixtures/). A valid dataset is the bundled one serialised with changed
 * figures, served from a Blob URL, so it can never drift from the real data.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { defaultDataset, type Dataset } from '../../src/model/index.js';
import type { PayLadder, PayLadderChangeDetail, PayLadderErrorDetail } from '../../src/ui/calculator/pay-ladder.js';
import type { PayLadderCompare } from '../../src/ui/compare/pay-ladder-compare.js';
import { defaultFigures } from '../../src/ui/base/default-data.js';
import { $$, $, captureDownloads, chartOf, checkEachTest, emulatePrint, must, plain, root, settle } from './helpers.js';

/** The built-in data: its figures (the first download) or, once needed, the full dataset. */
const bundled = (d: unknown) => d === defaultDataset || d === defaultFigures;

const figure = (el: PayLadder) => plain(root(el).querySelector('.figure')?.textContent);
const alertText = (el: Element) => plain(root(el).querySelector('.alert[role="alert"]')?.textContent);

const MESSAGES = {
  network: 'Kunne ikke hente de oppdaterte lønnstallene. Viser de innebygde tallene i stedet.',
  json: 'De oppdaterte lønnstallene kunne ikke leses (ugyldig fil). Viser de innebygde tallene i stedet.',
  schema: /^De oppdaterte lønnstallene har (\d+) feil og blir ikke brukt\. Viser de innebygde tallene i stedet\.$/,
};

/** The bundled dataset, deep-copied, changed by `edit`, served from a Blob URL. */
function datasetUrl(edit: (d: Dataset) => void): string {
  const copy = JSON.parse(JSON.stringify(defaultDataset)) as Dataset;
  edit(copy);
  const url = URL.createObjectURL(new Blob([JSON.stringify(copy)], { type: 'application/json' }));
  urls.push(url);
  return url;
}
const urls: string[] = [];

/** KS 1.5.2024, fagarbeider (helsesekretær): the 0–4-year steps set to `amount`. */
function withKsStart(amount: number): (d: Dataset) => void {
  return (d) => {
    const table = d.agreements.ks.tables!.find((t) => t.effectiveFrom === '2024-05-01')!;
    const steps = table.groups.fagarbeider.steps;
    expect(steps['0']).to.equal(437300);
    steps['0'] = steps['2'] = steps['4'] = amount;
  };
}

/**
 * A site's own file: KS 1.5.2024 fagarbeider 0–4 years 440 000 (published 437 300), Spekter
 * 1.7.2024 gruppe 3 at 0 years 446 000 (published 436 000), and the KS table's source renamed.
 */
function siteData(d: Dataset): void {
  withKsStart(440000)(d);
  const spekter = d.agreements.spekter.tables!.find((t) => t.effectiveFrom === '2024-07-01')!;
  expect(spekter.groups['gruppe-3'].steps['0']).to.equal(436000);
  spekter.groups['gruppe-3'].steps['0'] = 446000;
  d.agreements.ks.sources['delta-helsesekretaer-privat-2024'].title = 'Nettstedets egne satser 2024';
}

/** The CSV lines (BOM and final CRLF removed) of the element's "Last ned tabell (CSV)". */
async function downloadCsv(el: Element): Promise<string[]> {
  const downloads = captureDownloads();
  const share = must<HTMLDetailsElement>(el, 'details.share');
  if (!share.open) share.querySelector('summary')!.click();
  await settle(el);
  const button = [...share.querySelectorAll<HTMLButtonElement>('button')].find((b) => plain(b.textContent) === 'Last ned tabell (CSV)');
  expect(button, 'the CSV button').to.exist;
  button!.click();
  await waitUntil(() => downloads.length === 1, 'a CSV download', { timeout: 3000 });
  const text = await (await fetch(downloads[0].href)).text();
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1);
}

const events = {
  errors: [] as Array<CustomEvent<PayLadderErrorDetail>>,
  changes: [] as Array<CustomEvent<PayLadderChangeDetail>>,
};
const onErrorEvent = (e: Event) => events.errors.push(e as CustomEvent<PayLadderErrorDetail>);
const onChangeEvent = (e: Event) => events.changes.push(e as CustomEvent<PayLadderChangeDetail>);

checkEachTest({
  setUp: () => {
    events.errors = [];
    events.changes = [];
    window.addEventListener('pay-ladder-error', onErrorEvent);
    window.addEventListener('pay-ladder-change', onChangeEvent);
  },
  tearDown: () => {
    window.removeEventListener('pay-ladder-error', onErrorEvent);
    window.removeEventListener('pay-ladder-change', onChangeEvent);
    urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
    delete (window as { __plXss?: unknown }).__plXss;
  },
});

async function mount(markup: string): Promise<PayLadder> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  const el = host.querySelector('pay-ladder')!;
  await el.updateComplete;
  return el;
}

/** Waits until a failed load of `data-src` shows its alert. */
async function loaded(el: PayLadder, what: string): Promise<void> {
  await waitUntil(() => alertText(el) !== '', `data-src failure shows: ${what}`, { timeout: 5000 });
  await el.updateComplete;
}

// First in this file, so the full built-in dataset has not been loaded by an earlier test.
describe('<pay-ladder> built-in data: figures first, then the full dataset', () => {
  it('renders from the figures without words, then switches to the full dataset with the same figures and the sources', async () => {
    // Without data-src or data, the loader is never fetched (this file imports the validator itself).
    const fetched = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/state/dataset-source'));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pay-ladder');
    expect(el.data).to.equal(defaultFigures);
    const before = JSON.stringify(el.result.rows.map((r) => [r.grossAnnual, r.netAnnualEstimate, r.hourly]));
    host.append(el);
    // updateComplete waits for the parts that load after the first render; the full dataset, with
    // the sources, loads only when a "Hvorfor dette tallet?" is about to open.
    await el.updateComplete;
    expect(el.data).to.equal(defaultFigures);
    expect(figure(el)).to.equal('437 300 kr');
    const why = root(el).querySelector<HTMLDetailsElement>('.breakdown details.why')!;
    why.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    why.open = true;
    await el.updateComplete;
    expect(el.data).to.equal(defaultDataset);
    expect(JSON.stringify(el.result.rows.map((r) => [r.grossAnnual, r.netAnnualEstimate, r.hourly]))).to.equal(before);
    const source = defaultDataset.agreements.ks.sources[defaultDataset.agreements.ks.tables!.at(-1)!.groups.fagarbeider.source];
    expect(source.title).to.have.length.above(10);
    expect(plain(why.textContent)).to.contain(`Kilde: ${source.title} (${source.publisher})`);
    expect(why.querySelector('a')!.getAttribute('href')).to.equal(source.url);
    expect(fetched()).to.deep.equal([]);
  });

  it('while the words are missing, "Hvorfor dette tallet?" says that the sources are being fetched', async () => {
    const el = await mount('<pay-ladder lang="en"></pay-ladder>');
    el.data = defaultFigures;
    await el.updateComplete;
    const why = root(el).querySelector<HTMLDetailsElement>('.breakdown details.why')!;
    expect(plain(why.querySelector('.provenance')!.textContent)).to.equal('Fetching the sources …');
    expect(why.querySelector('a')).to.equal(null);
    expect(figure(el)).to.equal('NOK 437,300');
  });
});

describe('<pay-ladder data-src>', () => {
  it('uses a valid dataset: the changed figure shows, in the figure, the table and the chart', async () => {
    const el = await mount(`<pay-ladder data-src="${datasetUrl(withKsStart(440000))}"></pay-ladder>`);
    await waitUntil(() => figure(el) === '440 000 kr', 'the loaded figure shows', { timeout: 5000 });
    expect(alertText(el)).to.equal('');
    expect(events.errors).to.have.length(0);
    expect(bundled(el.data)).to.equal(false);
    expect(el.data.agreements.ks.tables!.at(-1)!.groups.fagarbeider.steps['0']).to.equal(440000);
    expect(el.result.current.grossAnnual).to.equal(440000);
    // Unchanged steps come from the loaded data too.
    expect(el.result.rows[10].grossAnnual).to.equal(496700);
    const last = events.changes.at(-1)!;
    expect(last.detail.result.current.grossAnnual).to.equal(440000);

    const { chartEl } = await chartOf(el);
    expect(chartEl.series[0].values.slice(0, 7)).to.deep.equal([440000, 440000, 440000, 440000, 440000, 440000, 441500]);
  });

  it('keeps the scenario from attributes when the data arrives (years="4")', async () => {
    const el = await mount(`<pay-ladder years="4" position="50" data-src="${datasetUrl(withKsStart(450000))}"></pay-ladder>`);
    await waitUntil(() => figure(el) === '225 000 kr', 'the loaded figure at 50 %', { timeout: 5000 });
    expect(el.scenario.yearsExperience).to.equal(4);
  });

  const failures: Array<{ name: string; src: string; kind: 'network' | 'json' | 'schema' }> = [
    { name: 'a missing file (404)', src: '/test/fixtures/no-such-dataset.json', kind: 'network' },
    { name: 'a host that does not answer', src: 'http://127.0.0.1:9/dataset.json', kind: 'network' },
    { name: 'invalid JSON', src: '/test/fixtures/invalid-json.json', kind: 'json' },
    { name: 'JSON that breaks the schema', src: '/test/fixtures/schema-error.json', kind: 'schema' },
  ];
  for (const f of failures) {
    it(`${f.name}: a localized alert, the bundled figures and a pay-ladder-error event`, async () => {
      const el = await mount(`<pay-ladder years="10" data-src="${f.src}"></pay-ladder>`);
      await loaded(el, f.name);
      const message = alertText(el);
      if (f.kind === 'schema') {
        const m = MESSAGES.schema.exec(message);
        expect(m, message).not.to.equal(null);
        const data = events.errors.find((e) => e.detail.source === 'data')!;
        expect(Number(m![1])).to.equal(data.detail.errors.length);
        expect(data.detail.errors.length).to.be.greaterThan(0);
      } else expect(message).to.equal(MESSAGES[f.kind]);
      expect(figure(el)).to.equal('496 700 kr');
      expect(bundled(el.data), 'the built-in data').to.equal(true);
      const dataErrors = events.errors.filter((e) => e.detail.source === 'data');
      expect(dataErrors).to.have.length(1);
      expect(dataErrors[0].target).to.equal(el);
      expect(dataErrors[0].detail.message).to.be.a('string').and.not.equal('');
    });
  }

  it("the alert is in the element's language (en, nn)", async () => {
    const en = await mount('<pay-ladder lang="en" data-src="/test/fixtures/invalid-json.json"></pay-ladder>');
    await loaded(en, 'en');
    const nn = await mount('<pay-ladder lang="nn" data-src="/test/fixtures/no-such-dataset.json"></pay-ladder>');
    await loaded(nn, 'nn');
    const target = async (lang: string, id: string) => {
      const doc = new DOMParser().parseFromString(await (await fetch(`/xliff/${lang}.xlf`)).text(), 'application/xml');
      const unit = [...doc.querySelectorAll('trans-unit')].find((u) => u.getAttribute('id') === id);
      return plain(unit?.querySelector('target')?.textContent);
    };
    const enJson = await target('en', 'data.json');
    const nnNetwork = await target('nn', 'data.network');
    expect(enJson, 'xliff/en.xlf target of data.json').not.to.equal('');
    expect(nnNetwork, 'xliff/nn.xlf target of data.network').not.to.equal('');
    expect(enJson).not.to.equal(MESSAGES.json);
    expect(alertText(en)).to.equal(enJson);
    expect(alertText(nn)).to.equal(nnNetwork);
  });

  it('follows data-src changes: valid → missing → removed', async () => {
    const el = await mount(`<pay-ladder data-src="${datasetUrl(withKsStart(440000))}"></pay-ladder>`);
    await waitUntil(() => figure(el) === '440 000 kr', 'valid data', { timeout: 5000 });
    el.setAttribute('data-src', '/test/fixtures/no-such-dataset.json');
    await waitUntil(() => alertText(el) === MESSAGES.network, 'the network alert', { timeout: 5000 });
    expect(figure(el)).to.equal('437 300 kr');
    el.removeAttribute('data-src');
    await waitUntil(() => alertText(el) === '', 'the alert goes away', { timeout: 5000 });
    expect(figure(el)).to.equal('437 300 kr');
    expect(bundled(el.data), 'the built-in data').to.equal(true);
  });

  it('the last data-src wins when it changes before the first load finished', async () => {
    const el = await mount(`<pay-ladder data-src="${datasetUrl(withKsStart(440000))}"></pay-ladder>`);
    el.setAttribute('data-src', datasetUrl(withKsStart(450000)));
    await waitUntil(() => figure(el) === '450 000 kr', 'the second dataset', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(figure(el)).to.equal('450 000 kr');
  });

  it('renders text from a loaded dataset as text, never HTML', async () => {
    const attack = '<img src=x onerror="window.__plXss=1">';
    const src = datasetUrl((d) => {
      withKsStart(440000)(d);
      const source = d.agreements.ks.sources['delta-helsesekretaer-privat-2024'];
      source.title = `Tariff ${attack}`;
      source.publisher = '<b>Delta</b>';
      source.url = 'https://example.org/"onmouseover="window.__plXss=2';
      d.agreements.ks.name = `KS <script>window.__plXss=3</script>`;
      d.agreements.ks.payGroups!.fagarbeider = `<i>Fagarbeider</i>${attack}`;
    });
    const el = await mount(`<pay-ladder data-src="${src}"></pay-ladder>`);
    await waitUntil(() => figure(el) === '440 000 kr', 'the loaded data', { timeout: 5000 });
    for (const d of root(el).querySelectorAll('details')) d.open = true;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));

    const provenance = root(el).querySelector('.breakdown .provenance')!;
    expect(plain(provenance.textContent)).to.contain(`Kilde: Tariff ${attack} (<b>Delta</b>)`);
    expect(plain(provenance.textContent)).to.contain('Avtale: KS <script>window.__plXss=3</script> – <i>Fagarbeider</i>');
    expect(root(el).querySelectorAll('img, b, i, script')).to.have.length(0);
    const link = provenance.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/"onmouseover="window.__plXss=2');
    expect(link.hasAttribute('onmouseover')).to.equal(false);
    expect(link.getAttribute('rel')).to.contain('noopener');
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect((window as { __plXss?: unknown }).__plXss).to.equal(undefined);
  });

  it('refuses a dataset with a javascript: link (schema) and keeps the bundled data', async () => {
    const src = datasetUrl((d) => {
      withKsStart(440000)(d);
      d.agreements.ks.sources['delta-helsesekretaer-privat-2024'].url = 'javascript:window.__plXss=4';
    });
    const el = await mount(`<pay-ladder data-src="${src}"></pay-ladder>`);
    await loaded(el, 'javascript: link');
    expect(alertText(el)).to.match(MESSAGES.schema);
    expect(figure(el)).to.equal('437 300 kr');
    expect([...root(el).querySelectorAll('a')].every((a) => /^(https?:|#)/.test(a.getAttribute('href') ?? ''))).to.equal(true);
  });

  it('keeps loading when the element is moved while its data-src loads', async () => {
    const el = await mount(`<pay-ladder data-src="${datasetUrl(withKsStart(440000))}"></pay-ladder>`);
    const other = await fixture<HTMLDivElement>(html`<div></div>`);
    other.append(el);
    await waitUntil(() => figure(el) === '440 000 kr', 'the loaded figure shows', { timeout: 5000 });
    expect(events.errors).to.have.length(0);
  });

  it('has no axe-core violations with a data alert shown', async function (this: MochaLite.Context) {
    this.timeout(30_000);
    const el = await mount('<pay-ladder data-src="/test/fixtures/schema-error.json"></pay-ladder>');
    await loaded(el, 'schema');
    await expect(el).to.be.accessible();
  });
});

// ---- what a calculator opens, and the comparison on its own ---------------------------------------

const panelOf = (el: PayLadder) => $<PayLadderCompare>(el, 'pay-ladder-compare');
const cardNames = (c: PayLadderCompare) => $$<HTMLInputElement>(c, 'section.card input[id$="-name"]').map((i) => i.value);
const findings = (c: PayLadderCompare) => $$(c, '.findings li').map((li) => plain(li.textContent));
/** The comparison's year table: the cells of the row for `years`. */
const compareRow = (c: PayLadderCompare, years: number) => {
  const row = $$<HTMLTableRowElement>(c, 'table tbody tr').find((r) => plain(r.cells[0].textContent) === String(years));
  if (!row) throw new Error(`no table row for year ${years}`);
  return [...row.cells].map((cell) => plain(cell.textContent));
};

describe('<pay-ladder data-src>: what the calculator opens computes with the same data', () => {
  // Spekter − KS summed over 0–45 with the published tables is 542 200 (pay-ladder-compare.test.ts).
  // The site's file adds 2 700 to KS for years 0–5 (steps 0, 2 and 4) and 10 000 to Spekter for
  // years 0–3 (step 0 holds until 4): 542 200 − 6 × 2 700 + 4 × 10 000 = 566 000.
  it('"Legg til dette valget i sammenligningen": the comparison, its CSV and its printed summary carry the site\'s figures', async () => {
    const el = await mount(`<pay-ladder data-src="${datasetUrl(siteData)}"></pay-ladder>`);
    await waitUntil(() => figure(el) === '440 000 kr', 'the loaded figure shows', { timeout: 5000 });
    // The calculator's own CSV: the site's figures.
    expect((await downloadCsv(el))[1].split(';').slice(0, 3)).to.deep.equal(['0', '440000', '440000']);

    must<HTMLButtonElement>(el, '.compare-block .actions button').click();
    await waitUntil(() => panelOf(el) && cardNames(panelOf(el)!).length === 2, 'the comparison opens', { timeout: 3000 });
    const p = panelOf(el)!;
    await settle(p);
    expect(cardNames(p)).to.deep.equal(['Ditt valg', 'Sykehus']);
    expect(p.result!.ladders[0].current.grossAnnual, 'the same annual figure as the calculator').to.equal(el.result.current.grossAnnual);
    expect(p.result!.ladders.map((l) => l.current.grossAnnual)).to.deep.equal([440000, 446000]);
    expect(compareRow(p, 0)).to.deep.equal(['0', '440 000 kr', '446 000 kr', '6 000 kr', '6 000 kr']);
    expect(findings(p)).to.deep.equal(['Sykehus gir 566 000 kr mer enn Ditt valg samlet fram til 45 års erfaring.']);
    const { chartEl } = await chartOf(p);
    expect(chartEl.series.map((s) => s.values[0])).to.deep.equal([440000, 446000]);
    expect(p.data, "the comparison uses the calculator's data").to.equal(el.data);

    // The CSV of the open comparison (the calculator's download button gives it).
    const lines = await downloadCsv(el);
    expect(lines[0].split(';').slice(0, 7)).to.deep.equal([
      'År med erfaring',
      'Ditt valg: Verdi',
      'Ditt valg: Forskjell',
      'Ditt valg: Samlet forskjell',
      '"Ditt valg: Anslag i dag, brutto, lavt (ikke tariffbeløp)"',
      '"Ditt valg: Anslag i dag, brutto, høyt (ikke tariffbeløp)"',
      'Sykehus: Verdi',
    ]);
    // The estimate from the file's KS rounds: 440 000 + 14 500; (440 000 + 21 200) × 1.044.
    expect(lines[1]).to.equal('0;440000;0;0;454500;481493;446000;6000;6000');
    expect(lines[46]).to.equal('45;513100;0;0;527600;557809;527000;13900;566000');

    // On paper: the sources are the site's.
    await emulatePrint(true);
    try {
      const printed = must(p, '.print-only');
      expect(printed.checkVisibility()).to.equal(true);
      expect(plain(printed.textContent)).to.contain('Nettstedets egne satser 2024 (Delta)');
      expect(plain(printed.textContent)).not.to.contain('Tariffinformasjon 2024: Helsesekretærer i privat sektor');
      expect(compareRow(p, 45)).to.deep.equal(['45', '513 100 kr', '527 000 kr', '13 900 kr', '566 000 kr']);
    } finally {
      await emulatePrint(false);
    }
  });
});

describe('<pay-ladder> data property', () => {
  it('a valid dataset object is used once checked; updateComplete waits for the check', async () => {
    const el = await mount('<pay-ladder></pay-ladder>');
    const d = JSON.parse(JSON.stringify(defaultDataset)) as Dataset;
    withKsStart(440000)(d);
    el.data = d;
    await el.updateComplete;
    expect(el.data).to.equal(d);
    expect(figure(el)).to.equal('440 000 kr');
    expect(alertText(el)).to.equal('');
  });

  it('set before the element is connected (as React 19 does), the dataset is still used', async () => {
    const d = JSON.parse(JSON.stringify(defaultDataset)) as Dataset;
    withKsStart(440000)(d);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pay-ladder');
    el.data = d;
    host.append(el);
    await el.updateComplete;
    expect(el.data).to.equal(d);
    expect(figure(el)).to.equal('440 000 kr');
    // A dataset that passed once is used at once when given again, here to a new element.
    const again = document.createElement('pay-ladder');
    again.data = d;
    expect(again.data).to.equal(d);
    host.append(again);
    await again.updateComplete;
    expect(figure(again)).to.equal('440 000 kr');
  });

  for (const [name, value] of [
    ['{}', {}],
    ['null', null],
    ['a number', 42],
  ] as const) {
    it(`${name}: no exception; the schema alert, the bundled figures and a pay-ladder-error (source data)`, async () => {
      const el = await mount('<pay-ladder></pay-ladder>');
      el.data = value as unknown as Dataset;
      await el.updateComplete;
      await loaded(el, name);
      expect(alertText(el)).to.match(MESSAGES.schema);
      expect(figure(el)).to.equal('437 300 kr');
      expect(bundled(el.data), 'the built-in data').to.equal(true);
      const data = events.errors.filter((e) => e.detail.source === 'data');
      expect(data).to.have.length(1);
      expect(data[0].target).to.equal(el);
      expect(data[0].detail.errors.length).to.be.greaterThan(0);
    });
  }
});

describe("<pay-ladder data-src>: the open comparison follows the calculator's data", () => {
  it('a new data-src, then a failing one: the comparison computes with what the calculator uses, and shows no alert of its own', async () => {
    const el = await mount(`<pay-ladder data-src="${datasetUrl(siteData)}"></pay-ladder>`);
    await waitUntil(() => figure(el) === '440 000 kr', 'the loaded figure shows', { timeout: 5000 });
    must<HTMLButtonElement>(el, '.compare-block .actions button').click();
    await waitUntil(() => panelOf(el)?.result?.ladders[0].current.grossAnnual === 440000, "the comparison with the site's data", {
      timeout: 3000,
    });
    const p = panelOf(el)!;

    el.setAttribute('data-src', datasetUrl(withKsStart(450000)));
    await waitUntil(() => figure(el) === '450 000 kr', 'the second dataset', { timeout: 5000 });
    await settle(p);
    expect(p.data).to.equal(el.data);
    expect(p.result!.ladders.map((l) => l.current.grossAnnual)).to.deep.equal([450000, 436000]);
    expect(compareRow(p, 0).slice(0, 3)).to.deep.equal(['0', '450 000 kr', '436 000 kr']);

    el.setAttribute('data-src', '/test/fixtures/no-such-dataset.json');
    await waitUntil(() => alertText(el) === MESSAGES.network, "the calculator's alert", { timeout: 5000 });
    await settle(p);
    expect(p.result!.ladders.map((l) => l.current.grossAnnual)).to.deep.equal([437300, 436000]);
    expect($$(p, '[role="alert"]'), 'the calculator says it once').to.have.length(0);
    expect(events.errors.filter((e) => e.detail.source === 'data').map((e) => e.target)).to.deep.equal([el]);
  });
});

describe('<pay-ladder-compare data-src> and data', () => {
  before(async () => {
    await customElements.whenDefined('pay-ladder-compare');
  });

  async function mountCompare(markup: string): Promise<PayLadderCompare> {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = markup;
    const el = host.querySelector('pay-ladder-compare')!;
    await settle(el);
    return el;
  }
  const grossNow = (p: PayLadderCompare) => p.result?.ladders.map((l) => l.current.grossAnnual);

  it('computes with the file: the cards, the table, the chart, the CSV and the printed sources', async () => {
    const p = await mountCompare(`<pay-ladder-compare data-src="${datasetUrl(siteData)}"></pay-ladder-compare>`);
    await waitUntil(() => grossNow(p)?.[0] === 440000, 'the loaded figures', { timeout: 5000 });
    await settle(p);
    expect(cardNames(p)).to.deep.equal(['Kommune', 'Sykehus', 'Legekontor']);
    // Legekontor has no agreement of its own: KS tables by contract, from the file too.
    expect(grossNow(p)).to.deep.equal([440000, 446000, 440000]);
    expect(p.data.agreements.spekter.tables!.at(-1)!.groups['gruppe-3'].steps['0']).to.equal(446000);
    expect(compareRow(p, 0)).to.deep.equal(['0', '440 000 kr', '446 000 kr', '440 000 kr', '6 000 kr', '6 000 kr', '0 kr', '0 kr']);
    expect(findings(p)[0]).to.equal('Sykehus gir 566 000 kr mer enn Kommune samlet fram til 45 års erfaring.');
    const { chartEl } = await chartOf(p);
    expect(chartEl.series.map((s) => s.values[0])).to.deep.equal([440000, 446000, 440000]);
    expect(events.errors).to.have.length(0);
    expect($$(p, '[role="alert"]')).to.have.length(0);

    const lines = await downloadCsv(p);
    expect(lines[1]).to.equal('0;440000;0;0;454500;481493;446000;6000;6000;440000;0;0;454500;481493');
    expect(lines[46]).to.equal('45;513100;0;0;527600;557809;527000;13900;566000;513100;0;0;527600;557809');
    expect(plain(must(p, '.print-only').textContent)).to.contain('Nettstedets egne satser 2024 (Delta)');

    // Edited afterwards, a card still computes with the file.
    const years = must<HTMLInputElement>(p, 'section.card input[id$="-yearsExperience"]');
    years.value = '2';
    years.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(p);
    expect(grossNow(p)![0]).to.equal(440000);
    expect(p.entries[0].scenario.yearsExperience).to.equal(2);
  });

  const failures: Array<{ name: string; src: string; kind: 'network' | 'json' | 'schema' }> = [
    { name: 'a missing file (404)', src: '/test/fixtures/no-such-dataset.json', kind: 'network' },
    { name: 'invalid JSON', src: '/test/fixtures/invalid-json.json', kind: 'json' },
    { name: 'JSON that breaks the schema', src: '/test/fixtures/schema-error.json', kind: 'schema' },
  ];
  for (const f of failures) {
    it(`${f.name}: a localized alert, the bundled figures, a pay-ladder-error, and a comparison that still works`, async () => {
      const p = await mountCompare(`<pay-ladder-compare data-src="${f.src}"></pay-ladder-compare>`);
      await waitUntil(() => alertText(p) !== '', 'the alert', { timeout: 5000 });
      const message = alertText(p);
      if (f.kind === 'schema') expect(message).to.match(MESSAGES.schema);
      else expect(message).to.equal(MESSAGES[f.kind]);
      expect(bundled(p.data), 'the built-in data').to.equal(true);
      expect(grossNow(p)).to.deep.equal([437300, 436000, 437300]);
      const data = events.errors.filter((e) => e.detail.source === 'data');
      expect(data).to.have.length(1);
      expect(data[0].target).to.equal(p);
      expect(data[0].detail.message).to.be.a('string').and.not.equal('');

      $$<HTMLButtonElement>(p, '.quick button')
        .find((b) => plain(b.textContent) === '100 % eller 80 %?')!
        .click();
      await settle(p);
      // KS 1.5.2024 at 0 years: 437 300, and 80 % of it.
      expect(grossNow(p)).to.deep.equal([437300, 349840]);
      expect(compareRow(p, 0).slice(0, 3)).to.deep.equal(['0', '437 300 kr', '349 840 kr']);
    });
  }

  it("the alert is in the element's language (en), and goes when data-src is removed", async () => {
    const p = await mountCompare('<pay-ladder-compare lang="en" data-src="/test/fixtures/invalid-json.json"></pay-ladder-compare>');
    await waitUntil(() => alertText(p) !== '', 'the alert', { timeout: 5000 });
    expect(alertText(p)).not.to.equal(MESSAGES.json);
    expect(alertText(p)).to.equal('The updated pay figures could not be read (invalid file). Showing the built-in figures instead.');
    p.removeAttribute('data-src');
    await waitUntil(() => alertText(p) === '', 'the alert goes', { timeout: 5000 });
    expect(grossNow(p)).to.deep.equal([437300, 436000, 437300]);
  });

  it('the data property: a valid object is used, an invalid one is refused without an exception', async () => {
    const p = await mountCompare('<pay-ladder-compare preset="partTime"></pay-ladder-compare>');
    const d = JSON.parse(JSON.stringify(defaultDataset)) as Dataset;
    withKsStart(440000)(d);
    p.data = d;
    await settle(p);
    expect(p.data).to.equal(d);
    // 100 % and 80 % of 440 000.
    expect(grossNow(p)).to.deep.equal([440000, 352000]);

    p.data = { formatVersion: 1 } as unknown as Dataset;
    await settle(p);
    await waitUntil(() => alertText(p) !== '', 'the alert', { timeout: 5000 });
    expect(alertText(p)).to.match(MESSAGES.schema);
    expect(bundled(p.data), 'the built-in data').to.equal(true);
    expect(grossNow(p)).to.deep.equal([437300, 349840]);
    expect(events.errors.filter((e) => e.detail.source === 'data').map((e) => e.target)).to.deep.equal([p]);

    // A good one again clears the alert.
    p.data = d;
    await settle(p);
    expect(alertText(p)).to.equal('');
    expect(grossNow(p)).to.deep.equal([440000, 352000]);
  });

  it('the data property set before the element is connected is used', async () => {
    const d = JSON.parse(JSON.stringify(defaultDataset)) as Dataset;
    withKsStart(440000)(d);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const p = document.createElement('pay-ladder-compare');
    p.data = d;
    host.append(p);
    await settle(p);
    expect(p.data).to.equal(d);
    expect(grossNow(p)).to.deep.equal([440000, 436000, 440000]);
  });

  it("data-src, then the data property: the last one given wins; removing data-src then keeps the property's data", async () => {
    const p = await mountCompare(`<pay-ladder-compare data-src="${datasetUrl(siteData)}"></pay-ladder-compare>`);
    await waitUntil(() => grossNow(p)?.[0] === 440000, 'the loaded figures', { timeout: 5000 });
    const d = JSON.parse(JSON.stringify(defaultDataset)) as Dataset;
    withKsStart(450000)(d);
    p.data = d;
    await settle(p);
    expect(grossNow(p)).to.deep.equal([450000, 436000, 450000]);
    p.removeAttribute('data-src');
    await settle(p);
    expect(p.data).to.equal(d);
    expect(grossNow(p)).to.deep.equal([450000, 436000, 450000]);
    p.setAttribute('data-src', datasetUrl(siteData));
    await waitUntil(() => grossNow(p)?.[0] === 440000, 'the file again', { timeout: 5000 });
    p.removeAttribute('data-src');
    await waitUntil(() => grossNow(p)?.[0] === 437300, 'the built-in data', { timeout: 5000 });
    expect(bundled(p.data), 'the built-in data').to.equal(true);
  });

  it('has no axe-core violations with a data alert shown', async function (this: MochaLite.Context) {
    this.timeout(30_000);
    const p = await mountCompare('<pay-ladder-compare data-src="/test/fixtures/schema-error.json"></pay-ladder-compare>');
    await waitUntil(() => alertText(p) !== '', 'the alert', { timeout: 5000 });
    await chartOf(p);
    await expect(p).to.be.accessible();
  });
});

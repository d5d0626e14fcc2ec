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
import type { PayLadder, PayLadderChangeDetail, PayLadderErrorDetail } from '../../src/ui/pay-ladder.js';
import { defaultFigures } from '../../src/ui/default-data.js';
import { chartOf, checkEachTest, plain, root } from './helpers.js';

const figure = (el: PayLadder) => plain(root(el).querySelector('.figure')?.textContent);
const alertText = (el: PayLadder) => plain(root(el).querySelector('.alert[role="alert"]')?.textContent);

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
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pay-ladder');
    expect(el.data).to.equal(defaultFigures);
    const before = JSON.stringify(el.result.rows.map((r) => [r.grossAnnual, r.netAnnualEstimate, r.hourly]));
    host.append(el);
    // updateComplete waits for the parts that load after the first render, the full dataset among them.
    await el.updateComplete;
    expect(el.data).to.equal(defaultDataset);
    expect(figure(el)).to.equal('437 300 kr');
    expect(JSON.stringify(el.result.rows.map((r) => [r.grossAnnual, r.netAnnualEstimate, r.hourly]))).to.equal(before);
    const why = root(el).querySelector<HTMLDetailsElement>('.breakdown details.why')!;
    why.open = true;
    const source = defaultDataset.agreements.ks.sources[defaultDataset.agreements.ks.tables!.at(-1)!.groups.fagarbeider.source];
    expect(source.title).to.have.length.above(10);
    expect(plain(why.textContent)).to.contain(`Kilde: ${source.title} (${source.publisher})`);
    expect(why.querySelector('a')!.getAttribute('href')).to.equal(source.url);
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
    expect(el.data).not.to.equal(defaultDataset);
    expect(el.data.agreements.ks.tables!.at(-1)!.groups.fagarbeider.steps['0']).to.equal(440000);
    expect(el.result.current.grossAnnual).to.equal(440000);
    // Unchanged steps come from the loaded data too.
    expect(el.result.rows[10].grossAnnual).to.equal(496700);
    const last = events.changes.at(-1)!;
    expect(last.detail.result.current.grossAnnual).to.equal(440000);

    const { chart } = await chartOf(el);
    expect(chart.data.datasets[0].data.slice(0, 7)).to.deep.equal([440000, 440000, 440000, 440000, 440000, 440000, 441500]);
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
      expect(el.data).to.equal(defaultDataset);
      const dataErrors = events.errors.filter((e) => e.detail.source === 'data');
      expect(dataErrors).to.have.length(1);
      expect(dataErrors[0].target).to.equal(el);
      expect(dataErrors[0].detail.message).to.be.a('string').and.not.equal('');
    });
  }

  it('the alert is in the element\'s language (en, nn)', async () => {
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
    expect(el.data).to.equal(defaultDataset);
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

  it('has no axe-core violations with a data alert shown', async function (this: MochaLite.Context) {
    this.timeout(30_000);
    const el = await mount('<pay-ladder data-src="/test/fixtures/schema-error.json"></pay-ladder>');
    await loaded(el, 'schema');
    await expect(el).to.be.accessible();
  });
});

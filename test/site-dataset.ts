/**
 * A site's own dataset, as a `data-src` file could hold it, that differs from the bundled one in
 * what links and saved scenarios are checked against and in what they compute. Shared by the unit
 * tests (Node) and the browser tests.
 *
 * - No NHO 481: one of the agreements a file may leave out (README, "Data updates without a
 *   release"). A link or saved scenario with `agreement: 'nho481'` is valid with the bundled data
 *   and not with the site's. Its place "privat-klinikk" names only "no agreement" there.
 * - Tax year SITE_TAX_YEAR, which the bundled data does not have (a copy of its newest tax year): a
 *   link with `t=SITE_TAX_YEAR` is valid with the site's data only.
 * - KS helsesekretær (pay group `fagarbeider`) 0–4 years raised by SITE_RAISE kr in the newest KS
 *   table: the default scenario computes differently with the two.
 */
import { defaultDataset, validateDataset, type Dataset } from '../src/model/index.js';

export const SITE_TAX_YEAR = 2035;
export const SITE_RAISE = 2700;

export function siteDataset(): Dataset {
  const d = JSON.parse(JSON.stringify(defaultDataset)) as Dataset;
  delete (d.agreements as Partial<Dataset['agreements']>).nho481;
  // A place may name only agreements the file has: the private clinic keeps "no agreement".
  for (const place of d.workplaces?.places ?? []) place.agreements = place.agreements.filter((id) => id !== 'nho481');
  const newestTax = d.rules.tax.years[d.rules.tax.years.length - 1];
  if (d.rules.tax.years.some((t) => t.year >= SITE_TAX_YEAR)) throw new Error(`the bundled data has tax year ${SITE_TAX_YEAR} now`);
  d.rules.tax.years.push({ ...JSON.parse(JSON.stringify(newestTax)), year: SITE_TAX_YEAR });
  const table = [...(d.agreements.ks.tables ?? [])].reverse().find((t) => t.groups.fagarbeider);
  const steps = table?.groups.fagarbeider.steps;
  if (!steps) throw new Error('no KS table with the fagarbeider group');
  for (const years of ['0', '2', '4']) if (typeof steps[years] === 'number') steps[years] += SITE_RAISE;
  const checked = validateDataset(d);
  if (!checked.ok) throw new Error(`the site dataset is not valid: ${JSON.stringify(checked.errors.slice(0, 3))}`);
  return checked.dataset;
}

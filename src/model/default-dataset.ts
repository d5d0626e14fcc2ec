/**
 * The dataset shipped with the package: the JSON files in `data/` assembled into one
 * {@link Dataset}. `test/unit/data-schema.test.ts` proves that it passes both the JSON Schema and
 * `validateDataset`.
 */
import type { Dataset } from './dataset-types.js';
import ks from '../../data/agreements/ks.json' with { type: 'json' };
import spekter from '../../data/agreements/spekter.json' with { type: 'json' };
import legekontor from '../../data/agreements/legekontor.json' with { type: 'json' };
import privateEmployer from '../../data/agreements/private.json' with { type: 'json' };
import nho481 from '../../data/agreements/nho481.json' with { type: 'json' };
import virkeLegesentre from '../../data/agreements/virke-legesentre.json' with { type: 'json' };
import virkeHuk from '../../data/agreements/virke-huk.json' with { type: 'json' };
import tannhelse from '../../data/agreements/tannhelse.json' with { type: 'json' };
import helsesekretaer from '../../data/occupations/helsesekretaer.json' with { type: 'json' };
import tannhelsesekretaer from '../../data/occupations/tannhelsesekretaer.json' with { type: 'json' };
import helsefagarbeider from '../../data/occupations/helsefagarbeider.json' with { type: 'json' };
import workplaces from '../../data/workplaces/workplaces.json' with { type: 'json' };
import holidayPay from '../../data/rules/holiday-pay.json' with { type: 'json' };
import g from '../../data/rules/g.json' with { type: 'json' };
import tax from '../../data/rules/tax.json' with { type: 'json' };
import conditions from '../../data/rules/conditions.json' with { type: 'json' };
import market from '../../data/market/ssb.json' with { type: 'json' };

/** The file without its editor-only `"$schema"` pointer, so the object has exactly the typed shape. */
function content(file: object): unknown {
  return Object.fromEntries(Object.entries(file).filter(([key]) => key !== '$schema'));
}

export const defaultDataset: Dataset = {
  formatVersion: 1,
  updated: '2026-12-06',
  agreements: {
    ks: content(ks),
    spekter: content(spekter),
    legekontor: content(legekontor),
    private: content(privateEmployer),
    nho481: content(nho481),
    'virke-legesentre': content(virkeLegesentre),
    'virke-huk': content(virkeHuk),
    tannhelse: content(tannhelse),
  },
  occupation: content(helsesekretaer),
  occupations: {
    tannhelsesekretaer: content(tannhelsesekretaer),
    helsefagarbeider: content(helsefagarbeider),
  },
  workplaces: content(workplaces),
  rules: {
    holidayPay: content(holidayPay),
    g: content(g),
    tax: content(tax),
    conditions: content(conditions),
  },
  market: content(market),
} as unknown as Dataset;

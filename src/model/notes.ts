/** The notes of a computation (the ladder's and its rules'), each once, in the order the rules add them. */

export type NoteId =
  /** The table in force was incomplete; an earlier complete table is used. */
  | 'tableFallback'
  /** Legekontor: no sector agreement; KS tables used as most offices do by contract. */
  | 'followsAgreement'
  /** Private employer without agreement: the tables are a reference, not a right. */
  | 'referenceOnly'
  /** The agreement gives an education supplement whose amount is set locally. */
  | 'localEducationSupplement'
  /** Shift hours entered, but the agreement has no supplement for that kind of hour. */
  | 'noShiftSupplement'
  /** The agreement has such a supplement, but its rate on this date is not in the data. */
  | 'shiftRateMissing'
  /** A rate used is taken from an older edition of the agreement. */
  | 'unverifiedRate'
  /** The employee's pension contribution varies by employer and is not known. */
  | 'pensionUnknown'
  /** The net figure is an estimate with the given year's tax rules. */
  | 'taxEstimate'
  /** Newer pay tables have probably been agreed than the data holds. */
  | 'newerTablesLikely'
  /** Pay rounds after the newest table are known: rows carry an estimate of today's pay. */
  | 'estimate'
  /** Innsatssonen was chosen, but the tax year in the data has no figures for it: ordinary rules used. */
  | 'taxAreaMissing'
  /** The year's tax rules are the government's proposal, not yet adopted. */
  | 'taxProposed'
  /** Steps of the newest table that no table publishes: the step `below` applies from them on (a floor, not the figure). */
  | 'stepsNotPublished'
  /** A step from an older table has no recorded pay round for the newer table `date`: no estimate for it. */
  | 'stepRiseUnknown';

export interface Note {
  id: NoteId;
  params?: Record<string, string | number>;
}

export class NoteList {
  readonly list: Note[] = [];
  private readonly seen = new Set<string>();
  add(note: Note): void {
    let key: string = note.id;
    for (const k in note.params) key += `|${k}=${note.params[k]}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(note);
  }
}

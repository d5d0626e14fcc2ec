/**
 * Types of the data in `data/` (one JSON file per agreement, the occupation, the rules).
 * The JSON Schema in `data/schema/` describes the same shapes; `validateDataset` checks them at
 * run time for data loaded from a URL.
 *
 * Domain words kept in Norwegian where no English word fits:
 * - garantilønn: the guaranteed minimum annual pay of a pay group at a seniority step (KS).
 * - ansiennitet: years of relevant experience that decide the step.
 * - stillingsgruppe: a Spekter pay group (position group).
 */

/** ISO date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Where a figure came from. Every agreement and rules file carries its own `sources` map. */
export interface Source {
  title: string;
  url: string;
  publisher: string;
  /** When the page was read for this project (ISO date). */
  retrieved: IsoDate;
}

/**
 * How a figure is known: `published` = printed in the source; `derived` = computed from a
 * published figure by a stored rule.
 */
export type FigureKind = 'published' | 'derived';

/** Rule for a derived step: the same group and step in the table `from`, plus `add` kroner. */
export interface DerivedRule {
  from: IsoDate;
  add: number;
  /** Source of the published rise (a source id in the same file). */
  source: string;
}

/** A pay group's steps in one dated table. */
export interface GroupTable {
  /**
   * Years of ansiennitet → annual pay (NOK, 100 % position). A key that is absent means the step
   * does not exist in that table; `null` means the step exists but its amount is not known.
   */
  steps: Record<string, number | null>;
  /** Source id (in the file's `sources`) of the published figures. */
  source: string;
  /** Steps whose amount is derived; every other step with a number is published. */
  derived?: Record<string, DerivedRule>;
  /** Plain note (Norwegian, shown as text) e.g. on differing effective dates in the sources. */
  note?: string;
}

export interface PayTable {
  effectiveFrom: IsoDate;
  /** Pay group id → table. A group absent here keeps its table from an earlier date. */
  groups: Record<string, GroupTable>;
}

/** A supplement rate: `nok` per hour, or `percent` of hourly pay with an optional minimum kr/h. */
export interface SupplementRate {
  effectiveFrom: IsoDate;
  /** kr per hour (when `percent` is absent) */
  nokPerHour?: number;
  /** % of hourly pay */
  percent?: number;
  /** Minimum kr per hour when `percent` is given. */
  minNokPerHour?: number;
  source: string;
  kind: FigureKind;
  /** Whether the current text of the agreement was checked; false = taken from an older edition. */
  verified: boolean;
  note?: string;
}

export type ShiftType = 'evening' | 'night' | 'weekend' | 'holiday';
export const SHIFT_TYPES: readonly ShiftType[] = ['evening', 'night', 'weekend', 'holiday'];

/** A figure with its provenance (hours, divisors, percentages). */
export interface SourcedValue {
  value: number;
  source: string;
  kind: FigureKind;
  verified: boolean;
  /** For derived values: how it was computed (plain text, Norwegian). */
  rule?: string;
  note?: string;
}

export type AgreementId = 'ks' | 'spekter' | 'legekontor' | 'private' | 'nho481' | 'virke-legesentre' | 'virke-huk';
export const AGREEMENT_IDS: readonly AgreementId[] = ['ks', 'spekter', 'legekontor', 'private', 'nho481', 'virke-legesentre', 'virke-huk'];
/**
 * Agreements every dataset must have (format 1 as first published). The others were added later;
 * a data file made for an older version may leave them out, and the widget then does not offer them.
 */
export type RequiredAgreementId = 'ks' | 'spekter' | 'legekontor' | 'private';
export const REQUIRED_AGREEMENT_IDS: readonly RequiredAgreementId[] = ['ks', 'spekter', 'legekontor', 'private'];

/** A published rise in kroner a year (full-time). A published range "fra X til Y kr" keeps both ends. */
export interface RiseRange {
  /** The smallest rise published (kr a year); absent when only a maximum or nothing is published. */
  minNok?: number;
  /** The largest rise published (kr a year). */
  maxNok?: number;
  /** A published rise in % of the pay ("3,7 prosent, minimum 22 000"): the low bound uses the larger of % and `minNok`. */
  minPercent?: number;
}

/**
 * A pay round that took effect after the newest table in the data, with what is published about
 * it and nothing more. The model makes estimates past the newest table from these; a round ends
 * by itself being used once a table with `effectiveFrom` at or after its date is in the data.
 */
export interface PayRound {
  /** When the rises took effect. */
  effectiveFrom: IsoDate;
  /** Central rise for every group, where published. */
  rise?: RiseRange;
  /** Rise per pay group (ids of the agreement's `payGroups`) where published; narrower than `rise`. */
  groups?: Record<string, RiseRange>;
  /** The round's frame (ramme), % of the wage bill: its total cost, a rough guide and not a cap. */
  framePercent?: number;
  /** Source id in the file's `sources`. */
  source: string;
  /** The line(s) of the source the figures are taken from, verbatim. */
  quote: string;
  /** Plain note (Norwegian): caveats, e.g. that a figure is for another part of the agreement. */
  note?: string;
  /**
   * Further sources for figures of this round (e.g. one group's range printed on another page than
   * the round's overall range), each with its verbatim quote.
   */
  otherSources?: Array<{ source: string; quote: string }>;
}

export interface Agreement {
  id: AgreementId;
  /** Official name of the agreement (Norwegian). */
  name: string;
  /**
   * `tariff`: the tables are a right under this agreement. `follows`: no own agreement; the
   * tables of `tablesFrom` are used by contract (legekontor). `none`: no agreement; the tables of
   * `tablesFrom` are shown as a reference only (private employer).
   */
  coverage: 'tariff' | 'follows' | 'none';
  /** Agreement whose pay tables are used when `coverage` is not `tariff`. */
  tablesFrom?: AgreementId;
  /** Pay group id → display name (Norwegian, from the agreement). */
  payGroups?: Record<string, string>;
  tables?: PayTable[];
  /** Shift supplements by type; each list sorted by `effectiveFrom`. Empty list = none by law. */
  supplements: Record<ShiftType, SupplementRate[]>;
  hours: {
    /** Normal weekly hours, day work. */
    day: SourcedValue;
    /** Normal weekly hours with rotating shifts (AML § 10-4 (4)). */
    rotating: SourcedValue;
  };
  /** Divisor from annual pay to the hourly pay that shift supplements are computed on. */
  hourlyDivisor: SourcedValue;
  /** Divisor from annual pay to the hourly base for overtime. */
  overtimeDivisor: SourcedValue;
  /** Overtime supplement, % on top of the overtime hourly base. */
  overtimePercent: SourcedValue;
  /** Weeks a year with work (52 minus holiday weeks): scales weekly shift hours to a year. */
  workingWeeks: SourcedValue;
  /** Holiday-pay rule id in `rules.holidayPay`. */
  holidayPay: 'tariff' | 'law';
  /** Employee's pension contribution, % of pensionable pay; `null` = not known (varies). */
  pensionEmployeePercent: SourcedValue | null;
  /** Plain notes (Norwegian) about the agreement. */
  notes?: string[];
  /**
   * Pay rounds after the newest table (sorted by `effectiveFrom`). Agreements that follow
   * another (`tablesFrom`) use that one's rounds.
   */
  payRounds?: PayRound[];
  /**
   * Working conditions the agreement gives beyond what other fields hold (hours, overtime,
   * supplements, holiday pay and the employee's pension share are there). Absent in data files
   * made before conditions were added; then only the law's terms are known.
   */
  conditions?: AgreementConditions;
  sources: Record<string, Source>;
}

/** What a condition's `value` counts. */
export type ConditionUnit = 'hoursPerWeek' | 'workingDays' | 'calendarDays' | 'days' | 'weeks' | 'months' | 'month' | 'percent' | 'g';

/** A known condition: a number, or a string id that the UI words, with where it comes from. */
export interface KnownCondition {
  value: number | string;
  unit?: ConditionUnit;
  source: string;
  kind: FigureKind;
  verified: boolean;
  /** The line(s) of the source the figure is taken from, verbatim, where one was found. */
  quote?: string;
  note?: string;
}

/** A condition that is not known: `value` is null and the note says what was looked for. */
export interface UnknownCondition {
  value: null;
  note: string;
}

export type Condition = KnownCondition | UnknownCondition;

/** A known condition whose value is a number (the law's terms, the payroll calendar). */
export type KnownNumber = KnownCondition & { value: number };

/** Pension schemes a condition can name: public (KLP/SPK) or the private minimum (OTP). */
export type PensionSchemeId = 'public' | 'otp';

/** Per-agreement conditions (`conditions` in data/agreements/*.json). */
export interface AgreementConditions {
  /** Holiday weeks (agreed 5th week); null = not known, the law's 25 working days apply. */
  vacationWeeks: Condition;
  /** Mutual notice period in months; the law's longer periods (AML § 15-3) still apply. */
  noticeMonths: Condition;
  /** Probation in months where the agreement fixes one. */
  probationMonths: Condition;
  /** `public` or `otp` ({@link PensionSchemeId}). */
  pensionScheme: Condition;
  /** Avtalefestet pensjon: `yes` | `no`. */
  afp: Condition;
  /** Full pay when sick above the 6 G cap of sykepenger: `fullPay`. */
  sickPayTopUp: Condition;
  /** The higher overtime rate (e.g. 100 % at night and on holidays). */
  overtimeHighPercent: Condition;
}

/** One row of the law's notice periods: from `minYears` in the same firm and `minAge`. */
export interface NoticeStep {
  minYears: number;
  minAge: number;
  months: number;
}

/** Ids of what a written employment contract must contain (AML § 14-6 (1) a–m). */
export type ContractItemId =
  | 'parties'
  | 'workplace'
  | 'jobDescription'
  | 'startDate'
  | 'temporaryDuration'
  | 'probation'
  | 'holidayAndHolidayPay'
  | 'noticePeriods'
  | 'payAndSupplements'
  | 'workingHours'
  | 'breaks'
  | 'specialWorkingHours'
  | 'collectiveAgreements';

/** A sourced list or table (not a single figure). */
export interface SourcedList {
  source: string;
  kind: FigureKind;
  verified: boolean;
  quote?: string;
  note?: string;
}

/** The law's terms that hold for every employee (data/rules/conditions.json `law`). */
export interface LawConditions {
  weeklyHoursDay: KnownNumber;
  weeklyHoursRotating: KnownNumber;
  vacationDays: KnownNumber;
  over60ExtraVacationDays: KnownNumber;
  overtimePercent: KnownNumber;
  probationMaxMonths: KnownNumber;
  probationNoticeDays: KnownNumber;
  sickPayCapG: KnownNumber;
  sickPayEmployerDays: KnownNumber;
  pensionMinPercent: KnownNumber;
  pensionMaxG: KnownNumber;
  noticePeriod: SourcedList & { steps: NoticeStep[] };
  writtenContract: SourcedList & { items: ContractItemId[] };
}

/** How monthly pay is settled over a year (data/rules/conditions.json `payroll`). */
export interface PayrollRules {
  /** Tabelltrekk spreads the year's tax over this many months (10.5). */
  withholdingMonths: KnownNumber;
  /** The month with half withholding (12; employers may choose 11). */
  halfWithholdingMonth: KnownNumber;
  /** The month holiday pay and the holiday deduction (ferietrekk) are paid (6). */
  holidayPayMonth: KnownNumber;
  /** Working days (virkedager) in an average month, for the daily rate of the ferietrekk (26). */
  workingDaysPerMonth: KnownNumber;
}

/** `data/rules/conditions.json` */
export interface ConditionRules {
  law: LawConditions;
  payroll: PayrollRules;
  sources: Record<string, Source>;
}

export type EducationId = 'helsesekretaer' | 'fagskole' | 'hoyskole' | 'none';
export const EDUCATION_IDS: readonly EducationId[] = ['helsesekretaer', 'fagskole', 'hoyskole', 'none'];

/** How an education path is paid under one agreement. */
export interface EducationPlacement {
  /** Pay group id in the agreement (or in its `tablesFrom`). */
  group: string;
  /**
   * Supplement on top of the group's table that the agreement gives but whose amount is set
   * locally: the user enters it (default 0), and the UI says why.
   */
  localSupplement?: { source: string; note: string };
  /**
   * Plain note (Norwegian) on the placement: which source supports it, or that it is an
   * assumption (the closest group) where no source places the education path.
   */
  note?: string;
}

export interface Occupation {
  id: 'helsesekretaer';
  title: string;
  synonyms: string[];
  education: Record<EducationId, { name: string; description: string }>;
  /** Agreement → education → placement. Agreements that follow another use that one's entry. */
  placement: Partial<Record<AgreementId, Record<EducationId, EducationPlacement>>>;
  sources: Record<string, Source>;
}

export interface HolidayPayRule {
  /** % of the holiday-pay basis. */
  percent: SourcedValue;
  /** Extra points from the year one turns 60 (the extra is capped at `over60CapG` × G). */
  over60ExtraPercent: SourcedValue;
  over60CapG: SourcedValue;
}

export interface GValue {
  effectiveFrom: IsoDate;
  value: number;
  source: string;
  kind: FigureKind;
  verified: boolean;
  note?: string;
}

/** Norwegian income tax for one year, for wage earners (a net-pay estimate). */
export interface TaxYear {
  year: number;
  /** Tax on ordinary income, %. */
  ordinaryRate: number;
  personfradrag: number;
  minstefradragPercent: number;
  minstefradragMax: number;
  /** Trinnskatt: lower limit of each step and its rate, %, ascending. */
  trinnskatt: Array<{ from: number; percent: number }>;
  trygdeavgiftPercent: number;
  /** No trygdeavgift at or below this income; above it at most `trygdeavgiftPhaseInPercent` of the excess. */
  trygdeavgiftLowerLimit: number;
  trygdeavgiftPhaseInPercent: number;
  source: string;
  /**
   * `proposed`: the government's budget proposal, not yet adopted by Stortinget; the elements say
   * so wherever a figure of the year is shown. Required from 2027 (checked by the schema); absent
   * in earlier years and older data files, which means `adopted`.
   */
  status?: TaxStatus;
  /** `secondary`: transcribed from a public copy of the source, not checked against the publisher's own text. */
  verification?: Verification;
  /** Fields whose figure is not verified (e.g. `minstefradragPercent`). */
  unverified?: string[];
  note?: string;
  /**
   * Finnmark and the 7 northernmost Troms municipalities (innsatssonen, called tiltakssonen
   * before 2026): a lower rate on ordinary income and the finnmarksfradrag.
   */
  innsatssonen?: {
    /** Tax on ordinary income, %. */
    ordinaryRate: number;
    /** Deducted from ordinary income (kr a year). */
    finnmarksfradrag: number;
    source: string;
    note?: string;
  };
}

/** `data/rules/holiday-pay.json` */
export interface HolidayPayRules {
  tariff: HolidayPayRule;
  law: HolidayPayRule;
  sources: Record<string, Source>;
}

/** `data/rules/g.json`: grunnbeløpet (G) in the national insurance scheme, by date. */
export interface GRules {
  values: GValue[];
  sources: Record<string, Source>;
}

export type TaxStatus = 'proposed' | 'adopted';

/** How a figure was checked: `primary` against the publisher's own text, `secondary` from a public copy of it. */
export type Verification = 'primary' | 'secondary';

/** `data/rules/tax.json` */
export interface TaxRules {
  years: TaxYear[];
  sources: Record<string, Source>;
}

export interface Rules {
  holidayPay: HolidayPayRules;
  g: GRules;
  tax: TaxRules;
  /**
   * The law's working conditions and the payroll calendar. Absent in data files made before they
   * were added; `conditionsFor` and `paySchedule` then say so.
   */
  conditions?: ConditionRules;
}

/** SSB's measures of what people in an occupation earn, kr a month. */
export interface MarketFigures {
  median: number;
  /** Lower and upper quartile. */
  p25?: number;
  p75?: number;
  mean?: number;
}

/** Sectors as SSB splits them: private, kommune (municipal and county), stat (state, with the health trusts). */
export type MarketSector = 'private' | 'municipal' | 'state';
export const MARKET_SECTORS: readonly MarketSector[] = ['private', 'municipal', 'state'];

/**
 * Pay statistics for one occupation: what people in it actually earn, shown beside the tariff
 * figures and never mixed into them.
 */
export interface MarketPay {
  /** The statistics' year. */
  year: number;
  /** STYRK-08 occupation code (SSB's classification of occupations). */
  styrk: string;
  /** SSB's name for the occupation (Norwegian). */
  title: string;
  /**
   * `monthlyEarnings`: SSB's månedslønn, agreed monthly pay plus irregular supplements and
   * bonuses, converted to full time; overtime not included; all sectors and ages.
   */
  measure: 'monthlyEarnings';
  all: MarketFigures & { p25: number; p75: number };
  sectors?: Partial<Record<MarketSector, MarketFigures>>;
  source: string;
  verification: Verification;
  note?: string;
}

/** data/market/*.json: pay statistics per occupation id. */
export interface MarketRules {
  occupations: Record<string, MarketPay>;
  sources: Record<string, Source>;
}

/** Everything the model needs: what `data/` holds, in one object. */
export interface Dataset {
  /** Data format version; `1` for this shape. */
  formatVersion: 1;
  /** Date the data was last reviewed (ISO). */
  updated: IsoDate;
  /** Every id in {@link REQUIRED_AGREEMENT_IDS}; the later ones where the file has them. */
  agreements: Record<RequiredAgreementId, Agreement> & Partial<Record<AgreementId, Agreement>>;
  occupation: Occupation;
  rules: Rules;
  /** Pay statistics (SSB). Absent in data files made before they were added: then nothing is shown. */
  market?: MarketRules;
}

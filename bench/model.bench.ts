/**
 * Model throughput in Node: full 45-year ladders per second (`computeLadder`, every supplement
 * on) and four-scenario comparisons per second (`compareScenarios`).
 *
 * Bundled by bench/run.mjs with esbuild and run in its own node process (`--expose-gc`). Writes
 * one JSON object to the file named by argv[2] (or stdout when absent).
 *
 * Method: warm-up (≥ 1 s, lets V8 optimise), then ROUNDS timed rounds of ≥ ROUND_MS each; one
 * round = as many calls as fit, timed with process.hrtime. Reported: median rate and min–max
 * over the rounds. gc() runs between rounds so a collection is not billed to one round only.
 */
import { writeFileSync } from 'node:fs';
import { compareScenarios, computeLadder, type ScenarioInput } from '../src/model/index.js';

const WARMUP_MS = 1000;
const ROUNDS = 9;
const ROUND_MS = 400;
const TODAY = '2025-06-01'; // fixed "today" for the freshness check, so runs are comparable

/** Every supplement on: shifts, overtime, supplements (kr and %), events, growth, age. */
const FULL: ScenarioInput = {
  agreement: 'spekter',
  education: 'helsesekretaer',
  yearsExperience: 3,
  positionPercent: 80,
  responsibilitySupplement: { unit: 'percent', value: 4 },
  individualSupplement: { unit: 'nok', value: 15_000 },
  localEducationSupplement: 12_000,
  schedule: 'rotating',
  shifts: { evening: 6, night: 4, weekend: 5, holiday: 0.5 },
  overtimeHoursPerYear: 60,
  age: 35,
  events: [
    { type: 'education', year: 6, education: 'fagskole', studyCost: 30_000, monthsWithoutPay: 2 },
    { type: 'responsibility', year: 12, supplement: { unit: 'nok', value: 30_000 } },
  ],
  annualGrowth: 3,
  horizon: 45,
};

const FOUR: ScenarioInput[] = [
  FULL,
  { ...FULL, agreement: 'ks' },
  { ...FULL, agreement: 'legekontor', schedule: 'day', shifts: { evening: 2, night: 0, weekend: 0, holiday: 0 } },
  { ...FULL, events: [], education: 'hoyskole', annualGrowth: 2.5 },
];

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
let sink = 0;

function ladder(): void {
  const r = computeLadder(FULL, undefined, { today: TODAY });
  if (!r.ok) throw new Error(`scenario rejected: ${JSON.stringify(r.errors)}`);
  sink += r.rows[45].grossAnnual;
}

function compare(): void {
  const r = compareScenarios(FOUR, undefined, { today: TODAY });
  if (!r.ok) throw new Error(`comparison rejected: ${JSON.stringify(r.errors)}`);
  sink += r.years.length;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

interface Rates {
  median: number;
  min: number;
  max: number;
  rounds: number[];
}
function summary(rates: number[]): Rates {
  const sorted = [...rates].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1], rounds: rates };
}

/**
 * Wall-clock rate (calls per second of elapsed time) and CPU-time rate (calls per second of CPU
 * time this process used, process.cpuUsage: user + system, all threads). On a busy machine the
 * wall-clock rate drops with the share of the CPU the process gets; the CPU-time rate much less.
 */
function rounds(fn: () => void): Rates & { cpu: Rates; calls: number } {
  const end = now() + WARMUP_MS;
  while (now() < end) for (let i = 0; i < 50; i++) fn();
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let calls = 0;
  for (let r = 0; r < ROUNDS; r++) {
    gc();
    let n = 0;
    const cpu0 = process.cpuUsage();
    const start = now();
    let t = start;
    while (t - start < ROUND_MS) {
      for (let i = 0; i < 50; i++) fn();
      n += 50;
      t = now();
    }
    const cpu = process.cpuUsage(cpu0);
    rates.push((n / (t - start)) * 1000);
    cpuRates.push((n / (cpu.user + cpu.system)) * 1e6);
    calls += n;
  }
  return { ...summary(rates), cpu: summary(cpuRates), calls };
}

// Prove the scenario really exercises every part before timing it.
const check = computeLadder(FULL, undefined, { today: TODAY });
if (!check.ok) throw new Error(`scenario rejected: ${JSON.stringify(check.errors)}`);
const partsSeen = [...new Set(check.rows.flatMap((row) => row.parts.map((p) => p.id)))].sort();
const eventsSeen = check.rows.reduce((n, row) => n + row.events.length, 0);
const holidayPay60 = check.rows.some(
  (row, i) => i > 0 && row.holidayPay / row.grossAnnual > check.rows[0].holidayPay / check.rows[0].grossAnnual + 1e-6,
);

const result = {
  scenario: FULL,
  rows: check.rows.length,
  partsSeen,
  eventsSeen,
  growthApplied: check.rows[45].growthFactor > 1,
  extraHolidayPayFrom60: holidayPay60,
  compareScenarios: FOUR.length,
  warmupMs: WARMUP_MS,
  roundMs: ROUND_MS,
  ladders: rounds(ladder),
  comparisons: rounds(compare),
  sink,
};

const json = JSON.stringify(result, null, 2);
if (process.argv[2]) writeFileSync(process.argv[2], json);
else console.log(json);

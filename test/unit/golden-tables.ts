/**
 * Golden figures: every cell of every pay table, TYPED BY HAND from the research notes, not
 * generated from data/: /work/shared/research/pay-data.md (sections 1 and 2), corrected by the
 * audit /work/shared/research/pay-data-2026.md (§2: Spekter 2023 from 1.5.2023; KS 2023 3-year
 * group printed by NSF) and, for the private agreements, its §3.2 and the quoted lines in
 * /work/notes/data-search.md. The tests compare the JSON against this list both ways, so a figure
 * can neither change nor be added without someone checking it against the research notes.
 *
 * `amount: null` = the step exists but its amount was not found (kind is then 'published' only
 * in the sense of "not derived": there is no rule for it).
 */

export interface GoldenCell {
  agreement: 'ks' | 'spekter' | 'nho481' | 'virke-legesentre' | 'virke-huk';
  group: string;
  effectiveFrom: string;
  years: number;
  amount: number | null;
  kind: 'published' | 'derived';
}

type Kind = GoldenCell['kind'];
const P: Kind = 'published';
const D: Kind = 'derived';

/** One table row: `cells` are [years, amount, kind] as printed in pay-data.md. */
function row(
  agreement: GoldenCell['agreement'],
  group: string,
  effectiveFrom: string,
  cells: Array<[number, number | null, Kind]>,
): GoldenCell[] {
  return cells.map(([years, amount, kind]) => ({ agreement, group, effectiveFrom, years, amount, kind }));
}

// One line per published table row, as the source prints it.
// prettier-ignore
export const golden: GoldenCell[] = [
  // ---- KS, Fagarbeider (helsesekretær) ----
  ...row('ks', 'fagarbeider', '2020-09-01', [
    [0, 352_200, P], [2, 358_600, P], [4, 362_100, P], [6, 366_300, P], [8, 377_700, P], [10, 421_400, P], [16, 431_400, P],
  ]),
  ...row('ks', 'fagarbeider', '2021-05-01', [
    [0, 363_700, P], [2, 371_200, P], [4, 374_700, P], [6, 378_900, P], [8, 390_300, P], [10, 434_100, P], [16, 446_000, P],
  ]),
  ...row('ks', 'fagarbeider', '2022-05-01', [
    [0, 389_000, P], [2, 389_000, P], [4, 389_000, P], [6, 393_200, P], [8, 404_600, P], [10, 448_400, P], [16, 460_300, P],
  ]),
  ...row('ks', 'fagarbeider', '2023-05-01', [
    [0, 415_300, P], [2, 415_300, P], [4, 415_300, P], [6, 419_500, P], [8, 430_900, P], [10, 474_700, P], [16, 487_300, P],
  ]),
  ...row('ks', 'fagarbeider', '2024-05-01', [
    [0, 437_300, P], [2, 437_300, P], [4, 437_300, P], [6, 441_500, D], [8, 452_900, D], [10, 496_700, D], [16, 513_100, D],
  ]),

  // ---- KS, Fagarbeider with 1-year fagskole ----
  ...row('ks', 'fagarbeider-fagskole', '2020-09-01', [
    [0, 374_200, P], [2, 380_600, P], [4, 384_100, P], [6, 388_300, P], [8, 399_700, P], [10, 441_400, P], [16, 451_400, P],
  ]),
  ...row('ks', 'fagarbeider-fagskole', '2021-05-01', [
    [0, 386_000, P], [2, 393_200, P], [4, 396_700, P], [6, 400_900, P], [8, 412_300, P], [10, 454_100, P], [16, 467_100, P],
  ]),
  ...row('ks', 'fagarbeider-fagskole', '2022-05-01', [
    [0, 411_000, P], [2, 411_000, P], [4, 411_000, P], [6, 415_200, P], [8, 426_600, P], [10, 468_400, P], [16, 481_400, P],
  ]),
  ...row('ks', 'fagarbeider-fagskole', '2023-05-01', [
    [0, 437_300, D], [2, 437_300, D], [4, 437_300, D], [6, 441_500, D], [8, 452_900, D], [10, 494_700, D], [16, 508_400, D],
  ]),
  ...row('ks', 'fagarbeider-fagskole', '2024-05-01', [
    [0, 459_300, P], [2, 459_300, P], [4, 459_300, P], [6, 463_500, D], [8, 474_900, D], [10, 516_700, D], [16, 534_500, D],
  ]),

  // ---- KS, 3-year university/college degree ----
  ...row('ks', 'hoyskole', '2020-09-01', [
    [0, 411_400, P], [2, 421_400, P], [4, 431_400, P], [6, 441_400, P], [8, 451_400, P], [10, 501_400, P], [16, 506_400, P],
  ]),
  ...row('ks', 'hoyskole', '2021-05-01', [
    [0, 423_500, P], [2, 434_200, P], [4, 444_400, P], [6, 454_600, P], [8, 464_800, P], [10, 515_200, P], [16, 523_100, P],
  ]),
  ...row('ks', 'hoyskole', '2022-05-01', [
    [0, 459_100, P], [2, 459_100, P], [4, 459_100, P], [6, 469_300, P], [8, 479_500, P], [10, 529_900, P], [16, 537_900, P],
  ]),
  // Printed by NSF (sykepleier) for 0/6/8/10/16; 2 and 4 years = 2022 + 26 300 (0–4 pay the same).
  ...row('ks', 'hoyskole', '2023-05-01', [
    [0, 485_400, P], [2, 485_400, D], [4, 485_400, D], [6, 495_600, P], [8, 505_800, P], [10, 556_600, P], [16, 569_100, P],
  ]),
  ...row('ks', 'hoyskole', '2024-05-01', [
    [0, 507_400, P], [2, null, P], [4, null, P], [6, null, P], [8, null, P], [10, null, P], [16, null, P],
  ]),

  // ---- KS, no education requirement ----
  ...row('ks', 'ufaglaert', '2020-09-01', [
    [0, 302_900, P], [2, 308_400, P], [4, 311_200, P], [6, 314_200, P], [8, 322_300, P], [10, 368_600, P], [16, 406_500, P],
  ]),
  ...row('ks', 'ufaglaert', '2021-05-01', [
    [0, 312_900, P], [2, 319_400, P], [4, 322_200, P], [6, 325_200, P], [8, 333_300, P], [10, 379_600, P], [16, 419_400, P],
  ]),
  ...row('ks', 'ufaglaert', '2022-05-01', [
    [0, 324_900, P], [2, 331_400, P], [4, 334_200, P], [6, 337_200, P], [8, 345_300, P], [10, 391_600, P], [16, 431_400, P],
  ]),
  ...row('ks', 'ufaglaert', '2023-05-01', [
    [0, 351_200, D], [2, 357_700, D], [4, 360_500, D], [6, 363_500, D], [8, 371_600, D], [10, 417_900, D], [16, 457_700, D],
  ]),
  ...row('ks', 'ufaglaert', '2024-05-01', [
    [0, 382_500, P], [2, null, P], [4, null, P], [6, null, P], [8, null, P], [10, null, P], [16, null, P],
  ]),

  // ---- Spekter område 10/13, stillingsgruppe 1 ("–" = no such step: not listed) ----
  ...row('spekter', 'gruppe-1', '2021-07-01', [
    [0, 338_000, P], [4, 343_000, P], [8, 354_000, P], [10, 399_000, P], [16, 427_000, P],
  ]),
  ...row('spekter', 'gruppe-1', '2022-08-01', [
    [0, 350_000, P], [4, 355_000, P], [8, 366_000, P], [10, 412_000, P], [16, 440_000, P],
  ]),
  ...row('spekter', 'gruppe-1', '2023-05-01', [
    [0, 373_000, P], [4, 378_000, P], [6, 383_000, P], [8, 389_000, P], [10, 435_000, P], [16, 463_000, P],
  ]),
  ...row('spekter', 'gruppe-1', '2024-07-01', [
    [0, 395_000, P], [4, 400_000, P], [6, 405_000, P], [8, 411_000, P], [10, 457_000, P], [16, 485_000, P],
  ]),

  // ---- Spekter, stillingsgruppe 2 and 3 (helsesekretær) ----
  ...row('spekter', 'gruppe-3', '2021-07-01', [
    [0, 377_000, P], [4, 382_000, P], [8, 395_000, P], [10, 451_000, P],
  ]),
  ...row('spekter', 'gruppe-3', '2022-08-01', [
    [0, 389_000, P], [4, 394_000, P], [8, 407_000, P], [10, 468_000, P],
  ]),
  ...row('spekter', 'gruppe-3', '2023-05-01', [
    [0, 412_000, P], [4, 417_000, P], [6, 423_000, P], [8, 430_000, P], [10, 491_000, P],
  ]),
  // The 16-year step came on 2023-10-01; the other steps as from 2023-05-01.
  ...row('spekter', 'gruppe-3', '2023-10-01', [
    [0, 412_000, P], [4, 417_000, P], [6, 423_000, P], [8, 430_000, P], [10, 491_000, P], [16, 500_000, P],
  ]),
  ...row('spekter', 'gruppe-3', '2024-07-01', [
    [0, 436_000, P], [4, 441_000, P], [6, 447_000, P], [8, 454_000, P], [10, 515_000, P], [16, 527_000, P],
  ]),

  // ---- Spekter, stillingsgruppe 4 (college degree) ----
  ...row('spekter', 'gruppe-4', '2021-08-01', [
    [0, 423_000, P], [4, 439_000, P], [8, 464_000, P], [10, 517_000, P],
  ]),
  ...row('spekter', 'gruppe-4', '2022-08-01', [
    [0, 437_000, P], [4, 453_000, P], [8, 478_000, P], [10, 538_000, P],
  ]),
  ...row('spekter', 'gruppe-4', '2023-05-01', [
    [0, 463_000, P], [4, 479_000, P], [6, 481_000, P], [8, 505_000, P], [10, 565_000, P],
  ]),
  ...row('spekter', 'gruppe-4', '2024-07-01', [
    [0, 485_000, P], [4, 501_000, P], [6, 503_000, P], [8, 527_000, P], [10, 589_000, P],
  ]),

  // ---- NHO 481 (Fagforbundet: «Minstelønnssatser gjeldende fra 21. april 2023», levels without steps → 0 years) ----
  ...row('nho481', 'ufaglaert', '2023-04-21', [[0, 334_625, P]]),
  ...row('nho481', 'fagbrev', '2023-04-21', [[0, 384_625, P]]),

  // ---- Virke, Landsoverenskomst for legesentre (Fagforbundet 2019: «Garantert årslønn (fra 1. juli)») ----
  ...row('virke-legesentre', 'fagarbeider', '2019-07-01', [[0, 350_800, P]]),
  ...row('virke-legesentre', 'fagarbeider-fagskole', '2019-07-01', [[0, 372_800, P]]),
  ...row('virke-legesentre', 'hoyskole', '2019-07-01', [[0, 410_000, P]]),
  ...row('virke-legesentre', 'ufaglaert', '2019-07-01', [[0, 301_500, P]]),
  // Virke: +1 400 kr from 1.9.2020, «samme beløp for alle ansiennitetstrinn» (= KS 0 years from 1.9.2020).
  ...row('virke-legesentre', 'fagarbeider', '2020-09-01', [[0, 352_200, D]]),
  ...row('virke-legesentre', 'fagarbeider-fagskole', '2020-09-01', [[0, 374_200, D]]),
  ...row('virke-legesentre', 'hoyskole', '2020-09-01', [[0, 411_400, D]]),
  ...row('virke-legesentre', 'ufaglaert', '2020-09-01', [[0, 302_900, D]]),

  // ---- Virke HUK, Landsoverenskomst for spesialisthelsetjenesten ----
  // Fagforbundet: «garantert årslønn fra 1. juli 2018» A 314 000, B2 350 000, C 400 000 (no step headings → 0 years).
  ...row('virke-huk', 'kategori-a', '2018-07-01', [[0, 314_000, P]]),
  ...row('virke-huk', 'kategori-b2', '2018-07-01', [[0, 350_000, P]]),
  ...row('virke-huk', 'kategori-c', '2018-07-01', [[0, 400_000, P]]),
  // NSF: «Minstelønn i spesialisthelsetjenesten · Sykepleier 1. mai 2023».
  ...row('virke-huk', 'kategori-c', '2023-05-01', [
    [0, 463_000, P], [4, 479_000, P], [6, 481_000, P], [8, 505_000, P], [10, 565_000, P],
  ]),
  // Delta: «Ny minstelønnstabell» from 1.7.2024; only A 0 and 4 years in the text read, 6–16 cut off.
  ...row('virke-huk', 'kategori-a', '2024-07-01', [
    [0, 395_000, P], [4, 400_000, P], [6, null, P], [8, null, P], [10, null, P], [16, null, P],
  ]),
];

import { describe, expect, it } from 'vitest';
import { mannWhitneyU, minAttainablePValue, minRoundsForAlpha } from '../../../../src/bench/statistics/index.js';

/** Two samples with U (pairs a > b) exactly `u`: b = 0, 2, 4, ...; each a sits just below the b it cannot beat. */
function samplesWithU(n1: number, n2: number, u: number): [number[], number[]] {
  const beats = new Array<number>(n1).fill(0);
  let left = u;
  for (let index = n1 - 1; index >= 0; index--) {
    beats[index] = Math.min(n2, left);
    left -= beats[index] ?? 0;
  }
  return [beats.map((k, index) => 2 * k - 0.5 + index * 1e-4), Array.from({ length: n2 }, (_, j) => 2 * j)];
}

/** P(U <= u) by listing every assignment of ranks to `a`: an independent check of the counting. */
function bruteForceLowerTail(n1: number, n2: number, u: number): number {
  let hits = 0;
  let total = 0;
  const visit = (start: number, chosen: number[]) => {
    if (chosen.length === n1) {
      total++;
      // U of a = sum of ranks of a (1-based) - n1 (n1 + 1) / 2.
      const uOfA = chosen.reduce((sum, rank) => sum + rank, 0) - (n1 * (n1 + 1)) / 2;
      if (uOfA <= u) hits++;
      return;
    }
    for (let rank = start; rank <= n1 + n2; rank++) visit(rank + 1, [...chosen, rank]);
  };
  visit(1, []);
  return hits / total;
}

describe('Mann-Whitney U, exact (n <= 20)', () => {
  it('gives U = 17 and p = 1/9 on the 5 male and 4 female ages of the scipy.stats.mannwhitneyu documentation', () => {
    // Hand check: pairs male > female are 3 + 4 + 2 + 4 + 4 = 17; uMin = 20 - 17 = 3; orderings with
    // U <= 3 are the partitions of 0..3 into at most 4 parts of at most 5: 1 + 1 + 2 + 3 = 7 of C(9,4) = 126,
    // so p = 2 * 7 / 126 = 0.1111. scipy 1.17 method='exact' gives 0.1111111111111111.
    const result = mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    expect(result).toMatchObject({ u: 17, uMin: 3, method: 'exact' });
    expect(result.pValue).toBeCloseTo(14 / 126, 14);
  });

  it('gives uMin = 11 and p = 0.3095 for the tortoise and hare race (Wikipedia, Mann-Whitney U test, finishing order THHHHHTTTTTH)', () => {
    // Finishing places as times: tortoises 1, 7..11, hares 2..6, 12. Pairs tortoise later than hare:
    // 5 tortoises (7..11) x 5 hares (2..6) = 25, so U_T = 25 and U_H = 36 - 25 = 11. scipy exact: 0.30952380952380953.
    const result = mannWhitneyU([1, 7, 8, 9, 10, 11], [2, 3, 4, 5, 6, 12]);
    expect(result).toMatchObject({ u: 25, uMin: 11, method: 'exact' });
    expect(result.pValue).toBeCloseTo(0.30952380952380953, 14);
  });

  it.each([
    [5, 2, 0],
    [6, 5, 2],
    [8, 13, 7],
    [10, 23, 16],
    [20, 127, 105],
  ])('agrees with the printed critical values of U for n1 = n2 = %i (two-sided 0.05: %i, 0.01: %i)', (n, at05, at01) => {
    // Tables of critical values of U (e.g. Zar, Biostatistical Analysis, table B.11), rechecked with scipy 1.17:
    // U at the critical value is significant, one more is not.
    for (const [alpha, critical] of [
      [0.05, at05],
      [0.01, at01],
    ] as const) {
      expect(mannWhitneyU(...samplesWithU(n, n, critical)).pValue).toBeLessThanOrEqual(alpha);
      expect(mannWhitneyU(...samplesWithU(n, n, critical + 1)).pValue).toBeGreaterThan(alpha);
    }
  });

  it.each([
    [3, 4, 2],
    [5, 5, 6],
    [4, 7, 9],
    [6, 6, 11],
  ])('matches a brute-force listing of all rank assignments for %i vs %i at U = %i', (n1, n2, u) => {
    const result = mannWhitneyU(...samplesWithU(n1, n2, u));
    expect(result.uMin).toBe(u);
    expect(result.pValue).toBeCloseTo(Math.min(1, 2 * bruteForceLowerTail(n1, n2, u)), 12);
  });

  it.each([
    [[1, 2, 2, 3], [2, 3, 4, 5], 14 / 70],
    [[3, 5, 5, 6, 7, 7], [1, 2, 2, 3, 4, 4, 5], 24 / 1716],
    [[1, 1, 1, 1], [2, 2.1, 2.2, 2.3], 2 / 70],
  ])('counts the permutation distribution with ties exactly: %j vs %j', (a, b, expected) => {
    // Expected: share of the C(n, n1) splits of the midranks whose rank sum is as far from its
    // mean as observed, listed by itertools.combinations over scipy.stats.rankdata (14/70, 24/1716, 2/70).
    const result = mannWhitneyU(a, b);
    expect(result.method).toBe('exact');
    expect(result.pValue).toBeCloseTo(expected, 12);
  });

  it('is symmetric in its samples, with U and z changing side', () => {
    const a = [19, 22, 16, 29, 24];
    const b = [20, 11, 17, 12];
    const forward = mannWhitneyU(a, b);
    const backward = mannWhitneyU(b, a);
    expect(backward.u).toBe(20 - forward.u);
    expect(backward.z).toBeCloseTo(-forward.z, 12);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 14);
  });
});

describe('Mann-Whitney U, normal approximation', () => {
  it('uses tie and continuity corrections (22 vs 23 values with ties; scipy 1.17 asymptotic p = 0.037471)', () => {
    const a = [3, 5, 5, 6, 7, 7, 7, 8, 9, 10, 12, 12, 13, 14, 15, 15, 16, 18, 20, 21, 22, 24];
    const b = [1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 8, 8, 9, 9, 10, 11, 11, 12, 13, 14, 14, 15, 17];
    const result = mannWhitneyU(a, b);
    expect(result).toMatchObject({ u: 345, method: 'normal' });
    expect(result.z).toBeCloseTo(2.091965906286606, 6);
    expect(result.pValue).toBeCloseTo(0.03747085212149142, 6);
  });

  it('gives p = 1 when every value is the same', () => {
    expect(mannWhitneyU([2, 2, 2], [2, 2])).toMatchObject({ z: 0, pValue: 1 });
  });

  it('refuses an empty side', () => {
    expect(() => mannWhitneyU([], [1])).toThrow(RangeError);
  });
});

describe('attainable p-values with few rounds', () => {
  it('cannot go below 2 / C(n1 + n2, n1)', () => {
    expect(minAttainablePValue(5, 5)).toBeCloseTo(2 / 252, 15);
    expect(minAttainablePValue(4, 4)).toBeCloseTo(2 / 70, 15);
    expect(mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).pValue).toBeCloseTo(2 / 252, 15);
  });

  it.each([
    [0.05, 4],
    [0.01, 5],
    [0.005, 6],
    [0.001, 7],
  ])('needs, at alpha %f, %i rounds a side', (alpha, rounds) => {
    expect(minRoundsForAlpha(alpha)).toBe(rounds);
  });
});

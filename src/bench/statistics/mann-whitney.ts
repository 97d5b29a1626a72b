import { twoSidedNormalP } from './normal.js';

/** Result of a two-sided Mann-Whitney U test of `a` against `b`. */
export interface MannWhitneyResult {
  /** U of the first sample: the number of pairs (a_i, b_j) with a_i > b_j, ties counting half. */
  u: number;
  /** min(U, n1 n2 - U), the statistic printed in critical-value tables. */
  uMin: number;
  /** (U - n1 n2 / 2) / sd(U), tie-corrected, without continuity correction; positive when `a` is larger. */
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  /** 'exact': null distribution counted; 'normal': normal approximation with tie and continuity corrections. */
  method: 'exact' | 'normal';
}

/** Largest sample size (each side) for which the exact null distribution is used, when there are no ties. */
export const exactLimit = 20;

/**
 * Two-sided Mann-Whitney U (Wilcoxon rank-sum) test. With n1, n2 <= {@link exactLimit} and no
 * ties, the p-value is exact: 2 P(U <= uMin) from the counted null distribution (capped at 1),
 * as scipy's `method='exact'`. Otherwise the normal approximation, with the tie-corrected
 * variance n1 n2 / 12 (n + 1 - sum(t^3 - t) / (n (n - 1))) and a continuity correction of 0.5.
 * Ties in small samples take the normal path because the exact tables assume none; the
 * round medians the gate tests are continuous, so ties there are rare.
 * Throws a RangeError when a sample is empty or holds a value that is not finite.
 */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('the U test needs at least one value on each side');
  if (![...a, ...b].every(Number.isFinite)) throw new RangeError('the U test needs finite values');
  const { rankSumA, tieTerm } = rankSum(a, b);
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const uMin = Math.min(u, n1 * n2 - u);
  const n = n1 + n2;
  const meanU = (n1 * n2) / 2;
  const varianceU = n > 1 ? ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))) : 0;
  const z = varianceU > 0 ? (u - meanU) / Math.sqrt(varianceU) : 0;
  if (tieTerm === 0 && n1 <= exactLimit && n2 <= exactLimit) {
    return { u, uMin, z, pValue: Math.min(1, 2 * exactLowerTail(n1, n2, uMin)), method: 'exact' };
  }
  if (varianceU === 0) return { u, uMin, z: 0, pValue: 1, method: 'normal' };
  const corrected = Math.max(0, Math.abs(u - meanU) - 0.5) / Math.sqrt(varianceU);
  return { u, uMin, z, pValue: twoSidedNormalP(corrected), method: 'normal' };
}

/**
 * The smallest two-sided p-value an exact U test can give with n1 and n2 values: every value
 * of one side above every value of the other, 2 / C(n1 + n2, n1). A test at `alpha` can only
 * ever reject when this is below alpha: 5 vs 5 gives 2/252 = 0.0079, 4 vs 4 gives 2/70 = 0.029.
 */
export function minAttainablePValue(n1: number, n2: number): number {
  return Math.min(1, 2 / binomial(n1 + n2, n1));
}

/**
 * The fewest rounds per side (equal sides) with which a two-sided U test can reach p < alpha:
 * 5 for alpha 0.01, 4 for 0.05, 6 for 0.005, 7 for 0.001. Fewer rounds can never give a
 * regression verdict however large the change, so a runner must measure at least this many;
 * 10 rounds a side leave room (smallest p 1.1e-5), so that a real regression does not need
 * every single round to be slower.
 */
export function minRoundsForAlpha(alpha: number): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be within (0, 1), got ${alpha}`);
  let rounds = 1;
  while (minAttainablePValue(rounds, rounds) >= alpha) rounds++;
  return rounds;
}

/** P(U <= u) under the null hypothesis, counting orderings by dynamic programming. */
function exactLowerTail(n1: number, n2: number, u: number): number {
  // previous[j][k] / current[j][k]: orderings of i values of a and j of b with U = k.
  let previous: number[][] = Array.from({ length: n2 + 1 }, () => [1]);
  for (let i = 1; i <= n1; i++) {
    const current: number[][] = [[1]];
    for (let j = 1; j <= n2; j++) {
      const row = new Array<number>(i * j + 1).fill(0);
      const largestFromA = previous[j] ?? [];
      const largestFromB = current[j - 1] ?? [];
      // When the largest value is from a, it exceeds all j values of b: U grows by j.
      for (let k = 0; k < largestFromA.length; k++) row[k + j] = (row[k + j] ?? 0) + (largestFromA[k] ?? 0);
      for (let k = 0; k < largestFromB.length; k++) row[k] = (row[k] ?? 0) + (largestFromB[k] ?? 0);
      current.push(row);
    }
    previous = current;
  }
  const distribution = previous[n2] ?? [];
  let below = 0;
  for (let k = 0; k <= Math.floor(u) && k < distribution.length; k++) below += distribution[k] ?? 0;
  return below / binomial(n1 + n2, n1);
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

function rankSum(a: readonly number[], b: readonly number[]): { rankSumA: number; tieTerm: number } {
  const all = [...a.map((value) => ({ value, fromA: true })), ...b.map((value) => ({ value, fromA: false }))].sort(
    (x, y) => x.value - y.value,
  );
  let rankSumA = 0;
  let tieTerm = 0;
  for (let start = 0; start < all.length; ) {
    let end = start;
    while (end + 1 < all.length && all[end + 1]?.value === all[start]?.value) end++;
    const averageRank = (start + end) / 2 + 1;
    const tied = end - start + 1;
    tieTerm += tied ** 3 - tied;
    for (let index = start; index <= end; index++) if (all[index]?.fromA) rankSumA += averageRank;
    start = end + 1;
  }
  return { rankSumA, tieTerm };
}

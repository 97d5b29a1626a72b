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
  /** 'exact': permutation distribution counted (n1, n2 <= 20); 'normal': normal approximation with tie and continuity corrections. */
  method: 'exact' | 'normal';
}

/** Largest sample size (each side) for which the exact null distribution is used. */
export const exactLimit = 20;

/**
 * Two-sided Mann-Whitney U (Wilcoxon rank-sum) test. With n1, n2 <= {@link exactLimit} the
 * p-value is exact: the share of all C(n1 + n2, n1) ways to split the pooled (mid)ranks
 * whose rank sum lies at least as far from its mean as the observed one (the permutation
 * test, exact with ties too; without ties it equals 2 P(U <= uMin), scipy's `method='exact'`).
 * Larger samples use the normal approximation with the tie-corrected variance
 * n1 n2 / 12 (n + 1 - sum(t^3 - t) / (n (n - 1))) and a continuity correction of 0.5.
 * Throws a RangeError when a sample is empty or holds a value that is not finite.
 */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('the U test needs at least one value on each side');
  if (![...a, ...b].every(Number.isFinite)) throw new RangeError('the U test needs finite values');
  const { doubledRanks, doubledSumA, tieTerm } = rank(a, b);
  const u = doubledSumA / 2 - (n1 * (n1 + 1)) / 2;
  const uMin = Math.min(u, n1 * n2 - u);
  const n = n1 + n2;
  const meanU = (n1 * n2) / 2;
  const varianceU = n > 1 ? ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))) : 0;
  const z = varianceU > 0 ? (u - meanU) / Math.sqrt(varianceU) : 0;
  if (n1 <= exactLimit && n2 <= exactLimit) {
    return { u, uMin, z, pValue: exactTwoSidedP(doubledRanks, n1, doubledSumA), method: 'exact' };
  }
  if (varianceU === 0) return { u, uMin, z: 0, pValue: 1, method: 'normal' };
  const corrected = Math.max(0, Math.abs(u - meanU) - 0.5) / Math.sqrt(varianceU);
  return { u, uMin, z, pValue: twoSidedNormalP(corrected), method: 'normal' };
}

/**
 * The smallest two-sided p-value an exact U test can give with n1 and n2 values: every value
 * of one side above every value of the other, 2 / C(n1 + n2, n1) (ties only raise it). A test at `alpha` can only
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

/**
 * P(|W - E W| >= |w - E W|) for the rank sum W of n1 values drawn without replacement from
 * the pooled ranks, counting subsets by their rank sum (ranks doubled to stay integers).
 */
function exactTwoSidedP(doubledRanks: readonly number[], n1: number, observed: number): number {
  const total = doubledRanks.reduce((sum, value) => sum + value, 0);
  // counts[k][s]: subsets of k ranks seen so far whose doubled sum is s.
  const counts = Array.from({ length: n1 + 1 }, () => new Float64Array(total + 1));
  (counts[0] as Float64Array)[0] = 1;
  doubledRanks.forEach((value, index) => {
    for (let k = Math.min(index + 1, n1); k >= 1; k--) {
      const into = counts[k] as Float64Array;
      const from = counts[k - 1] as Float64Array;
      for (let sum = total; sum >= value; sum--) into[sum] = (into[sum] as number) + (from[sum - value] as number);
    }
  });
  const expected = (n1 * total) / doubledRanks.length;
  const distance = Math.abs(observed - expected) - 1e-9;
  let extreme = 0;
  (counts[n1] as Float64Array).forEach((count, sum) => {
    if (Math.abs(sum - expected) >= distance) extreme += count;
  });
  return Math.min(1, extreme / binomial(doubledRanks.length, n1));
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

/** Midranks of the pooled values, doubled so ties stay integers, with a's sum and the tie term sum(t^3 - t). */
function rank(a: readonly number[], b: readonly number[]): { doubledRanks: number[]; doubledSumA: number; tieTerm: number } {
  const all = [...a.map((value) => ({ value, fromA: true })), ...b.map((value) => ({ value, fromA: false }))].sort(
    (x, y) => x.value - y.value,
  );
  const doubledRanks: number[] = [];
  let doubledSumA = 0;
  let tieTerm = 0;
  for (let start = 0; start < all.length; ) {
    let end = start;
    while (end + 1 < all.length && all[end + 1]?.value === all[start]?.value) end++;
    const doubledRank = start + end + 2;
    const tied = end - start + 1;
    tieTerm += tied ** 3 - tied;
    for (let index = start; index <= end; index++) {
      doubledRanks.push(doubledRank);
      if (all[index]?.fromA) doubledSumA += doubledRank;
    }
    start = end + 1;
  }
  return { doubledRanks, doubledSumA, tieTerm };
}

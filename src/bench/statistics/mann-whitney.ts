import { normalCdf } from './normal.js';

export interface MannWhitneyResult {
  /** U of the first sample: how often a value of `a` exceeds one of `b` (ties count half). */
  u: number;
  /** The smaller of U and n1*n2 - U, the statistic tables list. */
  uMin: number;
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  method: 'exact' | 'normal';
}

/** Largest sample sizes for which the exact distribution is used (when there are no ties). */
export const exactLimit = 20;

/**
 * Two-sided Mann-Whitney U test. Exact null distribution for small samples without ties;
 * otherwise the normal approximation with tie correction and continuity correction.
 */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return { u: Number.NaN, uMin: Number.NaN, z: Number.NaN, pValue: 1, method: 'normal' };
  const { rankSumA, tieTerm } = rankSum(a, b);
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const uMin = Math.min(u, n1 * n2 - u);
  const meanU = (n1 * n2) / 2;
  const n = n1 + n2;
  const varianceU = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  const z = varianceU > 0 ? (u - meanU) / Math.sqrt(varianceU) : 0;
  if (tieTerm === 0 && n1 <= exactLimit && n2 <= exactLimit) {
    return { u, uMin, z, pValue: Math.min(1, 2 * exactLowerTail(n1, n2, uMin)), method: 'exact' };
  }
  if (varianceU === 0) return { u, uMin, z: 0, pValue: 1, method: 'normal' };
  const corrected = Math.max(0, Math.abs(u - meanU) - 0.5) / Math.sqrt(varianceU);
  return { u, uMin, z, pValue: Math.min(1, 2 * (1 - normalCdf(corrected))), method: 'normal' };
}

/**
 * The smallest two-sided p-value a U test can give with `rounds` values a side (all of one
 * side above all of the other): 2 / C(2n, n). Below `alpha` only from this many rounds on.
 */
export function minRoundsForAlpha(alpha: number): number {
  for (let rounds = 2; rounds < 100; rounds++) if (2 * exactLowerTail(rounds, rounds, 0) < alpha) return rounds;
  return 100;
}

/** P(U <= u) under the null hypothesis, by counting arrangements (dynamic programming). */
function exactLowerTail(n1: number, n2: number, u: number): number {
  // counts[i][j][k]: arrangements of i values of a and j of b with U = k.
  let previous: number[][] = Array.from({ length: n2 + 1 }, () => [1]);
  for (let i = 1; i <= n1; i++) {
    const current: number[][] = [[1]];
    for (let j = 1; j <= n2; j++) {
      const size = i * j + 1;
      const row = new Array<number>(size).fill(0);
      const withA = previous[j] ?? [];
      const withB = current[j - 1] ?? [];
      // Last value from a: it exceeds all j values of b, adding j to U.
      for (let k = 0; k < withA.length; k++) row[k + j] = (row[k + j] ?? 0) + (withA[k] ?? 0);
      for (let k = 0; k < withB.length; k++) row[k] = (row[k] ?? 0) + (withB[k] ?? 0);
      current.push(row);
    }
    previous = current;
  }
  const distribution = previous[n2] ?? [];
  const total = distribution.reduce((sum, count) => sum + count, 0);
  let below = 0;
  for (let k = 0; k <= Math.floor(u) && k < distribution.length; k++) below += distribution[k] ?? 0;
  return below / total;
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
    if (tied > 1) tieTerm += tied ** 3 - tied;
    for (let index = start; index <= end; index++) if (all[index]?.fromA) rankSumA += averageRank;
    start = end + 1;
  }
  return { rankSumA, tieTerm };
}

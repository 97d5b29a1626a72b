import { median } from './quantile.js';

/**
 * The Hodges-Lehmann estimate of the shift between two samples: the median of all n1 n2
 * differences a_i - b_j. It is the location shift the Mann-Whitney U test is built to detect,
 * and robust to outliers on either side.
 */
export function hodgesLehmannShift(a: readonly number[], b: readonly number[]): number {
  const differences: number[] = [];
  for (const x of a) for (const y of b) differences.push(x - y);
  return median(differences);
}

/**
 * The Hodges-Lehmann estimate of the ratio a / b for positive values (latencies): the shift
 * of the logarithms, exponentiated, i.e. the median of all ratios a_i / b_j.
 */
export function hodgesLehmannRatio(a: readonly number[], b: readonly number[]): number {
  if (![...a, ...b].every((value) => value > 0)) throw new RangeError('ratios need positive values');
  return Math.exp(hodgesLehmannShift(a.map(Math.log), b.map(Math.log)));
}

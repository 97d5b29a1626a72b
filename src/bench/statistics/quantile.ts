/**
 * The q-quantile (0 <= q <= 1) of ascending-sorted values by linear interpolation between
 * order statistics: Hyndman and Fan type 7, the default of R's `quantile()`, NumPy and
 * Excel's PERCENTILE.INC. Position h = (n - 1) q; the result is x[floor h] + (h - floor h)
 * (x[floor h + 1] - x[floor h]) with zero-based x. NaN for no values.
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be within [0, 1], got ${q}`);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const low = sorted[lower] as number;
  const high = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - lower);
}

/** The q-quantile (type 7) of values in any order; see {@link quantileSorted}. */
export function quantile(values: readonly number[], q: number): number {
  return quantileSorted(sortAscending(values), q);
}

/** The median of values in any order (type 7: the mean of the middle two for even counts). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** A sorted copy; the input is left alone. */
export function sortAscending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

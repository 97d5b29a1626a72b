/** Descriptive statistics of latency samples in milliseconds. */
export interface SampleSummary {
  mean: number;
  p50: number;
  p75: number;
  p99: number;
  p999: number;
  min: number;
  max: number;
  sd: number;
  /** Relative margin of error of the mean at 95% (Student's t), in percent. */
  rme: number;
  samples: number;
  opsPerSec: number;
}

/**
 * The q-quantile of ascending-sorted values by linear interpolation between order
 * statistics (Hyndman and Fan type 7, the default of R and NumPy).
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  return low + ((sorted[upper] as number) - low) * (position - lower);
}

/** The median of unsorted values. */
export function median(values: readonly number[]): number {
  return quantileSorted([...values].sort((a, b) => a - b), 0.5);
}

/** Summarizes samples: location, spread, tail percentiles and the margin of error of the mean. */
export function describeSamples(values: readonly number[]): SampleSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / n;
  const variance = n > 1 ? sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1) : 0;
  const sd = Math.sqrt(variance);
  const sem = sd / Math.sqrt(n);
  const rme = n > 1 && mean > 0 ? (100 * tCritical95(n - 1) * sem) / mean : 0;
  return {
    mean,
    p50: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p99: quantileSorted(sorted, 0.99),
    p999: quantileSorted(sorted, 0.999),
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    sd,
    rme,
    samples: n,
    opsPerSec: mean > 0 ? 1000 / mean : 0,
  };
}

const tTable95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131];

/**
 * Two-sided 95% critical value of Student's t: exact table to 15 degrees of freedom, then
 * the Cornish-Fisher expansion around 1.96 (error below 0.002 from there on).
 */
export function tCritical95(df: number): number {
  if (df < 1) return Number.NaN;
  if (df <= tTable95.length) return tTable95[df - 1] as number;
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2);
}

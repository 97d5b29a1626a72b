import { quantileSorted, sortAscending } from './quantile.js';
import { tCritical95 } from './student-t.js';

/** Descriptive statistics of latency samples in milliseconds. Percentiles are type 7. */
export interface SampleSummary {
  mean: number;
  p50: number;
  p75: number;
  p99: number;
  p999: number;
  min: number;
  max: number;
  /** Sample standard deviation (n - 1 denominator); 0 for one sample. */
  sd: number;
  /** Standard error of the mean, sd / sqrt(n). */
  sem: number;
  /** Relative margin of error of the mean at 95% (Student's t, n - 1 df), in percent. */
  rme: number;
  samples: number;
  /** Operations per second at the mean latency: 1000 / mean. */
  opsPerSec: number;
}

/** The arithmetic mean; NaN for no values. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The sample standard deviation (n - 1 denominator, two-pass); 0 for one value, NaN for none. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  if (values.length === 1) return 0;
  const centre = mean(values);
  const squares = values.reduce((sum, value) => sum + (value - centre) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

/**
 * Summarizes latency samples: location, spread, tail percentiles (type 7, see
 * `quantileSorted`), the standard error and the 95% relative margin of error of the mean.
 * Throws a RangeError for no samples or a sample that is not a finite number.
 */
export function describeSamples(values: readonly number[]): SampleSummary {
  if (values.length === 0) throw new RangeError('cannot describe an empty sample');
  if (!values.every(Number.isFinite)) throw new RangeError('samples must be finite numbers');
  const sorted = sortAscending(values);
  const n = sorted.length;
  const average = mean(sorted);
  const sd = standardDeviation(sorted);
  const sem = sd / Math.sqrt(n);
  return {
    mean: average,
    p50: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p99: quantileSorted(sorted, 0.99),
    p999: quantileSorted(sorted, 0.999),
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    sd,
    sem,
    rme: n > 1 && average > 0 ? (100 * tCritical95(n - 1) * sem) / average : 0,
    samples: n,
    opsPerSec: average > 0 ? 1000 / average : 0,
  };
}

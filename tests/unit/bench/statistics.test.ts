import { describe, expect, it } from 'vitest';
import {
  bootstrapRatioOfMedians,
  describeSamples,
  mannWhitneyU,
  minRoundsForAlpha,
  normalCdf,
  quantileSorted,
  seededRandom,
  tCritical95,
} from '../../../src/bench/statistics/index.js';

// Reference values computed independently with scipy.stats 1.17 (mannwhitneyu, norm, t) and
// numpy.quantile (linear, type 7); the U-test example is the one in scipy's documentation
// (its males/females data; `untied` breaks that data's two ties so the exact path applies).
const males = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
const females = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
const untied = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.07, 3.14, 1.28];

describe('Mann-Whitney U', () => {
  it('matches the exact reference for small samples without ties', () => {
    const result = mannWhitneyU(males, untied);
    expect(result.method).toBe('exact');
    expect(result.u).toBe(58);
    expect(result.pValue).toBeCloseTo(0.13591114767585355, 10);
  });

  it('falls back to the normal approximation when there are ties', () => {
    const result = mannWhitneyU(males, females);
    expect(result.method).toBe('normal');
    expect(result.u).toBe(58);
    expect(result.pValue).toBeCloseTo(0.13291945818531892, 6);
  });

  it('gives the smallest p-value 2/C(10,5) when the samples do not overlap', () => {
    const result = mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
    expect(result.u).toBe(0);
    expect(result.pValue).toBeCloseTo(2 / 252, 12);
  });

  it('uses the normal approximation with tie and continuity corrections', () => {
    const c = [1, 2, 2, 3, 4, 5, 5, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
    const d = [2, 3, 3, 4, 6, 6, 7, 7, 8, 9, 9, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30];
    const result = mannWhitneyU(c, d);
    expect(result.method).toBe('normal');
    expect(result.u).toBe(262);
    expect(result.pValue).toBeCloseTo(0.5986291773894505, 5);
  });

  it('is symmetric in its two samples', () => {
    expect(mannWhitneyU(males, females).pValue).toBeCloseTo(mannWhitneyU(females, males).pValue, 12);
  });

  it('needs 5 rounds a side before a two-sided p can fall under 0.01', () => {
    expect(minRoundsForAlpha(0.01)).toBe(5);
    expect(minRoundsForAlpha(0.05)).toBe(4);
  });
});

describe('descriptive statistics', () => {
  it('interpolate percentiles linearly (type 7)', () => {
    const sorted = [1, 2, 3, 4, 10];
    expect(quantileSorted(sorted, 0.5)).toBe(3);
    expect(quantileSorted(sorted, 0.75)).toBe(4);
    expect(quantileSorted(sorted, 0.99)).toBeCloseTo(9.76, 12);
  });

  it('summarize samples', () => {
    const summary = describeSamples([4, 1, 3, 2, 10]);
    expect(summary).toMatchObject({ mean: 4, p50: 3, min: 1, max: 10, samples: 5, opsPerSec: 250 });
    expect(summary.sd).toBeCloseTo(Math.sqrt(12.5), 12);
    expect(summary.rme).toBeCloseTo((100 * 2.776 * Math.sqrt(12.5 / 5)) / 4, 6);
  });

  it('know the normal CDF and t critical values', () => {
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 6);
    expect(normalCdf(-2.5758)).toBeCloseTo(0.00500042373777868, 6);
    expect(tCritical95(20)).toBeCloseTo(2.085963447265864, 3);
    expect(tCritical95(100)).toBeCloseTo(1.9839715185235518, 3);
  });
});

describe('bootstrap ratio of medians', () => {
  it('is deterministic for a seed and brackets the estimate', () => {
    const random = seededRandom(3);
    const a = Array.from({ length: 30 }, () => 2 + random());
    const b = Array.from({ length: 30 }, () => 1 + random());
    const first = bootstrapRatioOfMedians(a, b, { seed: 9 });
    expect(bootstrapRatioOfMedians(a, b, { seed: 9 })).toEqual(first);
    expect(first.ci[0]).toBeLessThan(first.ratio);
    expect(first.ci[1]).toBeGreaterThan(first.ratio);
    expect(first.ratio).toBeGreaterThan(1.5);
  });
});

import { describe, expect, it } from 'vitest';
import {
  describeSamples,
  mean,
  median,
  quantile,
  quantileSorted,
  standardDeviation,
  tCritical95,
} from '../../../../src/bench/statistics/index.js';

describe('percentiles (type 7, linear interpolation)', () => {
  it('interpolate between order statistics at h = (n - 1) q, checked by hand', () => {
    const sorted = [1, 2, 3, 4, 10];
    expect(quantileSorted(sorted, 0)).toBe(1);
    expect(quantileSorted(sorted, 0.5)).toBe(3); // h = 2
    expect(quantileSorted(sorted, 0.75)).toBe(4); // h = 3
    expect(quantileSorted(sorted, 0.99)).toBeCloseTo(9.76, 12); // h = 3.96: 4 + 0.96 * 6
    expect(quantileSorted(sorted, 0.999)).toBeCloseTo(9.976, 12); // h = 3.996: 4 + 0.996 * 6
    expect(quantileSorted(sorted, 1)).toBe(10);
  });

  it("agree with R's quantile(c(10, 20, 30, 40), c(.5, .75, .99)) = 25, 32.5, 39.7", () => {
    expect(quantile([40, 10, 30, 20], 0.5)).toBe(25);
    expect(quantile([40, 10, 30, 20], 0.75)).toBe(32.5);
    expect(quantile([40, 10, 30, 20], 0.99)).toBeCloseTo(39.7, 12);
  });

  it('take the mean of the middle two as the median of an even count, and leave the input alone', () => {
    const values = [4, 1, 3, 2];
    expect(median(values)).toBe(2.5);
    expect(values).toEqual([4, 1, 3, 2]);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('refuse a quantile outside [0, 1]', () => {
    expect(() => quantileSorted([1, 2], 1.5)).toThrow(RangeError);
  });
});

describe('describeSamples', () => {
  it('summarizes [4, 1, 3, 2, 10] as computed by hand', () => {
    // mean 4; squared deviations 0 + 9 + 1 + 4 + 36 = 50, variance 50 / 4 = 12.5;
    // sem = sqrt(12.5 / 5) = 1.5811; rme = 100 * t(4 df) 2.776 * 1.5811 / 4 = 109.73%.
    const summary = describeSamples([4, 1, 3, 2, 10]);
    expect(summary).toMatchObject({ mean: 4, p50: 3, p75: 4, min: 1, max: 10, samples: 5, opsPerSec: 250 });
    expect(summary.p99).toBeCloseTo(9.76, 12);
    expect(summary.p999).toBeCloseTo(9.976, 12);
    expect(summary.sd).toBeCloseTo(Math.sqrt(12.5), 12);
    expect(summary.sem).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(summary.rme).toBeCloseTo((100 * 2.776 * Math.sqrt(2.5)) / 4, 9);
  });

  it('gives no spread and no margin for one sample', () => {
    expect(describeSamples([2])).toMatchObject({ mean: 2, sd: 0, sem: 0, rme: 0, p99: 2, opsPerSec: 500 });
  });

  it('refuses an empty or non-finite sample', () => {
    expect(() => describeSamples([])).toThrow(RangeError);
    expect(() => describeSamples([1, Number.NaN])).toThrow(RangeError);
  });

  it('computes mean and sd without losing precision on large offsets', () => {
    const values = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];
    expect(mean(values)).toBe(1e9 + 10);
    expect(standardDeviation(values)).toBeCloseTo(Math.sqrt(30), 6);
  });
});

describe('tCritical95', () => {
  it.each([
    [1, 12.706204736174694],
    [4, 2.7764451051977987],
    [10, 2.228138851986274],
    [16, 2.1199052992210112],
    [20, 2.085963447265864],
    [30, 2.0422724563012378],
    [100, 1.9839715185235518],
    [1000, 1.9623390808264083],
  ])('matches the t quantile 0.975 at %i df (scipy 1.17 t.ppf) within 5e-4', (df, expected) => {
    expect(Math.abs(tCritical95(df) - expected)).toBeLessThan(5e-4);
  });

  it('is NaN without degrees of freedom', () => {
    expect(tCritical95(0)).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import {
  bootstrapRatioOfMedians,
  hodgesLehmannRatio,
  hodgesLehmannShift,
  mean,
  normalDraw,
  seededRandom,
  standardDeviation,
} from '../../../../src/bench/statistics/index.js';

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const first = seededRandom(42);
    const again = seededRandom(42);
    const other = seededRandom(43);
    const a = Array.from({ length: 5 }, first);
    expect(Array.from({ length: 5 }, again)).toEqual(a);
    expect(Array.from({ length: 5 }, other)).not.toEqual(a);
  });

  it('draws uniform values in [0, 1) and standard normal values (10,000 draws)', () => {
    const random = seededRandom(7);
    const uniform = Array.from({ length: 10_000 }, random);
    expect(Math.min(...uniform)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniform)).toBeLessThan(1);
    expect(Math.abs(mean(uniform) - 0.5)).toBeLessThan(0.01);
    const normal = Array.from({ length: 10_000 }, () => normalDraw(random));
    expect(Math.abs(mean(normal))).toBeLessThan(0.05);
    expect(Math.abs(standardDeviation(normal) - 1)).toBeLessThan(0.05);
  });
});

describe('Hodges-Lehmann estimates', () => {
  it('take the median of all pairwise differences, checked by hand', () => {
    // [1, 2, 3] - [0, 1]: 1, 0, 2, 1, 3, 2 -> sorted 0, 1, 1, 2, 2, 3 -> median 1.5
    expect(hodgesLehmannShift([1, 2, 3], [0, 1])).toBe(1.5);
  });

  it('estimate a ratio as the median pairwise ratio', () => {
    // ratios 2/1, 2/4, 8/1, 8/4 = 2, 0.5, 8, 2 -> median 2
    expect(hodgesLehmannRatio([2, 8], [1, 4])).toBeCloseTo(2, 12);
    expect(() => hodgesLehmannRatio([0], [1])).toThrow(RangeError);
  });
});

describe('bootstrapRatioOfMedians', () => {
  const random = seededRandom(3);
  const slow = Array.from({ length: 10 }, () => 1.5 * Math.exp(0.05 * normalDraw(random)));
  const fast = Array.from({ length: 10 }, () => Math.exp(0.05 * normalDraw(random)));

  it('is deterministic for a seed and brackets the ratio of medians', () => {
    const estimate = bootstrapRatioOfMedians(slow, fast, { seed: 9 });
    expect(bootstrapRatioOfMedians(slow, fast, { seed: 9 })).toEqual(estimate);
    expect(bootstrapRatioOfMedians(slow, fast, { seed: 10 })).not.toEqual(estimate);
    expect(estimate.ci[0]).toBeLessThanOrEqual(estimate.ratio);
    expect(estimate.ci[1]).toBeGreaterThanOrEqual(estimate.ratio);
    expect(estimate.ci[0]).toBeGreaterThan(1.3);
    expect(estimate.ci[1]).toBeLessThan(1.7);
  });

  it('gives a degenerate interval when both samples are constant', () => {
    expect(bootstrapRatioOfMedians([3, 3, 3], [2, 2], { seed: 1, resamples: 50 })).toEqual({ ratio: 1.5, ci: [1.5, 1.5] });
  });

  it('widens with the confidence level', () => {
    const at95 = bootstrapRatioOfMedians(slow, fast, { seed: 2 });
    const at99 = bootstrapRatioOfMedians(slow, fast, { seed: 2, level: 0.99 });
    expect(at99.ci[0]).toBeLessThanOrEqual(at95.ci[0]);
    expect(at99.ci[1]).toBeGreaterThanOrEqual(at95.ci[1]);
  });

  it('covers the true ratio in about 95% of 200 synthetic trials (10 vs 10 log-normal values)', () => {
    const source = seededRandom(11);
    let covered = 0;
    for (let trial = 0; trial < 200; trial++) {
      const a = Array.from({ length: 10 }, () => 1.2 * Math.exp(0.1 * normalDraw(source)));
      const b = Array.from({ length: 10 }, () => Math.exp(0.1 * normalDraw(source)));
      const { ci } = bootstrapRatioOfMedians(a, b, { seed: trial, resamples: 500 });
      if (ci[0] <= 1.2 && 1.2 <= ci[1]) covered++;
    }
    // 963 of 1000 with seed 11 and 1000 resamples; 90% is the floor accepted here.
    expect(covered).toBeGreaterThanOrEqual(180);
  });
});

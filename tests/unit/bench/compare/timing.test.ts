import { describe, expect, it } from 'vitest';
import { compareTiming, defaultTimingOptions, recommendedRounds } from '../../../../src/bench/compare/index.js';
import { minRoundsForAlpha, seededRandom } from '../../../../src/bench/statistics/index.js';
import { noisyCi, syntheticRun } from './synthetic-runs.js';

/** Rounds whose medians are exactly `medians` (3 samples around each). */
const rounds = (medians: number[]) => medians.map((m) => [m * 0.9, m, m * 1.3]);

describe('compareTiming', () => {
  it('uses alpha 0.01, a 10% threshold, and recommends 10 rounds, above the minimum for alpha', () => {
    expect(defaultTimingOptions).toEqual({ alpha: 0.01, thresholdPct: 10, seed: 1 });
    expect(recommendedRounds).toBeGreaterThanOrEqual(minRoundsForAlpha(defaultTimingOptions.alpha));
  });

  it('compares round medians: 10 rounds 20% slower, no overlap, is regressed with the exact p of 10 vs 10', () => {
    const baseline = rounds([1, 1.01, 0.99, 1.02, 0.98, 1.005, 0.995, 1.015, 0.985, 1]);
    const current = rounds([1.2, 1.21, 1.19, 1.22, 1.18, 1.205, 1.195, 1.215, 1.185, 1.2]);
    const result = compareTiming(baseline, current);
    expect(result.verdict).toBe('regressed');
    expect(result.changePct).toBeCloseTo(20, 9);
    expect(result.pValue).toBeCloseTo(2 / 184_756, 12);
    expect(result).toMatchObject({ baselineMedianMs: 1, currentMedianMs: 1.2, rounds: { baseline: 10, current: 10 } });
    expect(result.ci[0]).toBeGreaterThan(15);
    expect(result.ci[1]).toBeLessThan(25);
  });

  it('calls the mirror image improved', () => {
    const baseline = rounds([1.2, 1.21, 1.19, 1.22, 1.18, 1.205, 1.195, 1.215, 1.185, 1.2]);
    const current = rounds([1, 1.01, 0.99, 1.02, 0.98, 1.005, 0.995, 1.015, 0.985, 1]);
    expect(compareTiming(baseline, current).verdict).toBe('improved');
  });

  it('keeps a significant change below the threshold unchanged (5% slower, 10 rounds)', () => {
    const baseline = rounds([1, 1.01, 0.99, 1.02, 0.98, 1.005, 0.995, 1.015, 0.985, 1]);
    const result = compareTiming(baseline, baseline.map((round) => round.map((sample) => sample * 1.05)));
    expect(result.pValue).toBeLessThan(0.01);
    expect(result.verdict).toBe('unchanged');
  });

  it('keeps a large but insignificant change unchanged (rounds overlap)', () => {
    const result = compareTiming(rounds([1, 2, 1, 2, 1, 2, 1, 2, 1, 2]), rounds([1.5, 2.5, 1, 2.5, 1.5, 2.5, 1, 3, 1.5, 2.5]));
    expect(result.changePct).toBeGreaterThan(10);
    expect(result.verdict).toBe('unchanged');
  });

  it('says inconclusive with 4 vs 4 rounds at alpha 0.01 whatever the change, and decides at 5 vs 5', () => {
    const four = compareTiming(rounds([1, 1, 1, 1]), rounds([2, 2.1, 2.2, 2.3]));
    expect(four.verdict).toBe('inconclusive');
    expect(four.pValue).toBeCloseTo(2 / 70, 12);
    expect(compareTiming(rounds([1, 1.01, 1.02, 1.03, 1.04]), rounds([2, 2.1, 2.2, 2.3, 2.4])).verdict).toBe('regressed');
    expect(compareTiming(rounds([1, 1, 1, 1]), rounds([2, 2.1, 2.2, 2.3]), { alpha: 0.05 }).verdict).toBe('regressed');
  });

  it('skips empty rounds and refuses a side without samples', () => {
    const result = compareTiming([[1], [], [1.1]], [[1]]);
    expect(result.rounds).toEqual({ baseline: 2, current: 1 });
    expect(() => compareTiming([[]], [[1]])).toThrow(RangeError);
  });

  it('refuses options out of range', () => {
    expect(() => compareTiming([[1]], [[1]], { alpha: 0 })).toThrow(RangeError);
    expect(() => compareTiming([[1]], [[1]], { thresholdPct: -1 })).toThrow(RangeError);
  });

  it('is deterministic for a seed', () => {
    const random = seededRandom(5);
    const baseline = syntheticRun(random, noisyCi);
    const current = syntheticRun(random, noisyCi, 1.1);
    expect(compareTiming(baseline, current, { seed: 3 })).toEqual(compareTiming(baseline, current, { seed: 3 }));
  });
});

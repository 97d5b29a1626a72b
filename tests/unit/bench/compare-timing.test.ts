import { describe, expect, it } from 'vitest';
import { compareTiming } from '../../../src/bench/compare/index.js';
import { normalDraw, seededRandom } from '../../../src/bench/statistics/index.js';

const rounds = 10;
const samplesPerRound = 200;
const options = { alpha: 0.01, thresholdPct: 10, seed: 1 };

/**
 * A synthetic run: log-normal latencies around 1 ms, each round scaled by its own drift factor
 * (the machine's speed wanders by a few percent from round to round), times `slowdown`.
 */
function syntheticRun(random: () => number, slowdown = 1): number[][] {
  return Array.from({ length: rounds }, () => {
    const drift = 1 + 0.03 * normalDraw(random);
    return Array.from({ length: samplesPerRound }, () => slowdown * drift * Math.exp(0.25 * normalDraw(random)));
  });
}

function trials(slowdown: number, count = 100): Record<string, number> {
  const random = seededRandom(slowdown === 1 ? 101 : 202);
  const verdicts: Record<string, number> = {};
  for (let trial = 0; trial < count; trial++) {
    const verdict = compareTiming(syntheticRun(random), syntheticRun(random, slowdown), { ...options, seed: trial }).verdict;
    verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
  }
  return verdicts;
}

describe(`timing verdicts on ${rounds} rounds x ${samplesPerRound} samples a side, 3% round drift`, () => {
  it('call two runs from one distribution regressed in at most 1 of 100 trials', () => {
    expect(trials(1).regressed ?? 0).toBeLessThanOrEqual(1);
  });

  it('call a 25% slowdown regressed in at least 95 of 100 trials', () => {
    expect(trials(1.25).regressed ?? 0).toBeGreaterThanOrEqual(95);
  });

  it('call a 25% speed-up improved', () => {
    const random = seededRandom(5);
    expect(compareTiming(syntheticRun(random), syntheticRun(random, 0.75), options).verdict).toBe('improved');
  });

  it('ignore a significant change below the threshold', () => {
    const random = seededRandom(6);
    const result = compareTiming(syntheticRun(random), syntheticRun(random, 1.05), options);
    expect(result.verdict).toBe('unchanged');
    expect(result.changePct).toBeGreaterThan(0);
  });

  it('say inconclusive when there are too few rounds for alpha', () => {
    const random = seededRandom(7);
    const few = (slowdown: number) => syntheticRun(random, slowdown).slice(0, 3);
    expect(compareTiming(few(1), few(2), options).verdict).toBe('inconclusive');
  });

  it('report the change with its interval', () => {
    const random = seededRandom(8);
    const result = compareTiming(syntheticRun(random), syntheticRun(random, 1.5), options);
    expect(result.changePct).toBeGreaterThan(35);
    expect(result.ci[0]).toBeLessThan(result.changePct);
    expect(result.ci[1]).toBeGreaterThan(result.changePct);
    expect(result.pValue).toBeLessThan(0.001);
  });
});

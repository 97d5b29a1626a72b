import { describe, expect, it } from 'vitest';
import { compareTiming, type TimingComparison } from '../../../../src/bench/compare/index.js';
import { mannWhitneyU, seededRandom } from '../../../../src/bench/statistics/index.js';
import { noisyCi, type RunShape, sizeOf, syntheticRun } from './synthetic-runs.js';

type Tally = Partial<Record<TimingComparison['verdict'], number>> & { pooledSignificant: number };

/** 100 comparisons of a baseline run against a current run `slowdown` times slower, with the default gate. */
function trials(shape: RunShape, slowdown: number, seed: number): Tally {
  const random = seededRandom(seed);
  const tally: Tally = { pooledSignificant: 0 };
  for (let trial = 0; trial < 100; trial++) {
    const baseline = syntheticRun(random, shape);
    const current = syntheticRun(random, shape, slowdown);
    const { verdict } = compareTiming(baseline, current, { seed: trial });
    tally[verdict] = (tally[verdict] ?? 0) + 1;
    // What a U test on all samples pooled would say: drift alone makes it "significant".
    if (mannWhitneyU(current.flat(), baseline.flat()).pValue < 0.01) tally.pooledSignificant++;
  }
  return tally;
}

const withoutRunDrift: RunShape = { ...noisyCi, runDrift: 0 };
const fewerSamples: RunShape = { ...noisyCi, samplesPerRound: 50 };

describe.each([
  ['3% round drift, 2% run drift, 1% pauses', noisyCi],
  ['3% round drift, no run drift, 1% pauses', withoutRunDrift],
  ['3% round drift, 2% run drift, 1% pauses', fewerSamples],
])('default gate (alpha 0.01, 10%%) on log-normal runs, %s', (_label, shape) => {
  it(`calls A/A regressed in at most 1 of 100 trials at ${sizeOf(shape)}`, () => {
    const tally = trials(shape, 1, 101);
    expect(tally.regressed ?? 0).toBeLessThanOrEqual(1);
    expect(tally.improved ?? 0).toBeLessThanOrEqual(1);
  });

  it(`calls a 25% slowdown regressed in at least 95 of 100 trials at ${sizeOf(shape)}`, () => {
    expect(trials(shape, 1.25, 202).regressed ?? 0).toBeGreaterThanOrEqual(95);
  });
});

describe(`why rounds: a U test on pooled samples, ${sizeOf(noisyCi)}`, () => {
  it('calls most A/A pairs different when the machine drifts, the round-level gate none', () => {
    const tally = trials(noisyCi, 1, 303);
    expect(tally.pooledSignificant).toBeGreaterThanOrEqual(30);
    expect(tally.regressed ?? 0).toBeLessThanOrEqual(1);
  });
});

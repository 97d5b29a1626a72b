import { normalDraw } from '../../../../src/bench/statistics/index.js';

/** How a synthetic run of one benchmark is drawn. */
export interface RunShape {
  rounds: number;
  samplesPerRound: number;
  /** Log-sd of each round's speed factor: the machine drifting between rounds of one run. */
  roundDrift: number;
  /** Log-sd of the whole run's speed factor: the machine being faster or slower on another run. */
  runDrift: number;
  /** Log-sd of single samples around 1 ms (log-normal latencies). */
  sigma: number;
  /** Share of samples hit by a pause (GC, scheduler) that makes them 5 times slower. */
  pauseRate: number;
}

/** 10 rounds x 200 samples, 3% round drift, 2% run-to-run drift, log-sd 0.25, 1% pauses. */
export const noisyCi: RunShape = { rounds: 10, samplesPerRound: 200, roundDrift: 0.03, runDrift: 0.02, sigma: 0.25, pauseRate: 0.01 };

/** One run: rounds of log-normal samples, each round and the run scaled by their own random factor, times `slowdown`. */
export function syntheticRun(random: () => number, shape: RunShape, slowdown = 1): number[][] {
  const run = Math.exp(shape.runDrift * normalDraw(random));
  return Array.from({ length: shape.rounds }, () => {
    const round = Math.exp(shape.roundDrift * normalDraw(random));
    return Array.from({ length: shape.samplesPerRound }, () => {
      const pause = random() < shape.pauseRate ? 5 : 1;
      return slowdown * run * round * pause * Math.exp(shape.sigma * normalDraw(random));
    });
  });
}

/** Label for test names: `10 rounds x 200 samples`. */
export function sizeOf(shape: RunShape): string {
  return `${shape.rounds} rounds x ${shape.samplesPerRound} samples a side`;
}

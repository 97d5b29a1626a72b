import { bootstrapRatioOfMedians } from '../statistics/bootstrap.js';
import { mannWhitneyU, minAttainablePValue } from '../statistics/mann-whitney.js';
import { median } from '../statistics/quantile.js';

/** Timing verdict of one benchmark against its baseline. */
export interface TimingComparison {
  /**
   * 'regressed' / 'improved': the U test on round medians is significant at alpha AND the
   * change is at least the threshold. 'unchanged': no change established (which is not proof
   * of equality). 'inconclusive': too few rounds for any p-value to fall below alpha.
   */
  verdict: 'regressed' | 'improved' | 'unchanged' | 'inconclusive';
  /** median(current round medians) / median(baseline round medians) - 1, in percent. */
  changePct: number;
  /** Percentile bootstrap 95% interval of changePct, in percent. */
  ci: [number, number];
  /** Two-sided Mann-Whitney p-value of current against baseline round medians. */
  pValue: number;
  /** Median of the baseline round medians, in ms. */
  baselineMedianMs: number;
  /** Median of the current round medians, in ms. */
  currentMedianMs: number;
  /** Rounds used on each side (empty rounds are skipped). */
  rounds: { baseline: number; current: number };
}

/** Options of {@link compareTiming}. */
export interface TimingOptions {
  /** Significance level of the two-sided U test; default 0.01. */
  alpha: number;
  /** Minimum |change| in percent for a verdict other than 'unchanged'; default 10. */
  thresholdPct: number;
  /** Seed of the bootstrap; default 1. */
  seed: number;
}

/** Defaults of the gate: alpha 0.01, a 10% minimum effect, bootstrap seed 1. */
export const defaultTimingOptions: Readonly<TimingOptions> = { alpha: 0.01, thresholdPct: 10, seed: 1 };

/**
 * Rounds a runner should measure per side by default. The minimum for alpha 0.01 is 5
 * (`minRoundsForAlpha`), where only a complete separation of all rounds reaches p < 0.01;
 * with 10, a regression is found even when a few rounds overlap (U <= 16 of 100).
 */
export const recommendedRounds = 10;

/**
 * Compares the timings of a benchmark, given as rounds of samples in ms (one round = the
 * samples of one interleaved pass). Samples within a run are not independent, because the
 * machine's speed drifts, so each round is reduced to its median (robust to GC pauses and
 * outliers) and the rounds are the independent observations: a two-sided Mann-Whitney U test
 * on the round medians at `alpha`, AND |change| >= `thresholdPct`, where change is the ratio
 * of the medians of round medians minus 1, with a bootstrap CI over rounds. The threshold
 * guards what no test within two runs can see: the whole machine being a few percent slower
 * during one run. With fewer rounds than p < alpha can be attained with (see
 * `minAttainablePValue`; 5 a side for alpha 0.01) the verdict is 'inconclusive'.
 * Throws a RangeError when a side has no non-empty round or an option is out of range.
 */
export function compareTiming(
  baselineRounds: ReadonlyArray<readonly number[]>,
  currentRounds: ReadonlyArray<readonly number[]>,
  options: Partial<TimingOptions> = {},
): TimingComparison {
  const { alpha, thresholdPct, seed } = { ...defaultTimingOptions, ...options };
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be within (0, 1), got ${alpha}`);
  if (!(thresholdPct >= 0)) throw new RangeError(`thresholdPct must be 0 or more, got ${thresholdPct}`);
  const before = roundMedians(baselineRounds, 'baseline');
  const after = roundMedians(currentRounds, 'current');
  const estimate = bootstrapRatioOfMedians(after, before, { seed });
  const { pValue } = mannWhitneyU(after, before);
  const changePct = (estimate.ratio - 1) * 100;
  const significant = pValue < alpha;
  let verdict: TimingComparison['verdict'] = 'unchanged';
  if (minAttainablePValue(after.length, before.length) >= alpha) verdict = 'inconclusive';
  else if (significant && changePct >= thresholdPct) verdict = 'regressed';
  else if (significant && changePct <= -thresholdPct) verdict = 'improved';
  return {
    verdict,
    changePct,
    ci: [(estimate.ci[0] - 1) * 100, (estimate.ci[1] - 1) * 100],
    pValue,
    baselineMedianMs: median(before),
    currentMedianMs: median(after),
    rounds: { baseline: before.length, current: after.length },
  };
}

function roundMedians(rounds: ReadonlyArray<readonly number[]>, side: string): number[] {
  const medians = rounds.filter((round) => round.length > 0).map((round) => median(round));
  if (medians.length === 0) throw new RangeError(`the ${side} timing has no samples`);
  if (!medians.every((value) => Number.isFinite(value) && value > 0)) throw new RangeError(`the ${side} timing has samples that are not positive numbers`);
  return medians;
}

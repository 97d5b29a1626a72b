import { bootstrapRatioOfMedians } from '../statistics/bootstrap.js';
import { median } from '../statistics/descriptive.js';
import { mannWhitneyU, minRoundsForAlpha } from '../statistics/mann-whitney.js';

export interface TimingComparison {
  verdict: 'regressed' | 'improved' | 'unchanged' | 'inconclusive';
  /** Change of the median of round medians, current against baseline, in percent. */
  changePct: number;
  /** Bootstrap 95% interval of the change, in percent. */
  ci: [number, number];
  pValue: number;
  baselineMedianMs: number;
  currentMedianMs: number;
}

export interface TimingOptions {
  alpha: number;
  thresholdPct: number;
  seed: number;
}

/**
 * Compares two runs round by round. Each round is summarized by its median, so that the
 * thousands of dependent samples within a run count as a handful of independent
 * observations; a regression needs both a significant U test on the round medians and a
 * change of at least `thresholdPct`. Too few rounds for `alpha` give 'inconclusive'.
 */
export function compareTiming(baselineRounds: number[][], currentRounds: number[][], options: TimingOptions): TimingComparison {
  const before = baselineRounds.filter((round) => round.length > 0).map(median);
  const after = currentRounds.filter((round) => round.length > 0).map(median);
  const estimate = bootstrapRatioOfMedians(after, before, { seed: options.seed });
  const test = mannWhitneyU(after, before);
  const changePct = (estimate.ratio - 1) * 100;
  const ci: [number, number] = [(estimate.ci[0] - 1) * 100, (estimate.ci[1] - 1) * 100];
  const enough = Math.min(before.length, after.length) >= minRoundsForAlpha(options.alpha);
  const significant = test.pValue < options.alpha;
  let verdict: TimingComparison['verdict'] = 'unchanged';
  if (!enough) verdict = 'inconclusive';
  else if (significant && changePct >= options.thresholdPct) verdict = 'regressed';
  else if (significant && changePct <= -options.thresholdPct) verdict = 'improved';
  return { verdict, changePct, ci, pValue: test.pValue, baselineMedianMs: median(before), currentMedianMs: median(after) };
}

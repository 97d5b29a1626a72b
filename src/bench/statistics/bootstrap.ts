import { median, quantileSorted } from './quantile.js';
import { seededRandom } from './random.js';

/** A ratio with its confidence interval. */
export interface RatioEstimate {
  /** median(numerator) / median(denominator). */
  ratio: number;
  /** Percentile bootstrap interval of the ratio at the requested level (95% by default). */
  ci: [number, number];
}

/** Options of {@link bootstrapRatioOfMedians}. */
export interface BootstrapOptions {
  /** Seed of the PRNG: the same seed and inputs give the same interval. */
  seed: number;
  /** Bootstrap resamples; 2000 by default. */
  resamples?: number;
  /** Confidence level; 0.95 by default. */
  level?: number;
}

/**
 * The ratio of the medians of two independent samples with a percentile bootstrap
 * confidence interval: each resample draws both samples again with replacement (sizes kept)
 * and takes the ratio of their medians; the interval is the (1 - level) / 2 and
 * (1 + level) / 2 type-7 quantiles of those ratios. Deterministic for a seed.
 * Throws a RangeError when a sample is empty.
 */
export function bootstrapRatioOfMedians(
  numerator: readonly number[],
  denominator: readonly number[],
  options: BootstrapOptions,
): RatioEstimate {
  if (numerator.length === 0 || denominator.length === 0) throw new RangeError('the bootstrap needs values on both sides');
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  const random = seededRandom(options.seed);
  const draws: number[] = [];
  for (let index = 0; index < resamples; index++) {
    draws.push(median(resample(numerator, random)) / median(resample(denominator, random)));
  }
  draws.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return {
    ratio: median(numerator) / median(denominator),
    ci: [quantileSorted(draws, tail), quantileSorted(draws, 1 - tail)],
  };
}

function resample(values: readonly number[], random: () => number): number[] {
  return values.map(() => values[Math.floor(random() * values.length)] as number);
}

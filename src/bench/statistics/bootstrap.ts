import { median, quantileSorted } from './descriptive.js';
import { seededRandom } from './random.js';

export interface RatioEstimate {
  /** median(numerator) / median(denominator). */
  ratio: number;
  /** Percentile bootstrap 95% interval of the ratio. */
  ci: [number, number];
}

/**
 * The ratio of the medians of two independent samples with a percentile bootstrap 95%
 * confidence interval; deterministic for a given seed.
 */
export function bootstrapRatioOfMedians(
  numerator: readonly number[],
  denominator: readonly number[],
  options: { seed: number; resamples?: number },
): RatioEstimate {
  const ratio = median(numerator) / median(denominator);
  const random = seededRandom(options.seed);
  const resamples = options.resamples ?? 2000;
  const draws: number[] = [];
  for (let index = 0; index < resamples; index++) {
    draws.push(median(resample(numerator, random)) / median(resample(denominator, random)));
  }
  draws.sort((a, b) => a - b);
  return { ratio, ci: [quantileSorted(draws, 0.025), quantileSorted(draws, 0.975)] };
}

function resample(values: readonly number[], random: () => number): number[] {
  return values.map(() => values[Math.floor(random() * values.length)] as number);
}

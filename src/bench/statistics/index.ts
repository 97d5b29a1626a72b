export { type BootstrapOptions, bootstrapRatioOfMedians, type RatioEstimate } from './bootstrap.js';
export { describeSamples, mean, type SampleSummary, standardDeviation } from './descriptive.js';
export { hodgesLehmannRatio, hodgesLehmannShift } from './hodges-lehmann.js';
export { exactLimit, mannWhitneyU, type MannWhitneyResult, minAttainablePValue, minRoundsForAlpha } from './mann-whitney.js';
export { normalCdf, twoSidedNormalP } from './normal.js';
export { median, quantile, quantileSorted, sortAscending } from './quantile.js';
export { normalDraw, seededRandom } from './random.js';
export { tCritical95 } from './student-t.js';

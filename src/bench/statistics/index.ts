export { bootstrapRatioOfMedians, type RatioEstimate } from './bootstrap.js';
export { describeSamples, median, quantileSorted, type SampleSummary, tCritical95 } from './descriptive.js';
export { mannWhitneyU, type MannWhitneyResult, minRoundsForAlpha } from './mann-whitney.js';
export { normalCdf } from './normal.js';
export { normalDraw, seededRandom } from './random.js';

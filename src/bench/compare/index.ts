export { compareCounters, type CounterComparison, type CounterSet, parseFingerprint, planRegressions, planStepKinds } from './counters.js';
export { type BudgetCheck, checkBudget, type Failure, judgeBenchmark } from './judge.js';
export { compareTiming, type TimingComparison, type TimingOptions } from './timing.js';

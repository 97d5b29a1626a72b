export { type BudgetCheck, checkBudget } from './budget.js';
export { compareCounters, type CounterComparison, type CounterFinding, type CounterSet, type PlanChange, planChanges } from './counters.js';
export { type Failure, type JudgeInput, judgeBenchmark, type Judgement } from './judge.js';
export {
  formatPlanStep,
  isPlanStepKind,
  parseFingerprint,
  type PlanFingerprint,
  planRegressions,
  type PlanStep,
  type PlanStepKind,
  planStepKinds,
  planStepSeparator,
} from './plan-fingerprint.js';
export { compareTiming, defaultTimingOptions, recommendedRounds, type TimingComparison, type TimingOptions } from './timing.js';

/**
 * Index analysis as a library. The plan helpers (`explainStatement`, `parsePlan`,
 * `planFingerprint`) are what `garage-perf bench` uses for its plan checks.
 */
export { analyzeIndexes, type AnalyzeIndexesOptions, type IndexesAnalysis, type IndexesProgress } from './analyze-indexes.js';
export { type CapturableCase, captureWorkload, type CaptureWorkloadOptions } from './capture-workload.js';
export { type Finding, type FindingKind, findingKinds, type Severity } from './findings/types.js';
export { explainStatement } from './plan/explain.js';
export { classifyStep, flattenPlan, type PlanRow, type PlanStep, type PlanStepKind, parsePlan, tableAliases } from './plan/parse-plan.js';
export { planFingerprint } from './plan-fingerprint.js';
export { loadWorkload, toWorkloadFile } from './workload/load-workload.js';
export { type Workload, type WorkloadFile, workloadFileSchema, type WorkloadStatement } from './workload/types.js';

export { explainStatement } from './plan/explain.js';
export { classifyStep, flattenPlan, type PlanRow, type PlanStep, type PlanStepKind, parsePlan, tableAliases } from './plan/parse-plan.js';
export { planFingerprint } from './plan-fingerprint.js';

import type { Finding, FindingKind } from '../../indexes/findings/types.js';
import type { PlannedStatement } from '../../indexes/findings/usage.js';
import type { Inventory } from '../../indexes/inventory/types.js';
import { flattenPlan, type PlanStep } from '../../indexes/plan/parse-plan.js';
import type { VerifiedCandidate } from '../../indexes/verify/verify-candidates.js';
import type { Workload } from '../../indexes/workload/types.js';
import type { EnvironmentFingerprint } from '../environment.js';
import { type IndexesReport, indexesReportSchemaVersion } from './schema.js';

/** Everything an analysis found, as the report builder takes it. */
export interface IndexesReportInput {
  createdAt: Date;
  durationMs: number;
  environment: EnvironmentFingerprint;
  database: IndexesReport['database'];
  options: IndexesReport['options'];
  inventory: Inventory;
  workload: Workload | undefined;
  planned: readonly PlannedStatement[];
  findings: readonly Finding[];
  candidates: readonly VerifiedCandidate[];
}

/**
 * The indexes report: inventory with usage counts, every statement's plan as an indented
 * tree with its fingerprint, findings, candidates tried, and the verdict against
 * `options.failOn`. Pure.
 */
export function buildIndexesReport(input: IndexesReportInput): IndexesReport {
  const failedKinds = failingKinds(input.findings, input.options.failOn);
  const usedBy = (index: string) => input.planned.filter((entry) => flattenPlan(entry.steps).some((step) => step.index === index)).length;
  return {
    schemaVersion: indexesReportSchemaVersion,
    kind: 'indexes',
    createdAt: input.createdAt.toISOString(),
    durationMs: input.durationMs,
    environment: input.environment,
    database: input.database,
    ...(input.workload
      ? {
          workload: {
            name: input.workload.name,
            statements: input.workload.statements.length,
            calls: input.workload.statements.reduce((sum, statement) => sum + statement.calls, 0),
          },
        }
      : {}),
    options: input.options,
    inventory: input.inventory.indexes.map((index) => ({
      name: index.name,
      table: index.table,
      columns: index.columns.map((column) => `${column.name ?? '<expr>'}${column.desc ? ' DESC' : ''}`),
      unique: index.unique,
      origin: index.origin,
      ...(index.where ? { where: index.where } : {}),
      ...(index.sizeBytes !== undefined ? { sizeBytes: index.sizeBytes } : {}),
      ...(input.workload ? { usedBy: usedBy(index.name) } : {}),
    })),
    statements: input.planned.map((entry) => ({
      sql: entry.shape,
      calls: entry.statement.calls,
      ...(entry.statement.source ? { source: entry.statement.source } : {}),
      plan: planTree(entry.steps),
      fingerprint: entry.fingerprint,
    })),
    findings: input.findings.map((finding) => ({ ...finding })),
    candidates: input.candidates.map((candidate) => ({
      name: candidate.name,
      table: candidate.table,
      columns: candidate.columns,
      ...(candidate.where ? { where: candidate.where } : {}),
      variant: candidate.variant,
      statement: candidate.statement,
      speedup: candidate.speedup,
      planImproved: candidate.planImproved,
      recommended: candidate.recommended,
      serves: candidate.serves,
      medianMsBefore: candidate.medianMsBefore,
      medianMsAfter: candidate.medianMsAfter,
      ...(candidate.insertMsBefore !== undefined ? { insertMsBefore: candidate.insertMsBefore } : {}),
      ...(candidate.insertMsAfter !== undefined ? { insertMsAfter: candidate.insertMsAfter } : {}),
    })),
    verdict: failedKinds.length > 0 ? 'fail' : 'pass',
    failedKinds,
  };
}

/** The kinds named by --fail-on that some finding has, in the order of `failOn`. */
export function failingKinds(findings: readonly Pick<Finding, 'kind'>[], failOn: readonly FindingKind[]): FindingKind[] {
  const found = new Set(findings.map((finding) => finding.kind));
  return [...new Set(failOn)].filter((kind) => found.has(kind));
}

/** A plan as lines, two spaces of indent per level, `main.` qualifiers left out. */
export function planTree(steps: readonly PlanStep[], depth = 0): string[] {
  return steps.flatMap((step) => [`${'  '.repeat(depth)}${step.detail.replace(/\bmain\./g, '')}`, ...planTree(step.children, depth + 1)]);
}

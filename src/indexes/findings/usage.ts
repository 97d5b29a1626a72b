import type { IndexInfo, Inventory } from '../inventory/types.js';
import { flattenPlan, type PlanStep } from '../plan/parse-plan.js';
import { quoteIdentifier } from '../sql-names.js';
import type { WorkloadStatement } from '../workload/types.js';
import { backsConstraint } from './structural.js';
import type { DropSafety, Finding } from './types.js';

/** Tables up to this many rows may be scanned without a finding. */
const smallTableRows = 1_000;

/** A workload statement with its plan. */
export interface PlannedStatement {
  statement: WorkloadStatement;
  shape: string;
  steps: PlanStep[];
  fingerprint: string;
}

/**
 * Findings that need a workload: unused indexes, full scans, temp b-trees (`targets` is
 * {@link improvementTargets} of the same plans).
 */
export function findUsageIssues(
  inventory: Inventory,
  planned: readonly PlannedStatement[],
  workloadName: string,
  targets: readonly ImprovementTarget[],
): Finding[] {
  const used = usedIndexNames(planned);
  const findings: Finding[] = [];
  for (const index of inventory.indexes) {
    if (index.origin === 'pk' || used.has(index.name)) continue;
    const safety = dropSafety(inventory, index.name, used);
    findings.push({
      kind: 'unused',
      severity: safety.safe ? 'medium' : 'info',
      table: index.table,
      index: index.name,
      evidence: `used by none of the ${planned.length} statements of workload ${workloadName}`,
      ...(safety.safe ? { fix: { sql: `DROP INDEX ${quoteIdentifier(index.name)};` } } : {}),
      dropSafety: safety,
    });
  }
  for (const target of targets) {
    const { entry, step } = target;
    const calls = `${entry.statement.calls} call${entry.statement.calls === 1 ? '' : 's'}${entry.statement.source ? `, ${entry.statement.source}` : ''}`;
    const detail = step.detail.replace(/\bmain\./g, '');
    findings.push(
      target.reason === 'full-scan'
        ? {
            kind: 'full-scan',
            severity: step.viaIndex ? 'medium' : 'high',
            table: target.table,
            statement: entry.shape,
            evidence: `${detail}: ${step.kind === 'automatic-index' ? 'builds a transient index from' : 'reads'} all ${target.rows.toLocaleString('en-US')} rows (${calls})`,
          }
        : {
            kind: 'temp-btree',
            severity: 'medium',
            table: target.table,
            statement: entry.shape,
            evidence: `${detail}: sorts in a temporary b-tree (${calls})`,
          },
    );
  }
  return findings;
}

/** Whether an index can go: not a constraint, not the only index on a foreign key, used by no plan. */
export function dropSafety(inventory: Inventory, indexName: string, used: ReadonlySet<string>): DropSafety {
  const index = inventory.indexes.find((candidate) => candidate.name === indexName);
  const reasons: string[] = [];
  if (!index) return { safe: false, reasons: ['no such index'] };
  if (backsConstraint(index)) reasons.push(`it enforces a ${index.origin === 'pk' ? 'primary key' : 'UNIQUE'} constraint`);
  if (used.has(index.name)) reasons.push('a workload statement uses it');
  for (const key of inventory.foreignKeys.filter((fk) => fk.table === index.table)) {
    const leads = (candidate: IndexInfo): boolean =>
      candidate.where === undefined && key.columns.every((column) => candidate.columns.slice(0, key.columns.length).some((c) => c.name === column));
    if (leads(index) && !inventory.indexes.some((other) => other !== index && other.table === index.table && leads(other))) {
      reasons.push(`it is the only index on the foreign key (${key.columns.join(', ')}) -> ${key.parentTable}`);
    }
  }
  return { safe: reasons.length === 0, reasons };
}

/** A statement step worth an index: a full scan (or automatic index) of a large table, or a temp b-tree. */
export interface ImprovementTarget {
  entry: PlannedStatement;
  step: PlanStep;
  /** The table scanned, or the one whose rows the sort orders (always a table of the inventory). */
  table: string;
  rows: number;
  reason: 'full-scan' | 'temp-btree';
}

/**
 * The steps of the workload's plans that an index could remove: a SCAN (or an AUTOMATIC
 * INDEX, which reads the whole table to build) of a table over {@link smallTableRows} rows,
 * and a USE TEMP B-TREE that sorts rows of a table of the inventory. Virtual tables, CTEs and
 * subquery results are left out: no index can serve them (a virtual table's module answers
 * its constraints).
 */
export function improvementTargets(inventory: Inventory, planned: readonly PlannedStatement[]): ImprovementTarget[] {
  const targets: ImprovementTarget[] = [];
  const rowsOf = (table: string | undefined) => inventory.tables.find((candidate) => candidate.name === table)?.rows ?? 0;
  const isTable = (table: string | undefined): table is string => inventory.tables.some((candidate) => candidate.name === table);
  for (const entry of planned) {
    const steps = flattenPlan(entry.steps);
    for (const step of steps) {
      const scans = (step.kind === 'scan' && !step.virtualTable) || step.kind === 'automatic-index';
      if (scans && step.table && rowsOf(step.table) > smallTableRows) {
        targets.push({ entry, step, table: step.table, rows: rowsOf(step.table), reason: 'full-scan' });
      }
      if (step.kind === 'temp-btree') {
        // The sort is avoided by an index on the outermost table of its own (sub)query.
        const table = (steps.find((other) => other.parent === step.parent && other.table) ?? steps.find((other) => other.table))?.table;
        if (isTable(table)) targets.push({ entry, step, table, rows: rowsOf(table), reason: 'temp-btree' });
      }
    }
  }
  return targets;
}

/** Names of the indexes some plan step uses. */
function usedIndexNames(planned: readonly PlannedStatement[]): Set<string> {
  return new Set(planned.flatMap((entry) => flattenPlan(entry.steps).flatMap((step) => (step.index ? [step.index] : []))));
}

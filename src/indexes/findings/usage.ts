import type { IndexInfo, Inventory } from '../inventory/types.js';
import { flattenPlan, type PlanStep } from '../plan/parse-plan.js';
import { quoteIdentifier } from '../sql-names.js';
import type { WorkloadStatement } from '../workload/types.js';
import { backsConstraint } from './structural.js';
import type { DropSafety, Finding } from './types.js';

/** Tables up to this many rows may be scanned without a finding. */
export const smallTableRows = 1_000;

/** A workload statement with its plan. */
export interface PlannedStatement {
  statement: WorkloadStatement;
  shape: string;
  steps: PlanStep[];
  fingerprint: string;
}

/** Findings that need a workload: unused indexes, full scans, temp b-trees. */
export function findUsageIssues(inventory: Inventory, planned: PlannedStatement[], workloadName: string): Finding[] {
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
  for (const entry of planned) {
    for (const step of flattenPlan(entry.steps)) {
      const rows = inventory.tables.find((table) => table.name === step.table)?.rows ?? 0;
      if (step.kind === 'scan' && step.table && rows > smallTableRows) {
        findings.push({
          kind: 'full-scan',
          severity: step.viaIndex ? 'medium' : 'high',
          table: step.table,
          statement: entry.shape,
          evidence: `${step.detail.replace(/\bmain\./g, '')}: reads all ${rows.toLocaleString('en-US')} rows (${entry.statement.calls} call${entry.statement.calls === 1 ? '' : 's'}${entry.statement.source ? `, ${entry.statement.source}` : ''})`,
        });
      }
      if (step.kind === 'temp-btree') {
        findings.push({
          kind: 'temp-btree',
          severity: 'medium',
          table: mainTable(entry.steps) ?? '',
          statement: entry.shape,
          evidence: `${step.detail}: sorts in a temporary b-tree (${entry.statement.source ?? 'workload'})`,
        });
      }
    }
  }
  return findings;
}

/** Names of the indexes some plan step uses. */
export function usedIndexNames(planned: PlannedStatement[]): Set<string> {
  return new Set(planned.flatMap((entry) => flattenPlan(entry.steps).flatMap((step) => (step.index ? [step.index] : []))));
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

function mainTable(steps: PlanStep[]): string | undefined {
  return flattenPlan(steps).find((step) => step.table !== undefined)?.table;
}

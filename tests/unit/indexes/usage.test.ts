import { describe, expect, it } from 'vitest';
import { findUsageIssues, improvementTargets, type PlannedStatement } from '../../../src/indexes/findings/usage.js';
import type { Inventory } from '../../../src/indexes/inventory/types.js';
import { type PlanRow, parsePlan } from '../../../src/indexes/plan/parse-plan.js';

const inventory: Inventory = {
  tables: [
    { name: 'payments', columns: ['id', 'status', 'paid_at', 'amount_cents'], rows: 50_000, rowidAlias: 'id', withoutRowid: false },
    { name: 'sessions', columns: ['id', 'garage_id', 'start_time'], rows: 20_000, rowidAlias: 'id', withoutRowid: false },
  ],
  indexes: [],
  foreignKeys: [],
  statsSource: 'database',
};

function planned(sql: string, rows: Array<[number, number, string]>): PlannedStatement {
  const steps = parsePlan(rows.map(([id, parent, detail]): PlanRow => ({ id, parent, detail })));
  return { statement: { sql, params: [], calls: 1, source: sql }, shape: sql, steps, fingerprint: '' };
}

/** A recursive CTE of days, sorted by day: the temp b-tree sorts rows of `days`, which is no table. */
const byDay = planned('WITH RECURSIVE days(day) AS (...) SELECT day, (SELECT ... FROM payments ...) FROM days ORDER BY day', [
  [2, 0, 'CO-ROUTINE days'],
  [5, 2, 'SETUP'],
  [6, 5, 'SCAN CONSTANT ROW'],
  [20, 2, 'RECURSIVE STEP'],
  [21, 20, 'SCAN days'],
  [35, 0, 'SCAN days'],
  [39, 0, 'CORRELATED SCALAR SUBQUERY 3'],
  [44, 39, 'SEARCH payments USING COVERING INDEX payments_completed_paid_at_idx (paid_at>? AND paid_at<?)'],
  [91, 0, 'USE TEMP B-TREE FOR ORDER BY'],
]);

/** A sort of a real table's rows, which an index on (garage_id, start_time) would avoid. */
const sessionsByTime = planned('SELECT id FROM sessions WHERE garage_id = ? ORDER BY start_time', [
  [3, 0, 'SEARCH sessions USING INDEX sessions_garage_idx (garage_id=?)'],
  [12, 0, 'USE TEMP B-TREE FOR ORDER BY'],
]);

describe('temp b-trees', () => {
  it('are not targets (nor findings) when they sort a CTE that no index can serve', () => {
    const targets = improvementTargets(inventory, [byDay]);
    expect(targets).toEqual([]);
    expect(findUsageIssues(inventory, [byDay], 'w', targets).filter((finding) => finding.kind === 'temp-btree')).toEqual([]);
  });

  it('are targets and findings when they sort rows of a table of the inventory', () => {
    const targets = improvementTargets(inventory, [byDay, sessionsByTime]);
    expect(targets.map((target) => [target.reason, target.table, target.rows])).toEqual([['temp-btree', 'sessions', 20_000]]);
    const findings = findUsageIssues(inventory, [byDay, sessionsByTime], 'w', targets).filter((finding) => finding.kind === 'temp-btree');
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'temp-btree', table: 'sessions', statement: sessionsByTime.shape, severity: 'medium' }),
    ]);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { statementShape } from '../../../src/data/statement-shape.js';
import { candidateIndexes } from '../../../src/indexes/findings/candidates.js';
import type { PlannedStatement } from '../../../src/indexes/findings/usage.js';
import type { WorkloadParam } from '../../../src/indexes/workload/types.js';
import { explainStatement } from '../../../src/indexes/plan/explain.js';
import { planFingerprint } from '../../../src/indexes/plan-fingerprint.js';
import { emptyBaselines, verifyCandidates } from '../../../src/indexes/verify/verify-candidates.js';

function copyWithRows(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER NOT NULL, d INTEGER NOT NULL, code TEXT NOT NULL UNIQUE)');
  const insert = db.prepare('INSERT INTO t (a, d, code) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(i % 300, (i * 7907) % 2999, `c${i}`);
  })();
  db.exec('ANALYZE');
  return db;
}

function planned(db: Database.Database, sql: string, params: WorkloadParam[]): PlannedStatement {
  const steps = explainStatement(db, sql, params);
  return { statement: { sql, params, calls: 1 }, shape: statementShape(sql), steps, fingerprint: planFingerprint(steps) };
}

describe('verifyCandidates with shared baselines', () => {
  it('times each statement and each table once without a candidate, and takes the plan before from the statement', () => {
    const copy = copyWithRows();
    const byA = planned(copy, 'SELECT id FROM t WHERE a = ?', [7]);
    const byD = planned(copy, 'SELECT id FROM t WHERE d = ?', [42]);
    const baselines = emptyBaselines();
    const columns = ['a', 'd', 'code'];
    const target = (entry: PlannedStatement) => ({
      planned: entry,
      table: 't',
      candidates: candidateIndexes(entry.statement.sql, entry.statement.params, 't', columns),
      others: [byA, byD],
    });
    const first = verifyCandidates(copy, target(byA), 1, baselines);
    const second = verifyCandidates(copy, target(byD), 1, baselines);
    const again = verifyCandidates(copy, target(byA), 1, baselines);
    expect(baselines.statements.size).toBe(2);
    expect([...baselines.inserts.keys()]).toEqual(['t']);
    expect(again.map((candidate) => candidate.medianMsBefore)).toEqual(first.map((candidate) => candidate.medianMsBefore));
    expect(new Set([...first, ...second].map((candidate) => candidate.insertMsBefore)).size).toBe(1);
    expect(first[0]).toMatchObject({ planBefore: 'SCAN t', planAfter: 'SEARCH-COVERING t t_a_idx', planImproved: true, serves: [byA.shape] });
    // The copy is as it was: no candidate left behind.
    expect(copy.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'index' AND name LIKE 'garage_perf_%'").get()).toEqual({ n: 0 });
    copy.close();
  });
});

import type Database from 'better-sqlite3';
import { type CandidateIndex, candidateName, candidateSql } from '../findings/candidates.js';
import type { PlannedStatement } from '../findings/usage.js';
import { explainStatement } from '../plan/explain.js';
import { flattenPlan } from '../plan/parse-plan.js';
import { planFingerprint } from '../plan/plan-fingerprint.js';
import { quoteIdentifier } from '../sql-names.js';
import { timeInserts, timeStatement } from './timing.js';

export interface VerifiedCandidate {
  name: string;
  table: string;
  columns: string[];
  where: string | undefined;
  variant: CandidateIndex['variant'];
  createSql: string;
  statement: string;
  planBefore: string;
  planAfter: string;
  /** The plan stopped scanning the table or lost a temp b-tree. */
  planImproved: boolean;
  medianMsBefore: number;
  medianMsAfter: number;
  speedup: number;
  insertMsBefore: number | undefined;
  insertMsAfter: number | undefined;
  recommended: boolean;
}

/**
 * Tries each candidate on a copy: creates it, runs ANALYZE, re-plans the statement, times it
 * before and after (median of repeated runs with its real parameters) and times inserts into
 * the table before and after. Drops the candidate again before the next one.
 */
export function verifyCandidates(
  copy: Database.Database,
  target: { planned: PlannedStatement; table: string; candidates: CandidateIndex[] },
  minSpeedup: number,
): VerifiedCandidate[] {
  const { statement } = target.planned;
  const before = timeStatement(copy, statement.sql, statement.params);
  const insertBefore = timeInserts(copy, target.table);
  const beforeSteps = flattenPlan(explainStatement(copy, statement.sql, statement.params));
  const results: VerifiedCandidate[] = [];
  for (const candidate of target.candidates) {
    const name = `garage_perf_candidate_${results.length}`;
    copy.exec(candidateSql(candidate, name));
    try {
      copy.exec(`ANALYZE ${quoteIdentifier(name)}`);
      const afterSteps = explainStatement(copy, statement.sql, statement.params);
      const flat = flattenPlan(afterSteps);
      const scans = (steps: typeof flat) => steps.filter((step) => step.kind === 'scan' && step.table === target.table).length;
      const sorts = (steps: typeof flat) => steps.filter((step) => step.kind === 'temp-btree').length;
      const usesCandidate = flat.some((step) => step.index === name);
      const planImproved = usesCandidate && (scans(flat) < scans(beforeSteps) || sorts(flat) < sorts(beforeSteps));
      const after = timeStatement(copy, statement.sql, statement.params);
      const insertAfter = timeInserts(copy, target.table);
      const speedup = before / after;
      results.push({
        name: candidateName(candidate),
        table: candidate.table,
        columns: candidate.columns.map((column) => `${column.name}${column.desc ? ' DESC' : ''}`),
        where: candidate.where,
        variant: candidate.variant,
        createSql: `${candidateSql(candidate, candidateName(candidate))};`,
        statement: target.planned.shape,
        planBefore: target.planned.fingerprint,
        planAfter: planFingerprint(afterSteps).replaceAll(name, candidateName(candidate)),
        planImproved,
        medianMsBefore: before,
        medianMsAfter: after,
        speedup,
        insertMsBefore: insertBefore,
        insertMsAfter: insertAfter,
        recommended: planImproved && speedup >= minSpeedup,
      });
    } finally {
      copy.exec(`DROP INDEX ${quoteIdentifier(name)}`);
      copy.prepare('DELETE FROM sqlite_stat1 WHERE idx = ?').run(name);
    }
  }
  return results;
}

/**
 * Among recommended candidates, the ones to suggest: for each statement the candidate that
 * serves most statements with the fewest columns (then the fastest).
 */
export function chooseCandidates(verified: VerifiedCandidate[]): VerifiedCandidate[] {
  const recommended = verified.filter((candidate) => candidate.recommended);
  const key = (candidate: VerifiedCandidate) => `${candidate.table}(${candidate.columns.join(',')}) ${candidate.where ?? ''}`;
  const served = new Map<string, Set<string>>();
  for (const candidate of recommended) served.set(key(candidate), (served.get(key(candidate)) ?? new Set()).add(candidate.statement));
  const chosen = new Map<string, VerifiedCandidate>();
  for (const statement of new Set(recommended.map((candidate) => candidate.statement))) {
    const options = recommended
      .filter((candidate) => candidate.statement === statement)
      .sort(
        (a, b) =>
          (served.get(key(b))?.size ?? 0) - (served.get(key(a))?.size ?? 0) ||
          a.columns.length - b.columns.length ||
          b.speedup - a.speedup,
      );
    const best = options[0];
    if (best && !chosen.has(key(best))) chosen.set(key(best), best);
  }
  return [...chosen.values()];
}

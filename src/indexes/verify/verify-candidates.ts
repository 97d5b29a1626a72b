import type Database from 'better-sqlite3';
import { type CandidateIndex, candidateName, candidateSql } from '../findings/candidates.js';
import type { PlannedStatement } from '../findings/usage.js';
import { explainStatement } from '../plan/explain.js';
import { flattenPlan, type PlanStep } from '../plan/parse-plan.js';
import { planFingerprint } from '../plan-fingerprint.js';
import { quoteIdentifier } from '../sql-names.js';
import { type InsertProbe, insertProbe, timeInserts, timeStatement } from './timing.js';

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
  /** Shapes of the workload statements whose plan it improves (its own first). */
  serves: string[];
}

/** A statement to speed up, the table to index, the candidates, and other statements on that table. */
export interface VerificationTarget {
  planned: PlannedStatement;
  table: string;
  candidates: CandidateIndex[];
  /** Other flagged statements on the same table: a candidate may serve them too. */
  others?: readonly PlannedStatement[];
}

/**
 * What the copy measures without any candidate, kept across the targets of one analysis so
 * that a statement or a table is timed once, not once per target.
 */
export interface VerificationBaselines {
  /** Median time of each statement. */
  statements: Map<PlannedStatement, number>;
  /** The insert probe of each table and its median time a row. */
  inserts: Map<string, { probe: InsertProbe; msPerRow: number | undefined }>;
}

/** Empty baselines, for one analysis. */
export function emptyBaselines(): VerificationBaselines {
  return { statements: new Map(), inserts: new Map() };
}

/**
 * Tries each candidate on a copy: creates it, runs ANALYZE, re-plans the statement, times it
 * before and after (median of repeated runs with its real parameters) and times inserts into
 * the table before and after. Drops the candidate again before the next one. The plan before
 * is the statement's own (`target.planned`), which must come from a database with the copy's
 * statistics; the times before come from `baselines`, measured on the first use.
 */
export function verifyCandidates(
  copy: Database.Database,
  target: VerificationTarget,
  minSpeedup: number,
  baselines: VerificationBaselines = emptyBaselines(),
): VerifiedCandidate[] {
  const { statement } = target.planned;
  const before = statementBaseline(copy, target.planned, baselines);
  const { probe, msPerRow: insertBefore } = insertBaseline(copy, target.table, baselines);
  const beforeSteps = flattenPlan(target.planned.steps);
  const results: VerifiedCandidate[] = [];
  for (const candidate of target.candidates) {
    const name = `garage_perf_candidate_${results.length}`;
    copy.exec(candidateSql(candidate, name));
    try {
      copy.exec(`ANALYZE ${quoteIdentifier(name)}`);
      const afterSteps = explainStatement(copy, statement.sql, statement.params);
      const flat = flattenPlan(afterSteps);
      const planImproved = flat.some((step) => step.index === name) && improves(beforeSteps, flat, target.table);
      const after = timeStatement(copy, statement.sql, statement.params);
      const insertAfter = timeInserts(copy, probe);
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
        serves: [target.planned.shape, ...(planImproved ? servedOthers(copy, target, name) : [])],
      });
    } finally {
      copy.exec(`DROP INDEX ${quoteIdentifier(name)}`);
      copy.prepare('DELETE FROM sqlite_stat1 WHERE idx = ?').run(name);
    }
  }
  return results;
}

/**
 * Among recommended candidates, the ones to suggest: greedily, the candidate that serves the
 * most statements not yet served, then the one with the fewest columns, then the fastest,
 * until every statement with a recommended candidate is served. Pure.
 */
export function chooseCandidates(verified: readonly VerifiedCandidate[]): VerifiedCandidate[] {
  const recommended = verified.filter((candidate) => candidate.recommended);
  const open = new Set(recommended.map((candidate) => candidate.statement));
  const chosen: VerifiedCandidate[] = [];
  while (open.size > 0) {
    const gain = (candidate: VerifiedCandidate) => candidate.serves.filter((statement) => open.has(statement)).length;
    const best = [...recommended]
      .filter((candidate) => open.has(candidate.statement))
      .sort((a, b) => gain(b) - gain(a) || a.columns.length - b.columns.length || b.speedup - a.speedup)[0];
    if (!best) break;
    chosen.push(best);
    for (const statement of best.serves) open.delete(statement);
  }
  return chosen;
}

function statementBaseline(copy: Database.Database, planned: PlannedStatement, baselines: VerificationBaselines): number {
  let ms = baselines.statements.get(planned);
  if (ms === undefined) {
    ms = timeStatement(copy, planned.statement.sql, planned.statement.params);
    baselines.statements.set(planned, ms);
  }
  return ms;
}

function insertBaseline(copy: Database.Database, table: string, baselines: VerificationBaselines): { probe: InsertProbe; msPerRow: number | undefined } {
  let baseline = baselines.inserts.get(table);
  if (!baseline) {
    const probe = insertProbe(copy, table);
    baseline = { probe, msPerRow: timeInserts(copy, probe) };
    baselines.inserts.set(table, baseline);
  }
  return baseline;
}

/** Other statements on the table whose plan the candidate (created as `name`) improves. */
function servedOthers(copy: Database.Database, target: VerificationTarget, name: string): string[] {
  const served: string[] = [];
  for (const other of target.others ?? []) {
    if (other.shape === target.planned.shape) continue;
    const steps = flattenPlan(explainStatement(copy, other.statement.sql, other.statement.params));
    if (steps.some((step) => step.index === name) && improves(flattenPlan(other.steps), steps, target.table)) served.push(other.shape);
  }
  return served;
}

/** The plan stopped scanning the table or lost a temp b-tree. */
function improves(before: readonly PlanStep[], after: readonly PlanStep[], table: string): boolean {
  const scans = (steps: readonly PlanStep[]) =>
    steps.filter((step) => (step.kind === 'scan' || step.kind === 'automatic-index') && step.table === table).length;
  const sorts = (steps: readonly PlanStep[]) => steps.filter((step) => step.kind === 'temp-btree').length;
  return scans(after) < scans(before) || sorts(after) < sorts(before);
}

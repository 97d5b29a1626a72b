import type Database from 'better-sqlite3';
import type { GarageDatabase } from '../data/open-database.js';
import type { CapturedStatement } from '../data/statement-capture.js';
import { isControlStatement, statementShape } from '../data/statement-shape.js';
import type { BenchmarkCase } from './cases/types.js';
import { callCase } from './cases/call-case.js';
import { checksumOf } from './checksum.js';
import { explainStatement } from '../indexes/plan/explain.js';
import { planFingerprint } from '../indexes/plan-fingerprint.js';
import { groupStatements } from '../indexes/workload/group-statements.js';

/** Counters that do not vary from run to run: the gate trusts them whatever the timings say. */
export interface BenchmarkCounters {
  statementsPerCall: number;
  rowsPerCall: number;
  resultChecksum: string;
  /** One entry per distinct statement shape, in the order the operation first sends them. */
  statements: Array<{ shape: string; callsPerCall: number; plan: string }>;
  planFingerprints: string[];
}

/** Iterations the counters are taken over; these calls are not timed. */
export const counterCalls = 3;

/**
 * Runs a case `counterCalls` times through Prisma with statement capture on, and derives
 * statements and rows per call, the plan of each statement shape (EXPLAIN QUERY PLAN on the
 * raw connection, as a normalized fingerprint) and a checksum of results.
 */
export async function measureCounters<Inputs>(
  benchmark: BenchmarkCase<Inputs>,
  inputs: Inputs,
  target: { database: GarageDatabase; raw: Database.Database },
): Promise<BenchmarkCounters> {
  const captured: CapturedStatement[] = [];
  const results = await callCase(benchmark, inputs, { client: target.database.client, raw: target.raw }, counterCalls, {
    start: () => target.database.setStatementListener((statement) => captured.push(statement)),
    stop: () => target.database.setStatementListener(undefined),
  });
  const stable = results.map((result) => (benchmark.stableResult ? benchmark.stableResult(result) : result));
  const work = captured.filter((statement) => !isControlStatement(statement.sql));
  const statements = groupStatements(work).map((statement) => ({
    shape: statementShape(statement.sql),
    callsPerCall: statement.calls / counterCalls,
    plan: planFingerprint(explainStatement(target.raw, statement.sql, statement.params)),
  }));
  return {
    statementsPerCall: work.length / counterCalls,
    rowsPerCall: work.reduce((sum, statement) => sum + (statement.kind === 'query' ? statement.rows : 0), 0) / counterCalls,
    resultChecksum: checksumOf(stable),
    statements,
    planFingerprints: statements.map((statement) => statement.plan),
  };
}

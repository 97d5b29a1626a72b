import type Database from 'better-sqlite3';
import { type PlanRow, type PlanStep, parsePlan, tableAliases } from './parse-plan.js';

/**
 * EXPLAIN QUERY PLAN of a statement with its real parameters bound (the planner's choice
 * depends on them, partial indexes included). Nothing is executed.
 */
export function explainStatement(db: Database.Database, sql: string, params: readonly unknown[] = []): PlanStep[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as unknown[])) as PlanRow[];
  return parsePlan(rows, tableAliases(sql));
}

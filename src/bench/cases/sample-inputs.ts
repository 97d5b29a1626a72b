import type Database from 'better-sqlite3';
import { messages } from '../../errors.js';

/** How many distinct inputs a case cycles through. */
export const inputPoolSize = 64;

/**
 * The first `count` rows of a deterministic query (callers spread them with an ORDER BY or
 * a rowid stride). Throws when there are none: the database lacks the data the case needs.
 */
export function sampleRows<Row>(db: Database.Database, caseId: string, sql: string, params: unknown[] = [], count = inputPoolSize): Row[] {
  const rows: Row[] = [];
  for (const row of db.prepare(sql).iterate(...params)) {
    rows.push(row as Row);
    if (rows.length >= count) break;
  }
  if (rows.length === 0) throw messages.fixtureLacksData(caseId, sql.replace(/\s+/g, ' ').trim());
  return rows;
}

/** The element for an iteration, cycling through the pool. */
export function pick<T>(pool: readonly T[], iteration: number): T {
  return pool[iteration % pool.length] as T;
}

/** Minutes after `now`, for times that never collide with the fixture's history. */
export function afterNow(now: Date, iteration: number, offsetMinutes = 0): Date {
  return new Date(now.getTime() + (offsetMinutes * 60 + iteration) * 1000);
}

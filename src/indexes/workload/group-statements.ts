import type { CapturedStatement } from '../../data/statement-capture.js';
import { isControlStatement, statementShape } from '../../data/statement-shape.js';
import type { WorkloadParam, WorkloadStatement } from './types.js';

/**
 * Groups captured statements by shape (whitespace collapsed, `IN (?,?,?)` lists of any length
 * folded) with call counts, keeping the first statement and parameters seen as the
 * representative. Transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE) and
 * PRAGMA statements are left out. Pure.
 */
export function groupStatements(captured: ReadonlyArray<Pick<CapturedStatement, 'sql' | 'params'> & { source?: string }>): WorkloadStatement[] {
  const byShape = new Map<string, WorkloadStatement>();
  for (const statement of captured) {
    if (isControlStatement(statement.sql)) continue;
    const shape = statementShape(statement.sql);
    const seen = byShape.get(shape);
    if (seen) seen.calls += 1;
    else {
      byShape.set(shape, {
        sql: statement.sql,
        params: statement.params.map(toWorkloadParam),
        calls: 1,
        ...(statement.source ? { source: statement.source } : {}),
      });
    }
  }
  return [...byShape.values()];
}

/**
 * A bound value as a capture file can hold it: integers beyond 2^53 become their decimal
 * text and blobs their hex text (SQLite's affinity rules compare them the same way for the
 * plan; exact values matter only for timing), booleans 1 or 0 as SQLite stores them.
 */
export function toWorkloadParam(value: unknown): WorkloadParam {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

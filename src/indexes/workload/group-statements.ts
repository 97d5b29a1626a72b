import type { CapturedStatement } from '../../data/statement-capture.js';
import { isControlStatement, statementShape } from '../../data/statement-shape.js';
import type { WorkloadStatement } from './types.js';

/** Groups captured statements by shape with call counts, keeping the first parameters seen. */
export function groupStatements(captured: ReadonlyArray<CapturedStatement & { source?: string }>): WorkloadStatement[] {
  const byShape = new Map<string, WorkloadStatement>();
  for (const statement of captured) {
    if (isControlStatement(statement.sql)) continue;
    const shape = statementShape(statement.sql);
    const seen = byShape.get(shape);
    if (seen) seen.calls += 1;
    else byShape.set(shape, { sql: statement.sql, params: statement.params as WorkloadStatement['params'], calls: 1, source: statement.source });
  }
  return [...byShape.values()];
}

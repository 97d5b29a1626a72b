import Database from 'better-sqlite3';
import { benchmarkCases, type SuiteName } from '../../bench/cases/index.js';
import { makePrivateCopy } from '../../data/private-copy.js';
import { openDatabase } from '../../data/open-database.js';
import type { CapturedStatement } from '../../data/statement-capture.js';
import { groupStatements } from './group-statements.js';
import type { Workload } from './types.js';

/** Calls of each operation while capturing. */
const callsPerOperation = 3;

/**
 * Runs the operations of a bench suite through Prisma on a private copy of the database and
 * captures every statement Prisma sends, with its bound parameters, grouped by shape.
 */
export async function captureSuiteWorkload(path: string, suite: SuiteName, now: Date): Promise<Workload> {
  const copy = makePrivateCopy(path, 'capture');
  const captured: Array<CapturedStatement & { source?: string }> = [];
  let source = '';
  const database = await openDatabase({ path: copy.path, environment: 'test', onStatement: (statement) => captured.push({ ...statement, source }) });
  const raw = new Database(copy.path);
  try {
    for (const benchmark of benchmarkCases(suite)) {
      const inputs = benchmark.prepare(raw, { now });
      for (let call = 0; call < callsPerOperation; call++) {
        benchmark.beforeEach?.(raw, inputs, call);
        source = benchmark.id;
        const result = await benchmark.orm(database.client, inputs, call);
        source = '';
        benchmark.afterEach?.(raw, inputs, call, result);
      }
    }
  } finally {
    raw.close();
    await database.close();
    copy.dispose();
  }
  return { name: suite, statements: groupStatements(captured.filter((statement) => statement.source)) };
}

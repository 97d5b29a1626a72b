import Database from 'better-sqlite3';
import { callCase } from '../bench/cases/call-case.js';
import type { BenchmarkCase } from '../bench/cases/types.js';
import { openDatabase } from '../data/open-database.js';
import { makePrivateCopy } from '../data/private-copy.js';
import type { CapturedStatement } from '../data/statement-capture.js';
import { groupStatements } from './workload/group-statements.js';
import type { Workload } from './workload/types.js';

/** Calls of each operation while capturing: enough to see per-call statements repeat. */
export const captureIterations = 3;

/** The part of a bench case the capture needs. */
export type CapturableCase = Pick<BenchmarkCase, 'id' | 'prepare' | 'orm' | 'beforeEach' | 'afterEach'>;

export interface CaptureWorkloadOptions {
  /** The database to run on; it is copied first and never written. */
  path: string;
  /** The workload's name in findings (`critical`, `all`, ...). */
  name: string;
  cases: readonly CapturableCase[];
  /** The fixture's "now", which cases draw their inputs relative to. */
  now: Date;
  iterations?: number;
  onCase?: (id: string) => void;
}

/**
 * Runs operations through the real Prisma client on a private copy of the database (their
 * writes never reach the original) and captures every statement Prisma sends with its bound
 * parameters, grouped by shape with call counts. Each case is prepared once and called
 * `iterations` times. Statements sent outside a case's call (connection pragmas, untimed
 * set-up) and transaction control are left out.
 */
export async function captureWorkload(options: CaptureWorkloadOptions): Promise<Workload> {
  const copy = makePrivateCopy(options.path, 'capture');
  const captured: Array<CapturedStatement & { source?: string }> = [];
  let source: string | undefined;
  try {
    const database = await openDatabase({
      path: copy.path,
      environment: 'test',
      onStatement: (statement) => {
        if (source !== undefined) captured.push({ ...statement, source });
      },
    });
    const raw = new Database(copy.path);
    try {
      for (const benchmark of options.cases) {
        options.onCase?.(benchmark.id);
        const inputs = benchmark.prepare(raw, { now: options.now });
        await callCase(benchmark, inputs, { client: database.client, raw }, options.iterations ?? captureIterations, {
          start: () => {
            source = benchmark.id;
          },
          stop: () => {
            source = undefined;
          },
        });
      }
    } finally {
      raw.close();
      await database.close();
    }
  } finally {
    copy.dispose();
  }
  return { name: options.name, statements: groupStatements(captured) };
}

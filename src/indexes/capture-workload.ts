import { callCase } from '../bench/cases/call-case.js';
import type { BenchmarkCase } from '../bench/cases/types.js';
import { counterCalls } from '../bench/counters.js';
import { openTarget } from '../bench/open-targets.js';
import { makePrivateCopy } from '../data/private-copy.js';
import type { CapturedStatement } from '../data/statement-capture.js';
import { groupStatements } from './workload/group-statements.js';
import type { Workload } from './workload/types.js';

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
  /** Calls of each case; by default as many as the bench takes its counters over. */
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
    // Opened as the bench opens it, so that cases run here as they run there.
    const target = await openTarget(copy.path, 'test');
    target.database.setStatementListener((statement) => {
      if (source !== undefined) captured.push({ ...statement, source });
    });
    try {
      for (const benchmark of options.cases) {
        options.onCase?.(benchmark.id);
        const inputs = benchmark.prepare(target.raw, { now: options.now });
        await callCase(benchmark, inputs, target, options.iterations ?? counterCalls, {
          start: () => {
            source = benchmark.id;
          },
          stop: () => {
            source = undefined;
          },
        });
      }
    } finally {
      await target.close();
    }
  } finally {
    copy.dispose();
  }
  return { name: options.name, statements: groupStatements(captured) };
}

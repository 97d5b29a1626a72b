import type Database from 'better-sqlite3';
import type { GarageClient } from '../../data/open-database.js';
import type { BenchmarkCase } from './types.js';

/** What brackets exactly the Prisma call of each iteration (statement capture on, then off). */
export interface CallBracket {
  start(): void;
  stop(): void;
}

/**
 * Calls a case `calls` times through Prisma, with its untimed hooks around each call on the
 * raw connection, and returns the results. `bracket` sees only the Prisma call itself.
 */
export async function callCase<Inputs>(
  benchmark: Pick<BenchmarkCase<Inputs>, 'orm' | 'beforeEach' | 'afterEach'>,
  inputs: Inputs,
  target: { client: GarageClient; raw: Database.Database },
  calls: number,
  bracket: CallBracket,
): Promise<unknown[]> {
  const results: unknown[] = [];
  for (let call = 0; call < calls; call++) {
    benchmark.beforeEach?.(target.raw, inputs, call);
    bracket.start();
    let result: unknown;
    try {
      result = await benchmark.orm(target.client, inputs, call);
    } finally {
      bracket.stop();
    }
    benchmark.afterEach?.(target.raw, inputs, call, result);
    results.push(result);
  }
  return results;
}

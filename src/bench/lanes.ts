import type Database from 'better-sqlite3';
import type { GarageClient } from '../data/open-database.js';
import type { BenchmarkCase } from './cases/types.js';

/** What a lane measures: the Prisma call, its raw twin, or the Prisma call without the optimization indexes. */
export type LaneVariant = 'orm' | 'raw' | 'no-indexes';

/** A database a lane runs on: the Prisma client and a raw connection to the same file. */
export interface LaneTarget {
  client: GarageClient;
  raw: Database.Database;
}

/** One timed series: a case, a variant and the database it runs on. */
export interface Lane {
  benchmark: BenchmarkCase;
  inputs: unknown;
  variant: LaneVariant;
  target: LaneTarget;
  /** The next iteration number; hooks and the call of one iteration share it. */
  iteration: number;
  lastResult: unknown;
}

/** The tinybench task of a lane: async explicitly, hooks untimed, one iteration number per call. */
export function laneTask(lane: Lane) {
  const { benchmark, target } = lane;
  const fn =
    lane.variant === 'raw'
      ? async () => {
          lane.lastResult = benchmark.raw(target.raw, lane.inputs, lane.iteration);
        }
      : async () => {
          lane.lastResult = await benchmark.orm(target.client, lane.inputs, lane.iteration);
        };
  return {
    name: laneName(lane),
    fn,
    options: {
      async: true,
      beforeEach: () => benchmark.beforeEach?.(target.raw, lane.inputs, lane.iteration),
      afterEach: () => {
        benchmark.afterEach?.(target.raw, lane.inputs, lane.iteration, lane.lastResult);
        lane.lastResult = undefined;
        lane.iteration += 1;
      },
    },
  };
}

export function laneName(lane: Pick<Lane, 'benchmark' | 'variant'>): string {
  return lane.variant === 'orm' ? lane.benchmark.id : `${lane.benchmark.id} [${lane.variant}]`;
}

import type Database from 'better-sqlite3';
import type { GarageClient } from '../../data/open-database.js';

export const suiteNames = ['critical', 'reporting', 'profile', 'all'] as const;
export type SuiteName = (typeof suiteNames)[number];

/** What a case may know of the fixture it runs on. */
export interface FixtureContext {
  /** The fixture's fixed "now": every time a case uses is relative to it. */
  now: Date;
}

/**
 * One benchmarked operation: its Prisma call and the raw-SQL twin of that call, over inputs
 * drawn once from the fixture. Iteration `i` of either path does the same work.
 */
export interface BenchmarkCase<Inputs = unknown> {
  /** Stable id, for example `sessions.active`. Baselines and budgets refer to it. */
  id: string;
  title: string;
  /** The suites (besides `all`) that include it. */
  suites: ReadonlyArray<Exclude<SuiteName, 'all'>>;
  /** The task's target, the default p99 budget in milliseconds. */
  budgetMs: number;
  /** True when the operation changes data: it then runs on a private copy only. */
  writes: boolean;
  /** Bumped whenever the inputs or the call change meaning: baselines of another version are refused. */
  version: number;
  /** Draws the inputs from the fixture (read-only use of `raw`). */
  prepare(raw: Database.Database, fixture: FixtureContext): Inputs;
  orm(client: GarageClient, inputs: Inputs, iteration: number): Promise<unknown>;
  raw(db: Database.Database, inputs: Inputs, iteration: number): unknown;
  /** Untimed work before an iteration (for example opening the session that `end` closes). */
  beforeEach?(db: Database.Database, inputs: Inputs, iteration: number): void;
  /** Untimed work after an iteration that brings the data back to where it was. */
  afterEach?(db: Database.Database, inputs: Inputs, iteration: number, result: unknown): void;
  /** The part of a result that must not change between runs (generated ids and clocks left out). */
  stableResult?(result: unknown): unknown;
}

/** Type-erases a case for the registry while checking it against its own Inputs. */
export function defineCase<Inputs>(definition: BenchmarkCase<Inputs>): BenchmarkCase {
  return definition as unknown as BenchmarkCase;
}

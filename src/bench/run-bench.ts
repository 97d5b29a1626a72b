import type { Environment } from '../data/settings.js';
import type { FixtureProgress } from '../fixtures/index.js';
import { readEnvironmentFingerprint } from '../report/environment.js';
import { type BenchReport, benchReportSchemaVersion } from '../report/bench/schema.js';
import { assertComparable, environmentDifferences, schemaChanges, suiteHashOf } from './baseline.js';
import { benchmarkCases, type BenchmarkCase, type SuiteName } from './cases/index.js';
import { type BenchmarkCounters, measureCounters } from './counters.js';
import { judgeResults } from './judge-results.js';
import type { Lane } from './lanes.js';
import { measureRounds, type RoundProgress } from './measure-rounds.js';
import { type OpenTarget, openTarget } from './open-targets.js';
import { dropOptimizationIndexes, makePrivateCopy, type PrivateCopy } from '../data/private-copy.js';
import { type DatabaseChoice, resolveDatabase } from './resolve-database.js';

export interface RunBenchOptions {
  suites: SuiteName[];
  database: DatabaseChoice;
  environment?: Environment;
  /** Measured time per benchmark over all rounds, in milliseconds. */
  timeMs: number;
  /** Minimum iterations per benchmark over all rounds. */
  iterations: number;
  rounds: number;
  thresholdPct: number;
  alpha: number;
  compareRaw: boolean;
  compareIndexes: boolean;
  /** p99 budgets in milliseconds by benchmark id, over the cases' defaults. */
  budgets?: Record<string, number>;
  baseline?: { path: string; report: BenchReport; force: boolean };
  onProgress?: (event: BenchProgress) => void;
}

export type BenchProgress =
  | { phase: 'fixture'; detail: Parameters<FixtureProgress>[0] }
  | { phase: 'prepare'; benchmarks: string[] }
  | { phase: 'counters'; benchmark: string }
  | { phase: 'measure'; round: number; rounds: number; lane: string };

/**
 * Runs the benchmarks of the chosen suites on a private copy of the database and returns the
 * report: statistics, counters, comparisons and verdicts. Never prints, never exits.
 */
export async function runBench(options: RunBenchOptions): Promise<BenchReport> {
  const started = performance.now();
  const environment = options.environment ?? 'test';
  const resolved = await resolveDatabase(options.database, (detail) => options.onProgress?.({ phase: 'fixture', detail }));
  const targets: OpenTarget[] = [];
  const copies: PrivateCopy[] = [resolved.snapshot];
  try {
    const cases = benchmarkCases(...options.suites);
    const suiteHash = suiteHashOf(cases);
    if (options.baseline) {
      assertComparable(options.baseline.report, { fixture: resolved.fixture, suiteHash }, options.baseline.path, options.baseline.force);
    }
    options.onProgress?.({ phase: 'prepare', benchmarks: cases.map((c) => c.id) });
    const source = resolved.snapshot.path;
    // The snapshot is already private: the main lanes run on it, no second copy.
    const main = await openTarget(source, environment);
    targets.push(main);
    const inputs = prepareInputs(main, cases, resolved.now);
    let droppedIndexes: string[] | undefined;
    let bare: OpenTarget | undefined;
    if (options.compareIndexes) {
      const bareCopy = makePrivateCopy(source, 'no-indexes');
      copies.push(bareCopy);
      droppedIndexes = dropOptimizationIndexes(bareCopy.path);
      bare = await openTarget(bareCopy.path, environment);
      targets.push(bare);
    }

    const counters = new Map<string, BenchmarkCounters>();
    for (const benchmark of cases) {
      options.onProgress?.({ phase: 'counters', benchmark: benchmark.id });
      counters.set(benchmark.id, await measureCounters(benchmark, inputs.get(benchmark.id), { database: main.database, raw: main.raw }));
    }

    const lanes: Lane[] = cases.flatMap((benchmark) => {
      const base = { benchmark, inputs: inputs.get(benchmark.id), iteration: 0, lastResult: undefined };
      const list: Lane[] = [{ ...base, variant: 'orm', target: main }];
      if (options.compareRaw) list.push({ ...base, variant: 'raw', target: main });
      if (bare) list.push({ ...base, variant: 'no-indexes', target: bare });
      return list;
    });
    const roundProgress: RoundProgress = (event) => options.onProgress?.({ phase: 'measure', ...event });
    const { measurements, memory } = await measureRounds(
      lanes,
      {
        rounds: options.rounds,
        roundTimeMs: Math.max(1, Math.round(options.timeMs / options.rounds)),
        roundIterations: Math.max(1, Math.ceil(options.iterations / options.rounds)),
      },
      roundProgress,
    );

    const judged = judgeResults({
      cases,
      counters,
      measurements,
      budgets: options.budgets ?? {},
      baseline: options.baseline?.report,
      alpha: options.alpha,
      thresholdPct: options.thresholdPct,
    });
    const fingerprintOfMachine = readEnvironmentFingerprint();
    return {
      schemaVersion: benchReportSchemaVersion,
      kind: 'bench',
      createdAt: new Date().toISOString(),
      durationMs: performance.now() - started,
      environment: fingerprintOfMachine,
      fixture: resolved.fixture,
      options: {
        suites: options.suites,
        timeMs: options.timeMs,
        rounds: options.rounds,
        iterations: options.iterations,
        thresholdPct: options.thresholdPct,
        alpha: options.alpha,
        compareRaw: options.compareRaw,
        compareIndexes: options.compareIndexes,
      },
      suiteHash,
      droppedIndexes,
      benchmarks: judged.benchmarks,
      memory: {
        peakHeapUsedBytes: Math.max(...memory.heapUsedBytes),
        peakRssBytes: Math.max(...memory.rssBytes),
        heapGrowthBytes: (memory.heapUsedBytes.at(-1) ?? 0) - (memory.heapUsedBytes[0] ?? 0),
        rssGrowthBytes: (memory.rssBytes.at(-1) ?? 0) - (memory.rssBytes[0] ?? 0),
      },
      baseline: options.baseline && {
        path: options.baseline.path,
        createdAt: options.baseline.report.createdAt,
        environmentDifferences: environmentDifferences(options.baseline.report.environment, fingerprintOfMachine),
        schemaChanges: schemaChanges(options.baseline.report.fixture, resolved.fixture),
      },
      verdict: judged.failures.length > 0 ? 'fail' : 'pass',
      failures: judged.failures,
    };
  } finally {
    for (const target of targets.reverse()) await target.close();
    for (const copy of copies) copy.dispose();
  }
}

/**
 * Draws every case's inputs from the main target's raw connection, before anything is
 * measured: `prepare` only reads, and resolveDatabase has already checked the file.
 */
function prepareInputs(main: OpenTarget, cases: BenchmarkCase[], now: Date): Map<string, unknown> {
  return new Map(cases.map((benchmark) => [benchmark.id, benchmark.prepare(main.raw, { now })]));
}

import { checkBudget, compareCounters, compareTiming, judgeBenchmark, planChanges } from './compare/index.js';
import { bootstrapRatioOfMedians, describeSamples, median } from './statistics/index.js';
import type { BenchReport, BenchmarkResult, LatencyStats } from '../report/bench/schema.js';
import type { BenchmarkCase } from './cases/types.js';
import type { BenchmarkCounters } from './counters.js';
import { laneName } from './lanes.js';
import type { LaneMeasurement } from './measure-rounds.js';

export interface JudgeInput {
  cases: BenchmarkCase[];
  counters: Map<string, BenchmarkCounters>;
  measurements: Map<string, LaneMeasurement>;
  budgets: Record<string, number>;
  baseline: BenchReport | undefined;
  alpha: number;
  thresholdPct: number;
}

/** Turns raw measurements into report entries with statistics, ratios and verdicts. */
export function judgeResults(input: JudgeInput): { benchmarks: BenchmarkResult[]; failures: string[] } {
  const benchmarks = input.cases.map((benchmark) => {
    const lane = (variant: 'orm' | 'raw' | 'no-indexes') => input.measurements.get(laneName({ benchmark, variant }));
    const orm = toLane(lane('orm'));
    const raw = lane('raw');
    const bare = lane('no-indexes');
    const counters = input.counters.get(benchmark.id);
    const budgetMs = input.budgets[benchmark.id] ?? benchmark.budgetMs;
    const before = input.baseline?.benchmarks.find((entry) => entry.id === benchmark.id);

    const timing =
      before && before.orm.rounds.length > 0 && orm.rounds.length > 0
        ? compareTiming(before.orm.rounds, orm.rounds, { alpha: input.alpha, thresholdPct: input.thresholdPct, seed: 1 })
        : undefined;
    const counterVerdict = before?.counters && counters ? compareCounters(before.counters, counters) : undefined;
    const judged = judgeBenchmark({
      id: benchmark.id,
      timing,
      counters: counterVerdict,
      budget: orm.stats ? checkBudget(orm.stats.p99, budgetMs) : undefined,
      errored: orm.state === 'errored' ? (orm.error ?? 'unknown error') : undefined,
    });

    const result: BenchmarkResult = {
      id: benchmark.id,
      title: benchmark.title,
      suites: [...benchmark.suites],
      version: benchmark.version,
      writes: benchmark.writes,
      budgetMs,
      orm,
      counters,
      raw: raw && { ...toLane(raw), overhead: ratioOf(lane('orm'), raw) },
      noIndexes: bare && { ...toLane(bare), speedup: ratioOf(bare, lane('orm')) },
      comparison:
        before && counterVerdict
          ? {
              timing,
              counters: { verdict: counterVerdict.verdict, messages: counterVerdict.messages },
              planChanges: planChanges(before.counters?.statements ?? [], counters?.statements ?? []),
            }
          : undefined,
      verdict: judged.verdict,
      failures: judged.failures,
    };
    return result;
  });
  return { benchmarks, failures: benchmarks.flatMap((entry) => entry.failures.map((failure) => failure.message)) };
}

function toLane(measurement: LaneMeasurement | undefined): BenchmarkResult['orm'] {
  if (!measurement) return { state: 'errored', error: 'not measured', rounds: [] };
  const samples = measurement.rounds.flat();
  const stats: LatencyStats | undefined = samples.length > 0 ? describeSamples(samples) : undefined;
  return {
    state: measurement.state,
    ...(measurement.error ? { error: measurement.error } : {}),
    ...(stats ? { stats } : {}),
    rounds: measurement.rounds.map((round) => round.map((sample) => Math.round(sample * 1e5) / 1e5)),
  };
}

/** numerator / denominator of round medians, with a bootstrap 95% CI. */
function ratioOf(numerator: LaneMeasurement | undefined, denominator: LaneMeasurement | undefined) {
  if (!numerator || !denominator || numerator.rounds.length === 0 || denominator.rounds.length === 0) return undefined;
  const a = numerator.rounds.map(median);
  const b = denominator.rounds.map(median);
  const estimate = bootstrapRatioOfMedians(a, b, { seed: 7 });
  return { ratio: estimate.ratio, ci: estimate.ci };
}

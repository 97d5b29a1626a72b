import { z } from 'zod';
import { environmentFingerprintSchema } from '../environment.js';

export const benchReportSchemaVersion = 1;

export const latencyStatsSchema = z.object({
  mean: z.number(),
  p50: z.number(),
  p75: z.number(),
  p99: z.number(),
  p999: z.number(),
  min: z.number(),
  max: z.number(),
  sd: z.number(),
  /** Relative margin of error of the mean at 95%, in percent. */
  rme: z.number(),
  samples: z.number().int(),
  opsPerSec: z.number(),
});

export const countersSchema = z.object({
  statementsPerCall: z.number(),
  rowsPerCall: z.number(),
  resultChecksum: z.string(),
  statements: z.array(z.object({ shape: z.string(), callsPerCall: z.number(), plan: z.string() })),
  planFingerprints: z.array(z.string()),
});

export const ratioSchema = z.object({
  /** For raw: ORM median / raw median. For indexes: without / with. */
  ratio: z.number(),
  ci: z.tuple([z.number(), z.number()]),
});

export const laneSchema = z.object({
  state: z.enum(['completed', 'errored']),
  error: z.string().optional(),
  stats: latencyStatsSchema.optional(),
  /** Samples in milliseconds, one array per round, sorted within the round. */
  rounds: z.array(z.array(z.number())),
});

export const failureSchema = z.object({
  check: z.enum(['timing', 'statements', 'plan', 'budget', 'errored']),
  message: z.string(),
});

export const comparisonSchema = z.object({
  timing: z
    .object({
      verdict: z.enum(['regressed', 'improved', 'unchanged', 'inconclusive']),
      changePct: z.number(),
      ci: z.tuple([z.number(), z.number()]),
      pValue: z.number(),
      baselineMedianMs: z.number(),
      currentMedianMs: z.number(),
    })
    .optional(),
  counters: z.object({
    verdict: z.enum(['regressed', 'result-changed', 'unchanged']),
    messages: z.array(z.string()),
  }),
  /** Statements whose plan changed: shape, plan before, plan now. */
  planChanges: z.array(z.object({ shape: z.string(), before: z.string(), after: z.string() })),
});

export const benchmarkResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  suites: z.array(z.string()),
  version: z.number().int(),
  writes: z.boolean(),
  budgetMs: z.number(),
  orm: laneSchema,
  counters: countersSchema.optional(),
  raw: laneSchema.extend({ overhead: ratioSchema.optional() }).optional(),
  noIndexes: laneSchema.extend({ speedup: ratioSchema.optional() }).optional(),
  comparison: comparisonSchema.optional(),
  verdict: z.enum(['pass', 'fail']),
  failures: z.array(failureSchema),
});

export const fixtureInfoSchema = z.object({
  path: z.string(),
  scale: z.string().optional(),
  seed: z.number().int().optional(),
  contentHash: z.string().optional(),
  schemaHash: z.string(),
  now: z.string(),
  indexes: z.array(z.string()),
});

export const benchReportSchema = z.object({
  schemaVersion: z.literal(benchReportSchemaVersion),
  kind: z.literal('bench'),
  createdAt: z.string(),
  durationMs: z.number(),
  environment: environmentFingerprintSchema,
  fixture: fixtureInfoSchema,
  options: z.object({
    suites: z.array(z.string()),
    timeMs: z.number(),
    rounds: z.number().int(),
    iterations: z.number().int(),
    thresholdPct: z.number(),
    alpha: z.number(),
    compareRaw: z.boolean(),
    compareIndexes: z.boolean(),
  }),
  /** Hash of the benchmark ids and versions: baselines of other definitions are refused. */
  suiteHash: z.string(),
  droppedIndexes: z.array(z.string()).optional(),
  benchmarks: z.array(benchmarkResultSchema),
  memory: z.object({
    peakHeapUsedBytes: z.number(),
    peakRssBytes: z.number(),
    heapGrowthBytes: z.number(),
    rssGrowthBytes: z.number(),
  }),
  baseline: z
    .object({
      path: z.string(),
      createdAt: z.string(),
      environmentDifferences: z.array(z.string()),
      schemaChanges: z.array(z.string()),
    })
    .optional(),
  verdict: z.enum(['pass', 'fail']),
  failures: z.array(z.string()),
});

export type BenchReport = z.infer<typeof benchReportSchema>;
export type BenchmarkResult = z.infer<typeof benchmarkResultSchema>;
export type LatencyStats = z.infer<typeof latencyStatsSchema>;
export type BenchmarkFailure = z.infer<typeof failureSchema>;

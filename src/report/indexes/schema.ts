import { z } from 'zod';
import { findingKinds, severities } from '../../indexes/findings/types.js';
import { environmentFingerprintSchema } from '../environment.js';

/** Bumped when a field changes meaning or is removed; added fields keep it. */
export const indexesReportSchemaVersion = 1;

/** One finding of the report. */
const findingSchema = z.object({
  kind: z.enum(findingKinds),
  severity: z.enum(severities),
  table: z.string(),
  index: z.string().optional(),
  statement: z.string().optional(),
  evidence: z.string(),
  fix: z.object({ sql: z.string(), prisma: z.string().optional() }).optional(),
  dropSafety: z.object({ safe: z.boolean(), reasons: z.array(z.string()) }).optional(),
  proposedIndex: z.object({ columns: z.array(z.string()), where: z.string().optional() }).optional(),
  verification: z
    .object({
      medianMsBefore: z.number(),
      medianMsAfter: z.number(),
      speedup: z.number(),
      insertMsBefore: z.number().optional(),
      insertMsAfter: z.number().optional(),
      planBefore: z.string(),
      planAfter: z.string(),
    })
    .optional(),
});

/** The JSON report `garage-perf indexes` writes (reports/indexes-*.json). */
export const indexesReportSchema = z.object({
  schemaVersion: z.literal(indexesReportSchemaVersion),
  kind: z.literal('indexes'),
  createdAt: z.string(),
  durationMs: z.number(),
  environment: environmentFingerprintSchema,
  database: z.object({ path: z.string(), sizeBytes: z.number(), statsSource: z.enum(['database', 'analyzed-copy', 'none']) }),
  workload: z.object({ name: z.string(), statements: z.number().int(), calls: z.number().int() }).optional(),
  options: z.object({ verify: z.boolean(), minSpeedup: z.number(), failOn: z.array(z.enum(findingKinds)) }),
  inventory: z.array(
    z.object({
      name: z.string(),
      table: z.string(),
      columns: z.array(z.string()),
      unique: z.boolean(),
      origin: z.enum(['c', 'u', 'pk']),
      where: z.string().optional(),
      sizeBytes: z.number().optional(),
      usedBy: z.number().int().optional(),
    }),
  ),
  statements: z.array(
    z.object({
      sql: z.string(),
      calls: z.number().int(),
      source: z.string().optional(),
      /** The plan as a tree: one line per step, indented two spaces per level, aliases as SQLite prints them. */
      plan: z.array(z.string()),
      fingerprint: z.string(),
    }),
  ),
  findings: z.array(findingSchema),
  candidates: z.array(
    z.object({
      name: z.string(),
      table: z.string(),
      columns: z.array(z.string()),
      where: z.string().optional(),
      variant: z.enum(['expert', 'order', 'covering', 'partial']),
      statement: z.string(),
      speedup: z.number(),
      planImproved: z.boolean(),
      recommended: z.boolean(),
      serves: z.array(z.string()),
      medianMsBefore: z.number(),
      medianMsAfter: z.number(),
      insertMsBefore: z.number().optional(),
      insertMsAfter: z.number().optional(),
    }),
  ),
  verdict: z.enum(['pass', 'fail']),
  failedKinds: z.array(z.enum(findingKinds)),
});

export type IndexesReport = z.infer<typeof indexesReportSchema>;

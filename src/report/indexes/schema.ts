import { z } from 'zod';
import { findingKinds, severities } from '../../indexes/findings/types.js';
import { environmentFingerprintSchema } from '../environment.js';

export const indexesReportSchemaVersion = 1;

export const findingSchema = z.object({
  kind: z.enum(findingKinds),
  severity: z.enum(severities),
  table: z.string(),
  index: z.string().optional(),
  statement: z.string().optional(),
  evidence: z.string(),
  fix: z.object({ sql: z.string(), prisma: z.string().optional() }).optional(),
  dropSafety: z.object({ safe: z.boolean(), reasons: z.array(z.string()) }).optional(),
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

export const indexesReportSchema = z.object({
  schemaVersion: z.literal(indexesReportSchemaVersion),
  kind: z.literal('indexes'),
  createdAt: z.string(),
  durationMs: z.number(),
  environment: environmentFingerprintSchema,
  database: z.object({ path: z.string(), sizeBytes: z.number(), statsSource: z.enum(['database', 'analyzed-copy', 'none']) }),
  workload: z.object({ name: z.string(), statements: z.number().int() }).optional(),
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
    z.object({ sql: z.string(), calls: z.number().int(), source: z.string().optional(), plan: z.array(z.string()), fingerprint: z.string() }),
  ),
  findings: z.array(findingSchema),
  candidates: z.array(
    z.object({
      name: z.string(),
      table: z.string(),
      columns: z.array(z.string()),
      where: z.string().optional(),
      variant: z.string(),
      statement: z.string(),
      speedup: z.number(),
      planImproved: z.boolean(),
      recommended: z.boolean(),
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
export type ReportFinding = z.infer<typeof findingSchema>;

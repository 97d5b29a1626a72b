import { z } from 'zod';
import { databaseSettingsSchema, environmentSchema } from '../data/settings.js';

/** garage-perf.config.json: every key optional; flags override what it sets. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    environment: environmentSchema.optional(),
    database: databaseSettingsSchema.partial().strict().optional(),
    fixturesDir: z.string().min(1).optional(),
    reportDir: z.string().min(1).optional(),
    bench: z
      .object({
        /** p99 budgets in milliseconds per benchmark id; they may only tighten the defaults. */
        budgets: z.record(z.string(), z.number().positive()).optional(),
        timeMs: z.number().int().positive().optional(),
        iterations: z.number().int().positive().optional(),
        rounds: z.number().int().min(2).optional(),
        thresholdPct: z.number().positive().optional(),
        alpha: z.number().positive().max(0.5).optional(),
      })
      .strict()
      .optional(),
    indexes: z
      .object({
        minSpeedup: z.number().positive().optional(),
        failOn: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type GaragePerfConfig = z.infer<typeof configSchema>;

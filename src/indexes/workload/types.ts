import { z } from 'zod';

/** A bound parameter value in a workload (SQLite binds booleans as 1 and 0). */
const workloadParamSchema = z.union([z.string(), z.number(), z.null(), z.boolean()]);
export type WorkloadParam = z.infer<typeof workloadParamSchema>;

/** One statement shape of a workload with a representative set of parameters. */
const workloadStatementSchema = z.object({
  sql: z.string().min(1),
  params: z.array(workloadParamSchema).default([]),
  calls: z.number().int().positive().default(1),
  /** Where it came from: a benchmark id, a file and line. */
  source: z.string().optional(),
});
export type WorkloadStatement = z.infer<typeof workloadStatementSchema>;

/** The capture file `garage-perf indexes --save-workload` writes and `--workload FILE.json` reads. */
export const workloadFileSchema = z.object({
  kind: z.literal('garage-perf-workload'),
  version: z.literal(1),
  name: z.string(),
  statements: z.array(workloadStatementSchema),
});
export type WorkloadFile = z.infer<typeof workloadFileSchema>;

/** A workload ready to plan: what the usage findings are judged against. */
export interface Workload {
  /** What the usage findings were judged against: `critical`, `all` or a file name. */
  name: string;
  statements: WorkloadStatement[];
}

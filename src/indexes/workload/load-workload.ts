import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { suiteNames, type SuiteName } from '../../bench/cases/types.js';
import { formatZodError, messages } from '../../errors.js';
import { captureSuiteWorkload } from './capture-suite.js';
import { readSqlWorkload } from './read-sql-file.js';
import { type Workload, workloadFileSchema } from './types.js';

/** `critical` / `all` / any suite name, a .sql file or a .json capture file. */
export async function loadWorkload(spec: string, databasePath: string, now: Date): Promise<Workload> {
  if ((suiteNames as readonly string[]).includes(spec)) return captureSuiteWorkload(databasePath, spec as SuiteName, now);
  if (!existsSync(spec)) throw messages.unknownWorkload(spec);
  if (spec.endsWith('.sql')) return readSqlWorkload(spec);
  if (spec.endsWith('.json')) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(spec, 'utf8'));
    } catch (error) {
      throw messages.badWorkloadFile(spec, (error as Error).message);
    }
    const parsed = workloadFileSchema.safeParse(raw);
    if (!parsed.success) throw messages.badWorkloadFile(spec, formatZodError(parsed.error));
    return { name: basename(spec), statements: parsed.data.statements };
  }
  throw messages.unknownWorkload(spec);
}

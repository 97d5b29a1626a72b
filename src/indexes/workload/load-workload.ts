import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { suiteNames, type SuiteName } from '../../bench/cases/types.js';
import { readJsonFile } from '../../config/read-json-file.js';
import { messages } from '../../errors.js';
import { captureSuiteWorkload } from './capture-suite.js';
import { readSqlWorkload } from './read-sql-file.js';
import { type Workload, workloadFileSchema } from './types.js';

/** `critical` / `all` / any suite name, a .sql file or a .json capture file. */
export async function loadWorkload(spec: string, databasePath: string, now: Date): Promise<Workload> {
  if ((suiteNames as readonly string[]).includes(spec)) return captureSuiteWorkload(databasePath, spec as SuiteName, now);
  if (!existsSync(spec)) throw messages.unknownWorkload(spec);
  if (spec.endsWith('.sql')) return readSqlWorkload(spec);
  if (spec.endsWith('.json')) {
    const file = readJsonFile(spec, workloadFileSchema, {
      missing: () => messages.unknownWorkload(spec),
      invalid: (detail) => messages.badWorkloadFile(spec, detail),
    });
    return { name: basename(spec), statements: file.statements };
  }
  throw messages.unknownWorkload(spec);
}

import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { benchmarkCases } from '../../bench/cases/index.js';
import { type SuiteName, suiteNames } from '../../bench/cases/types.js';
import { readJsonFile } from '../../config/read-json-file.js';
import { messages } from '../../errors.js';
import { captureWorkload } from '../capture-workload.js';
import { readSqlWorkload } from './read-sql-file.js';
import { type Workload, type WorkloadFile, workloadFileSchema } from './types.js';

/** Whether a --workload value names a bench suite rather than a file. */
export function isSuiteWorkload(spec: string): spec is SuiteName {
  return (suiteNames as readonly string[]).includes(spec);
}

/**
 * Loads a workload: a bench suite (`critical`, `reporting`, `profile`, `all`) captured live
 * through Prisma on a copy of `databasePath`, a .sql file or a .json capture file.
 */
export async function loadWorkload(spec: string, databasePath: string, now: Date, onCase?: (id: string) => void): Promise<Workload> {
  if (isSuiteWorkload(spec)) {
    return captureWorkload({ path: databasePath, name: spec, cases: benchmarkCases(spec), now, ...(onCase ? { onCase } : {}) });
  }
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

/** The capture file for a workload, as `--save-workload` writes it and `--workload FILE.json` reads it. */
export function toWorkloadFile(workload: Workload): WorkloadFile {
  return { kind: 'garage-perf-workload', version: 1, name: workload.name, statements: workload.statements };
}

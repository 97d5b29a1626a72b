import { resolve } from 'node:path';
import { z } from 'zod';
import { fixturesDirFor } from '../config/fixtures-dir.js';
import { parseNumberOption } from '../config/parse-number-option.js';
import type { GaragePerfConfig } from '../config/schema.js';
import { messages } from '../errors.js';
import { parseSeedOptions, type Scale } from '../fixtures/index.js';
import { defaultSchemaPath } from '../paths.js';
import { type FindingKind, findingKinds } from './findings/types.js';
import { isSuiteWorkload } from './workload/load-workload.js';

/** The flags of `garage-perf indexes` as commander hands them over (strings, unvalidated). */
export interface IndexesFlags {
  db?: string;
  scale?: string;
  seed?: string;
  workload?: string;
  schema?: string;
  verify?: boolean;
  minSpeedup?: string;
  failOn?: string;
  saveWorkload?: string;
  reportDir?: string;
  report?: boolean;
}

/** What to analyze, normalized: paths absolute, defaults applied, every value checked. */
export interface IndexesRun {
  /** A database file, or the fixture to build or reuse. */
  target: { db: string } | { fixture: { scale: Scale; seed: number; dir: string } };
  /** A suite name or an absolute file path; undefined for structural findings only. */
  workload: string | undefined;
  schemaPath: string | undefined;
  verify: boolean;
  minSpeedup: number;
  failOn: FindingKind[];
  saveWorkload: string | undefined;
  /** Undefined with --no-report. */
  reportDir: string | undefined;
}

export const indexesDefaults = { minSpeedup: 2, fixtureWorkload: 'critical' } as const;

/**
 * Validates flags over the config and the defaults: with no --db, the fixture of --scale
 * (small) with the critical workload and the project's schema; with --db, no workload and
 * no schema unless given. Bad values are InputErrors (exit 2) that name the flag.
 */
export function resolveIndexesFlags(flags: IndexesFlags, config: GaragePerfConfig, cwd: string): IndexesRun {
  if (flags.db && flags.scale) throw messages.conflictingOptions('--db', '--scale');
  const onFixture = !flags.db;
  const workload = flags.workload ?? (onFixture ? indexesDefaults.fixtureWorkload : undefined);
  if (flags.saveWorkload && !workload) throw messages.noWorkloadToSave(flags.saveWorkload);
  return {
    target: flags.db
      ? { db: resolve(cwd, flags.db) }
      : { fixture: { ...parseSeedOptions({ scale: flags.scale, seed: flags.seed }), dir: fixturesDirFor(config, cwd) } },
    workload: workload && !isSuiteWorkload(workload) ? resolve(cwd, workload) : workload,
    schemaPath: flags.schema ? resolve(cwd, flags.schema) : onFixture ? defaultSchemaPath : undefined,
    verify: flags.verify !== false,
    minSpeedup:
      parseNumberOption('--min-speedup', flags.minSpeedup, z.coerce.number().positive(), 'a number > 0') ??
      config.indexes?.minSpeedup ??
      indexesDefaults.minSpeedup,
    failOn: flags.failOn !== undefined ? parseKinds('--fail-on', flags.failOn.split(',')) : parseKinds('indexes.failOn in the config', config.indexes?.failOn ?? []),
    saveWorkload: flags.saveWorkload ? resolve(cwd, flags.saveWorkload) : undefined,
    reportDir: flags.report === false ? undefined : resolve(cwd, flags.reportDir ?? config.reportDir ?? 'reports'),
  };
}

function parseKinds(where: string, values: readonly string[]): FindingKind[] {
  const kinds = values.map((kind) => kind.trim()).filter(Boolean);
  for (const kind of kinds) if (!(findingKinds as readonly string[]).includes(kind)) throw messages.invalidOption(where, kind, findingKinds.join(', '));
  return kinds as FindingKind[];
}

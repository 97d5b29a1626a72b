import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openReadOnly } from '../data/open-read-only.js';
import { makePrivateCopy, type PrivateCopy } from '../data/private-copy.js';
import { readPrismaSchema } from '../data/prisma-schema.js';
import { statementShape } from '../data/statement-shape.js';
import { messages } from '../errors.js';
import { readFixtureMetadata } from '../fixtures/index.js';
import { readEnvironmentFingerprint } from '../report/environment.js';
import { buildIndexesReport } from '../report/indexes/build-report.js';
import type { IndexesReport } from '../report/indexes/schema.js';
import { type MissingIndexOptions, suggestMissingIndexes } from './findings/missing.js';
import { findStructuralIssues } from './findings/structural.js';
import type { Finding, FindingKind } from './findings/types.js';
import { findUsageIssues, improvementTargets, type PlannedStatement } from './findings/usage.js';
import { hasStatistics, readInventory } from './inventory/read-inventory.js';
import { explainStatement } from './plan/explain.js';
import { planFingerprint } from './plan-fingerprint.js';
import { prismaFix } from './prisma-fix.js';
import { prismaNames } from './prisma-names.js';
import { takeSnapshot } from '../data/snapshot.js';
import { loadWorkload } from './workload/load-workload.js';
import type { Workload } from './workload/types.js';

/** What `analyzeIndexes` does, normalized (the CLI parses flags into this). */
export interface AnalyzeIndexesOptions {
  /** The database to analyze; it is never opened, only copied. */
  path: string;
  /** `critical`, `reporting`, `profile`, `all`, a .sql or a .json file; none gives structural findings only. */
  workload?: string;
  /** A schema.prisma, to give fixes in Prisma's terms. */
  schemaPath?: string;
  /** Create, ANALYZE and time every candidate index on a copy (default true). */
  verify: boolean;
  /** A candidate is recommended only this many times faster. */
  minSpeedup: number;
  /** Kinds that make the verdict `fail`. */
  failOn: readonly FindingKind[];
  onProgress?: (event: IndexesProgress) => void;
}

/** Progress of an analysis, for a spinner. */
export interface IndexesProgress {
  phase: 'snapshot' | 'inventory' | 'workload' | 'plans' | 'verify';
  detail?: string;
}

/** An analysis: the report, and the workload it was judged against (for --save-workload). */
export interface IndexesAnalysis {
  report: IndexesReport;
  workload: Workload | undefined;
}

/**
 * Analyzes a database's indexes, against a workload when one is given. The database file is
 * never opened: a byte copy is read (read-only) and ANALYZE and every candidate index run on
 * a second copy, so the original, its -wal and -shm stay byte-identical.
 */
export async function analyzeIndexes(options: AnalyzeIndexesOptions): Promise<IndexesAnalysis> {
  const started = performance.now();
  options.onProgress?.({ phase: 'snapshot' });
  const snapshot = takeSnapshot(options.path);
  let source: Database.Database | undefined;
  const scratch = scratchCopy(snapshot.path);
  try {
    source = openReadOnly(snapshot.path, options.path);
    options.onProgress?.({ phase: 'inventory' });
    // Without statistics in the database, ANALYZE runs on the scratch copy; plans are then taken
    // there too, so that they match the ones verification compares candidates with.
    const statsFrom = hasStatistics(source) ? source : analyzed(scratch.open());
    const inventory = readInventory(source, statsFrom, statsFrom === source ? 'database' : 'analyzed-copy');
    const findings: Finding[] = findStructuralIssues(inventory);

    let workload: Workload | undefined;
    const planned: PlannedStatement[] = [];
    const names = options.schemaPath ? prismaNames(readSchema(options.schemaPath)) : undefined;
    let candidates: ReturnType<typeof suggestMissingIndexes>['candidates'] = [];
    if (options.workload) {
      options.onProgress?.({ phase: 'workload', detail: options.workload });
      const metadata = readFixtureMetadata(snapshot.path);
      workload = await loadWorkload(options.workload, snapshot.path, metadata ? new Date(metadata.now) : new Date(), (id) =>
        options.onProgress?.({ phase: 'workload', detail: id }),
      );
      options.onProgress?.({ phase: 'plans', detail: `${workload.statements.length} statements` });
      for (const statement of workload.statements) planned.push(planStatement(statsFrom, statement));
      const targets = improvementTargets(inventory, planned);
      findings.push(...findUsageIssues(inventory, planned, workload.name, targets));
      const missingOptions: MissingIndexOptions = {
        inventory,
        targets,
        source,
        verify: options.verify ? { copy: scratch.open(), minSpeedup: options.minSpeedup } : undefined,
        onTarget: (detail) => options.onProgress?.({ phase: 'verify', detail }),
      };
      const missing = suggestMissingIndexes(missingOptions);
      findings.push(...missing.findings);
      candidates = missing.candidates;
    }
    if (names) {
      for (const finding of findings) {
        const prisma = prismaFix(finding, names);
        if (prisma && finding.fix) finding.fix.prisma = prisma;
      }
    }

    const report = buildIndexesReport({
      createdAt: new Date(),
      durationMs: performance.now() - started,
      environment: readEnvironmentFingerprint(),
      database: { path: options.path, sizeBytes: statSync(options.path).size, statsSource: inventory.statsSource },
      options: { verify: options.verify, minSpeedup: options.minSpeedup, failOn: [...options.failOn] },
      inventory,
      workload,
      planned,
      findings,
      candidates,
    });
    return { report, workload };
  } finally {
    source?.close();
    scratch.dispose();
    snapshot.dispose();
  }
}

/** EXPLAIN QUERY PLAN of one workload statement, with its shape and fingerprint. */
function planStatement(db: Database.Database, statement: Workload['statements'][number]): PlannedStatement {
  try {
    const steps = explainStatement(db, statement.sql, statement.params);
    return { statement, shape: statementShape(statement.sql), steps, fingerprint: planFingerprint(steps) };
  } catch (error) {
    throw messages.statementFailed(statement.source ?? statement.sql.slice(0, 60), (error as Error).message);
  }
}

/** A writable second copy, made only when ANALYZE or verification needs it. */
function scratchCopy(snapshotPath: string): { open(): Database.Database; dispose(): void } {
  let file: PrivateCopy | undefined;
  let db: Database.Database | undefined;
  return {
    open() {
      if (!db) {
        file = makePrivateCopy(snapshotPath, 'verify');
        db = new Database(file.path);
        db.pragma('foreign_keys = OFF');
      }
      return db;
    },
    dispose() {
      db?.close();
      file?.dispose();
    },
  };
}

function readSchema(path: string): ReturnType<typeof readPrismaSchema> {
  if (!existsSync(path)) throw messages.fileNotFound('schema.prisma', path);
  try {
    return readPrismaSchema(path);
  } catch (error) {
    throw messages.badPrismaSchema(path, (error as Error).message.split('\n')[0] ?? '');
  }
}

function analyzed(db: Database.Database): Database.Database {
  db.exec('ANALYZE');
  return db;
}

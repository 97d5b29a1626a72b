import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openReadOnly } from '../data/open-read-only.js';
import { makePrivateCopy } from '../data/private-copy.js';
import { readPrismaSchema } from '../data/prisma-schema.js';
import { statementShape } from '../data/statement-shape.js';
import { messages } from '../errors.js';
import { readFixtureMetadata } from '../fixtures/index.js';
import { readEnvironmentFingerprint } from '../report/environment.js';
import { formatMs } from '../report/format.js';
import { type IndexesReport, indexesReportSchemaVersion } from '../report/indexes/schema.js';
import { candidateIndexes } from './findings/candidates.js';
import { findStructuralIssues } from './findings/structural.js';
import type { Finding, FindingKind } from './findings/types.js';
import { findUsageIssues, type PlannedStatement } from './findings/usage.js';
import { readInventory } from './inventory/read-inventory.js';
import type { Inventory } from './inventory/types.js';
import { explainStatement } from './plan/explain.js';
import { flattenPlan } from './plan/parse-plan.js';
import { planFingerprint } from './plan/plan-fingerprint.js';
import { prismaNames } from './prisma-names.js';
import { quoteIdentifier } from './sql-names.js';
import { chooseCandidates, type VerifiedCandidate, verifyCandidates } from './verify/verify-candidates.js';
import { loadWorkload } from './workload/load-workload.js';
import type { Workload } from './workload/types.js';

export interface AnalyzeIndexesOptions {
  path: string;
  /** `critical`, `all`, a .sql or .json file; none for structural findings only. */
  workload?: string;
  /** A schema.prisma to name findings in Prisma's terms. */
  schemaPath?: string;
  verify: boolean;
  minSpeedup: number;
  failOn: FindingKind[];
  onProgress?: (event: { phase: 'inventory' | 'workload' | 'plans' | 'verify'; detail?: string }) => void;
}

/**
 * Analyzes a database's indexes against a workload. The database is opened read-only and
 * never changed; ANALYZE and every candidate are tried on a temporary copy.
 */
export async function analyzeIndexes(options: AnalyzeIndexesOptions): Promise<{ report: IndexesReport; workload: Workload | undefined }> {
  const started = performance.now();
  if (!existsSync(options.path)) throw messages.fileNotFound('database', options.path);
  // SQLite never opens the original: even a read-only connection to a WAL database creates
  // -wal and -shm files. Everything reads a byte copy; verification writes a second one.
  const snapshot = makePrivateCopy(options.path, 'snapshot');
  let source: Database.Database | undefined;
  let copy: Database.Database | undefined;
  let copyFile: ReturnType<typeof makePrivateCopy> | undefined;
  try {
    source = openReadOnly(snapshot.path, options.path);
    copyFile = makePrivateCopy(snapshot.path, 'verify');
    if (options.verify || !hasStats(source)) {
      copy = new Database(copyFile.path);
      copy.pragma('foreign_keys = OFF');
    }
    options.onProgress?.({ phase: 'inventory' });
    let inventory: Inventory;
    if (hasStats(source)) inventory = readInventory(source);
    else {
      copy?.exec('ANALYZE');
      inventory = readInventory(source, copy, 'analyzed-copy');
    }
    const findings: Finding[] = findStructuralIssues(inventory);

    let workload: Workload | undefined;
    const planned: PlannedStatement[] = [];
    if (options.workload) {
      options.onProgress?.({ phase: 'workload', detail: options.workload });
      const metadata = readFixtureMetadata(snapshot.path);
      workload = await loadWorkload(options.workload, snapshot.path, metadata ? new Date(metadata.now) : new Date());
      options.onProgress?.({ phase: 'plans', detail: `${workload.statements.length} statements` });
      for (const statement of workload.statements) {
        try {
          const steps = explainStatement(source, statement.sql, statement.params);
          planned.push({ statement, shape: statementShape(statement.sql), steps, fingerprint: planFingerprint(steps) });
        } catch (error) {
          throw messages.statementFailed(statement.source ?? statement.sql.slice(0, 60), (error as Error).message);
        }
      }
      findings.push(...findUsageIssues(inventory, planned, workload.name));
    }

    const verified: VerifiedCandidate[] = [];
    if (workload && options.verify && copy) {
      for (const entry of planned) {
        const issue = findings.find((finding) => finding.statement === entry.shape && (finding.kind === 'full-scan' || finding.kind === 'temp-btree'));
        if (!issue) continue;
        const table = issue.table;
        const columns = inventory.tables.find((t) => t.name === table)?.columns ?? [];
        options.onProgress?.({ phase: 'verify', detail: `${table}: ${entry.statement.source ?? entry.shape.slice(0, 50)}` });
        const share = valueShare(copy, table, inventory);
        const candidates = candidateIndexes(entry.statement.sql, entry.statement.params, table, columns, share);
        verified.push(...verifyCandidates(copy, { planned: entry, table, candidates }, options.minSpeedup));
      }
      for (const chosen of chooseCandidates(verified)) {
        findings.push({
          kind: 'missing',
          severity: 'high',
          table: chosen.table,
          statement: chosen.statement,
          evidence: `${chosen.speedup.toFixed(1)}x faster (${formatMs(chosen.medianMsBefore)} -> ${formatMs(chosen.medianMsAfter)}); plan ${chosen.planBefore} -> ${chosen.planAfter}; insert ${formatMs(chosen.insertMsBefore)} -> ${formatMs(chosen.insertMsAfter)} a row`,
          fix: { sql: chosen.createSql },
        });
      }
    }

    const names = options.schemaPath && existsSync(options.schemaPath) ? prismaNames(readPrismaSchema(options.schemaPath)) : undefined;
    if (names) for (const finding of findings) addPrismaFix(finding, names, verified);

    const failedKinds = [...new Set(findings.map((finding) => finding.kind))].filter((kind) => options.failOn.includes(kind));
    const report: IndexesReport = {
      schemaVersion: indexesReportSchemaVersion,
      kind: 'indexes',
      createdAt: new Date().toISOString(),
      durationMs: performance.now() - started,
      environment: readEnvironmentFingerprint(),
      database: { path: options.path, sizeBytes: statSync(options.path).size, statsSource: inventory.statsSource },
      workload: workload && { name: workload.name, statements: workload.statements.length },
      options: { verify: options.verify, minSpeedup: options.minSpeedup, failOn: options.failOn },
      inventory: inventory.indexes.map((index) => ({
        name: index.name,
        table: index.table,
        columns: index.columns.map((column) => `${column.name ?? '<expr>'}${column.desc ? ' DESC' : ''}`),
        unique: index.unique,
        origin: index.origin,
        ...(index.where ? { where: index.where } : {}),
        ...(index.sizeBytes !== undefined ? { sizeBytes: index.sizeBytes } : {}),
        ...(workload ? { usedBy: planned.filter((entry) => flattenPlan(entry.steps).some((step) => step.index === index.name)).length } : {}),
      })),
      statements: planned.map((entry) => ({
        sql: entry.shape,
        calls: entry.statement.calls,
        ...(entry.statement.source ? { source: entry.statement.source } : {}),
        plan: flattenPlan(entry.steps).map((step) => `${'  '.repeat(depth(entry.steps, step.id))}${step.detail}`),
        fingerprint: entry.fingerprint,
      })),
      findings: findings.map((finding) => ({ ...finding, ...verificationOf(finding, verified) })),
      candidates: verified.map((candidate) => ({
        name: candidate.name,
        table: candidate.table,
        columns: candidate.columns,
        ...(candidate.where ? { where: candidate.where } : {}),
        variant: candidate.variant,
        statement: candidate.statement,
        speedup: candidate.speedup,
        planImproved: candidate.planImproved,
        recommended: candidate.recommended,
        medianMsBefore: candidate.medianMsBefore,
        medianMsAfter: candidate.medianMsAfter,
        ...(candidate.insertMsBefore !== undefined ? { insertMsBefore: candidate.insertMsBefore } : {}),
        ...(candidate.insertMsAfter !== undefined ? { insertMsAfter: candidate.insertMsAfter } : {}),
      })),
      verdict: failedKinds.length > 0 ? 'fail' : 'pass',
      failedKinds,
    };
    return { report, workload };
  } finally {
    copy?.close();
    source?.close();
    copyFile?.dispose();
    snapshot.dispose();
  }
}

function hasStats(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").get() !== undefined &&
    (db.prepare('SELECT count(*) AS n FROM sqlite_stat1').get() as { n: number }).n > 0;
}

/** Share of rows of `table` whose `column` holds `value`, from the copy (cached per pair). */
function valueShare(copy: Database.Database, table: string, inventory: Inventory): (column: string, value: unknown) => number {
  const rows = inventory.tables.find((t) => t.name === table)?.rows ?? 0;
  return (column, value) => {
    if (rows === 0) return 0;
    const count = copy.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(table)} WHERE ${quoteIdentifier(column)} = ?`).get(value as string) as { n: number };
    return count.n / rows;
  };
}

function addPrismaFix(finding: Finding, names: ReturnType<typeof prismaNames>, verified: VerifiedCandidate[]): void {
  if (!finding.fix) return;
  if (finding.kind === 'missing') {
    const candidate = verified.find((entry) => entry.createSql === finding.fix?.sql);
    const prisma = candidate && names.addIndex(candidate.table, candidate.columns, candidate.where);
    if (prisma) finding.fix.prisma = prisma;
  } else if (finding.index && finding.fix.sql.startsWith('DROP INDEX')) {
    const prisma = names.removeIndex(finding.index);
    if (prisma) finding.fix.prisma = prisma;
  }
}

function verificationOf(finding: Finding, verified: VerifiedCandidate[]) {
  if (finding.kind !== 'missing') return {};
  const candidate = verified.find((entry) => entry.createSql === finding.fix?.sql && entry.statement === finding.statement);
  if (!candidate) return {};
  return {
    verification: {
      medianMsBefore: candidate.medianMsBefore,
      medianMsAfter: candidate.medianMsAfter,
      speedup: candidate.speedup,
      ...(candidate.insertMsBefore !== undefined ? { insertMsBefore: candidate.insertMsBefore } : {}),
      ...(candidate.insertMsAfter !== undefined ? { insertMsAfter: candidate.insertMsAfter } : {}),
      planBefore: candidate.planBefore,
      planAfter: candidate.planAfter,
    },
  };
}

function depth(steps: ReturnType<typeof flattenPlan>, id: number): number {
  const flat = flattenPlan(steps);
  let level = 0;
  let current = flat.find((step) => step.id === id);
  while (current && current.parent !== 0) {
    level += 1;
    const parentId = current.parent;
    current = flat.find((step) => step.id === parentId);
  }
  return level;
}

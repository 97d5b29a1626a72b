import type Database from 'better-sqlite3';
import { formatMs } from '../../report/format.js';
import type { Inventory } from '../inventory/types.js';
import { quoteIdentifier } from '../sql-names.js';
import { chooseCandidates, emptyBaselines, type VerifiedCandidate, verifyCandidates } from '../verify/verify-candidates.js';
import { type CandidateIndex, candidateIndexes, candidateName, candidateSql } from './candidates.js';
import type { Finding } from './types.js';
import type { ImprovementTarget, PlannedStatement } from './usage.js';

export interface MissingIndexOptions {
  inventory: Inventory;
  /** The steps worth an index: `improvementTargets` of the workload's plans. */
  targets: readonly ImprovementTarget[];
  /** Read-only connection used to measure value shares for partial candidates. */
  source: Database.Database;
  /** A writable copy to verify candidates on; undefined for --no-verify. */
  verify: { copy: Database.Database; minSpeedup: number } | undefined;
  onTarget?: (detail: string) => void;
}

/**
 * `missing` findings for the statements that scan a large table or sort in a temp b-tree.
 * With verification, each candidate is tried on the copy and only those at least
 * `minSpeedup` times faster are suggested (the fewest that serve every such statement);
 * without it, the first candidate of each statement is suggested as unverified.
 */
export function suggestMissingIndexes(options: MissingIndexOptions): { findings: Finding[]; candidates: VerifiedCandidate[] } {
  const seen = new Set<string>();
  const shares = new Map<string, ValueShare>();
  const groups: Array<{ entry: PlannedStatement; table: string; candidates: CandidateIndex[] }> = [];
  for (const { entry, table } of options.targets) {
    const key = `${entry.shape}\u0000${table}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The INTEGER PRIMARY KEY is in every index entry already: never a candidate column.
    const info = options.inventory.tables.find((candidate) => candidate.name === table);
    const columns = (info?.columns ?? []).filter((column) => column !== info?.rowidAlias);
    let share = shares.get(table);
    if (!share) {
      share = valueShare(options.source, table, options.inventory);
      shares.set(table, share);
    }
    const candidates = candidateIndexes(entry.statement.sql, entry.statement.params, table, columns, share).filter(
      (candidate) => !existingIndexServes(options.inventory, candidate),
    );
    if (candidates.length > 0) groups.push({ entry, table, candidates });
  }
  if (!options.verify) return { findings: unverifiedFindings(groups), candidates: [] };

  const verified: VerifiedCandidate[] = [];
  // Each statement and each table's inserts are timed once without a candidate, not per group.
  const baselines = emptyBaselines();
  for (const group of groups) {
    options.onTarget?.(`${group.table}: ${group.entry.statement.source ?? group.entry.shape.slice(0, 50)}`);
    const others = groups.filter((other) => other.table === group.table).map((other) => other.entry);
    const target = { planned: group.entry, table: group.table, candidates: group.candidates, others };
    verified.push(...verifyCandidates(options.verify.copy, target, options.verify.minSpeedup, baselines));
  }
  const findings = chooseCandidates(verified).map(
    (chosen): Finding => ({
      kind: 'missing',
      severity: 'high',
      table: chosen.table,
      statement: chosen.statement,
      evidence:
        `${chosen.speedup.toFixed(1)}x faster (${formatMs(chosen.medianMsBefore)} -> ${formatMs(chosen.medianMsAfter)}); ` +
        `plan ${chosen.planBefore} -> ${chosen.planAfter}; insert ${formatMs(chosen.insertMsBefore)} -> ${formatMs(chosen.insertMsAfter)} a row` +
        (chosen.serves.length > 1 ? `; also serves ${chosen.serves.length - 1} other statement${chosen.serves.length > 2 ? 's' : ''}` : ''),
      fix: { sql: chosen.createSql },
      proposedIndex: { columns: chosen.columns, ...(chosen.where ? { where: chosen.where } : {}) },
      verification: {
        medianMsBefore: chosen.medianMsBefore,
        medianMsAfter: chosen.medianMsAfter,
        speedup: chosen.speedup,
        ...(chosen.insertMsBefore !== undefined ? { insertMsBefore: chosen.insertMsBefore } : {}),
        ...(chosen.insertMsAfter !== undefined ? { insertMsAfter: chosen.insertMsAfter } : {}),
        planBefore: chosen.planBefore,
        planAfter: chosen.planAfter,
      },
    }),
  );
  return { findings, candidates: verified };
}

/** One unverified suggestion per distinct candidate: the first (expert) candidate of each statement. */
function unverifiedFindings(groups: ReadonlyArray<{ entry: PlannedStatement; table: string; candidates: CandidateIndex[] }>): Finding[] {
  const findings = new Map<string, Finding>();
  for (const { entry, candidates } of groups) {
    const candidate = candidates[0];
    if (!candidate) continue;
    const sql = `${candidateSql(candidate, candidateName(candidate))};`;
    if (findings.has(sql)) continue;
    findings.set(sql, {
      kind: 'missing',
      severity: 'medium',
      table: candidate.table,
      statement: entry.shape,
      evidence: `candidate for ${entry.statement.source ?? 'a workload statement'} (plan ${entry.fingerprint}); not verified (--no-verify): run with --verify to time it on a copy`,
      fix: { sql },
      proposedIndex: {
        columns: candidate.columns.map((column) => `${column.name}${column.desc ? ' DESC' : ''}`),
        ...(candidate.where ? { where: candidate.where } : {}),
      },
    });
  }
  return [...findings.values()];
}

/** Share of a table's rows whose `column` holds `value`. */
type ValueShare = (column: string, value: unknown) => number;

/** Share of `table`'s rows whose `column` holds `value` (cached per pair): partial candidates need a common value. */
function valueShare(db: Database.Database, table: string, inventory: Inventory): ValueShare {
  const rows = inventory.tables.find((candidate) => candidate.name === table)?.rows ?? 0;
  const cache = new Map<string, number>();
  return (column, value) => {
    if (rows === 0 || (typeof value !== 'string' && typeof value !== 'number')) return 0;
    const key = `${column}\u0000${typeof value}\u0000${value}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const count = db.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(table)} WHERE ${quoteIdentifier(column)} = ?`).get(value) as { n: number };
    cache.set(key, count.n / rows);
    return count.n / rows;
  };
}

/** An index on the table already starts with the candidate's columns (same order and predicate): it adds nothing. */
function existingIndexServes(inventory: Inventory, candidate: CandidateIndex): boolean {
  return inventory.indexes.some(
    (index) =>
      index.table === candidate.table &&
      index.where === candidate.where &&
      index.columns.length >= candidate.columns.length &&
      candidate.columns.every((column, position) => index.columns[position]?.name === column.name && index.columns[position]?.desc === column.desc),
  );
}

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { analyzeIndexes } from '../../../src/indexes/analyze-indexes.js';
import { buildKnownCasesDatabase } from '../../helpers/known-cases-db.js';
import { tempDir } from '../../helpers/temp-db.js';

const options = { verify: true, minSpeedup: 2, failOn: [] };

function fingerprintFiles(path: string): Record<string, string> {
  const dir = dirname(path);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.startsWith('known.db') || name.startsWith('hostile.db'))
      .map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}

describe('structural findings', () => {
  it('find exactly the known case of every kind, no more, no fewer', async () => {
    const { report } = await analyzeIndexes({ ...options, path: buildKnownCasesDatabase(), verify: false });
    const found = report.findings.map((finding) => `${finding.kind} ${finding.index ?? finding.table}`).sort();
    expect(found).toEqual(
      [
        'duplicate idx_ab_copy',
        'duplicates-unique idx_code',
        'low-selectivity idx_flag',
        'redundant-prefix idx_b',
        'rowid-suffix idx_c_id',
        'unindexed-foreign-key child',
      ].sort(),
    );
    const rowid = report.findings.find((finding) => finding.kind === 'rowid-suffix');
    expect(rowid?.fix?.sql).toBe('DROP INDEX "idx_c_id"; CREATE INDEX "idx_c_id" ON "child"("c");');
  });

  it('take statistics from ANALYZE on a copy when the database has none, leaving it unchanged', async () => {
    const path = buildKnownCasesDatabase({ analyze: false });
    const before = fingerprintFiles(path);
    const { report } = await analyzeIndexes({ ...options, path, verify: false });
    expect(report.database.statsSource).toBe('analyzed-copy');
    expect(report.findings.some((finding) => finding.kind === 'low-selectivity')).toBe(true);
    expect(fingerprintFiles(path)).toEqual(before);
  });
});

describe('usage findings with a .sql workload', () => {
  it('find scans, sorts and unused indexes, and verify a missing index on a copy', async () => {
    const path = buildKnownCasesDatabase({ wal: true });
    const workload = join(tempDir(), 'workload.sql');
    writeFileSync(
      workload,
      [
        '-- params: [5, 7]',
        'SELECT * FROM child WHERE a = ? AND b = ?;',
        '-- params: [42]',
        'SELECT id, d FROM child WHERE d = ?;',
        '-- params: [3]',
        'SELECT id FROM child WHERE a = ? ORDER BY d;',
      ].join('\n'),
    );
    const before = fingerprintFiles(path);
    const { report } = await analyzeIndexes({ ...options, path, workload, failOn: ['full-scan'] });
    expect(fingerprintFiles(path)).toEqual(before);

    const kinds = (kind: string) => report.findings.filter((finding) => finding.kind === kind);
    expect(kinds('full-scan').map((f) => f.statement)).toEqual(['SELECT id, d FROM child WHERE d = ?']);
    expect(kinds('temp-btree').map((f) => f.statement)).toEqual(['SELECT id FROM child WHERE a = ? ORDER BY d']);
    const missing = kinds('missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.fix?.sql).toMatch(/^CREATE INDEX "child_d_idx" ON "child"\("d"\);$/);
    expect(missing[0]?.verification?.speedup).toBeGreaterThan(2);
    expect(missing[0]?.verification?.planAfter).toContain('SEARCH');
    const unused = new Map(kinds('unused').map((finding) => [finding.index, finding.dropSafety]));
    expect(unused.get('idx_flag')).toEqual({ safe: true, reasons: [] });
    expect(unused.get('sqlite_autoindex_child_1')?.safe).toBe(false);
    expect(unused.has('idx_ab') || unused.has('idx_ab_copy')).toBe(true);
    expect(report.verdict).toBe('fail');
    expect(report.failedKinds).toEqual(['full-scan']);
    expect(report.workload).toEqual({ name: 'workload.sql', statements: 3, calls: 3 });
  });

  it('reject a .sql file whose parameters do not match', async () => {
    const workload = join(tempDir(), 'bad.sql');
    writeFileSync(workload, '-- params: [1]\nSELECT * FROM child WHERE a = ? AND b = ?;\n');
    await expect(analyzeIndexes({ ...options, path: buildKnownCasesDatabase(), workload })).rejects.toThrow(/2 \? parameters but 1 values/);
  });
});

describe('safety', () => {
  it('handles hostile identifiers: quotes, brackets, spaces, semicolons, keywords, non-ASCII', async () => {
    const path = join(tempDir(), 'hostile.db');
    const db = new Database(path);
    const table = 'we"ird [tab]le; DROP TABLE keep;--';
    const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
    db.exec(`CREATE TABLE keep (id INTEGER PRIMARY KEY)`);
    db.exec(`CREATE TABLE ${q(table)} (id INTEGER PRIMARY KEY, ${q('sélect')} INTEGER, ${q('order')} INTEGER, ${q('col "x"')} TEXT)`);
    const insert = db.prepare(`INSERT INTO ${q(table)} (${q('sélect')}, ${q('order')}, ${q('col "x"')}) VALUES (?, ?, ?)`);
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(i % 1500, i % 7, `x${i}`);
    })();
    db.exec(`CREATE INDEX ${q('idx "one"; --')} ON ${q(table)}(${q('order')}); CREATE INDEX ${q('idx "one" copy')} ON ${q(table)}(${q('order')}); ANALYZE`);
    db.close();
    const workload = join(tempDir(), 'hostile.sql');
    writeFileSync(workload, `-- params: [12]\nSELECT * FROM ${q(table)} WHERE ${q('sélect')} = ?;\n`);
    const before = fingerprintFiles(path);
    const { report } = await analyzeIndexes({ ...options, path, workload });
    expect(fingerprintFiles(path)).toEqual(before);
    expect(report.findings.find((finding) => finding.kind === 'duplicate')?.fix?.sql).toBe('DROP INDEX "idx ""one""; --";');
    const missing = report.findings.find((finding) => finding.kind === 'missing');
    expect(missing?.fix?.sql).toContain(`ON "we""ird [tab]le; DROP TABLE keep;--"("sélect")`);
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'keep'").get()).toEqual({ n: 1 });
    check.close();
  });

  it('refuses a file that is not a database, in one line, creating nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'not a database');
    await expect(analyzeIndexes({ ...options, path })).rejects.toThrow(/is not a SQLite database/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});

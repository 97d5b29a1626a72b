import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { analyzeIndexes } from '../../../src/indexes/analyze-indexes.js';
import { quoteIdentifier as q } from '../../../src/indexes/sql-names.js';
import { tempDir } from '../../helpers/temp-db.js';
import { buildEveryKindDatabase } from '../../helpers/every-kind-db.js';
import { hashFiles } from '../../helpers/hash-files.js';

const options = { verify: true, minSpeedup: 2, failOn: [] };

describe('read-only safety', () => {
  it('leaves a WAL database with a live writer byte-identical (-wal and -shm too) with --verify, and sees what only the WAL holds', async () => {
    const { path, workload } = buildEveryKindDatabase({ wal: true });
    const writer = new Database(path);
    try {
      writer.pragma('wal_autocheckpoint = 0');
      writer.exec('CREATE INDEX only_in_wal ON child(e, d)');
      expect(existsSync(`${path}-wal`) && existsSync(`${path}-shm`)).toBe(true);
      const before = hashFiles(path);
      expect(before['db-wal']).not.toBe('absent');
      const { report } = await analyzeIndexes({ ...options, path, workload });
      expect(hashFiles(path)).toEqual(before);
      expect(report.inventory.map((index) => index.name)).toContain('only_in_wal');
      expect(report.findings.some((finding) => finding.kind === 'missing')).toBe(true);
    } finally {
      writer.close();
    }
  });

  it('creates no -wal or -shm beside a WAL database that has none', async () => {
    const { path, workload } = buildEveryKindDatabase({ wal: true });
    expect(existsSync(`${path}-wal`)).toBe(false);
    await analyzeIndexes({ ...options, path, workload });
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false);
  });

  it('refuses a file that is not a database, in one line, creating nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'not a database');
    await expect(analyzeIndexes({ ...options, path })).rejects.toThrow(/is not a SQLite database/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });
});

describe('hostile identifiers', () => {
  it('quotes quotes, brackets, spaces, semicolons, keywords and non-ASCII names, and executes nothing', async () => {
    const path = join(tempDir(), 'hostile.db');
    const db = new Database(path);
    const table = 'we"ird [tab]le; DROP TABLE keep;--';
    db.exec('CREATE TABLE keep (id INTEGER PRIMARY KEY)');
    db.exec(`CREATE TABLE ${q(table)} (id INTEGER PRIMARY KEY, ${q('sélect')} INTEGER, ${q('order')} INTEGER, ${q('col "x"')} TEXT, ${q("it's")} TEXT)`);
    const insert = db.prepare(`INSERT INTO ${q(table)} (${q('sélect')}, ${q('order')}, ${q('col "x"')}, ${q("it's")}) VALUES (?, ?, ?, ?)`);
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(i % 1500, i % 7, `x${i}`, i % 2 === 0 ? 'ACTIVE' : `v${i}`);
    })();
    db.exec(`CREATE INDEX ${q('idx "one"; --')} ON ${q(table)}(${q('order')}); CREATE INDEX ${q('idx "one" copy')} ON ${q(table)}(${q('order')}); ANALYZE`);
    db.close();
    const workload = join(tempDir(), 'hostile.sql');
    writeFileSync(
      workload,
      `-- params: [12]\nSELECT * FROM ${q(table)} WHERE ${q('sélect')} = ?;\n` +
        `-- params: ["ACTIVE", "x4"]\nSELECT ${q('order')} FROM ${q(table)} AS ${q('a; b')} WHERE ${q("it's")} = ? AND ${q('col "x"')} > ?;\n`,
    );
    const before = hashFiles(path);
    const { report } = await analyzeIndexes({ ...options, path, workload, minSpeedup: 1.2 });
    expect(hashFiles(path)).toEqual(before);
    expect(report.findings.find((finding) => finding.kind === 'duplicate')?.fix?.sql).toBe('DROP INDEX "idx ""one""; --";');
    const fixes = report.findings.filter((finding) => finding.kind === 'missing').map((finding) => finding.fix?.sql ?? '');
    expect(fixes.some((sql) => sql.includes(`ON "we""ird [tab]le; DROP TABLE keep;--"("sélect")`))).toBe(true);
    // The alias with a semicolon maps back to the table in the plan.
    expect(report.findings.filter((finding) => finding.kind === 'full-scan').map((finding) => finding.table)).toEqual([table, table]);
    // Every candidate was really created and timed on the copy, whatever the names.
    for (const candidate of report.candidates) expect(candidate.medianMsAfter).toBeGreaterThan(0);
    expect(report.candidates.find((candidate) => candidate.variant === 'partial')?.where).toBe(`"it's" = 'ACTIVE'`);
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'keep'").get()).toEqual({ n: 1 });
    check.close();
  });
});

describe('virtual tables', () => {
  it('leaves FTS5 tables and their shadow tables out of the findings', async () => {
    const path = join(tempDir(), 'fts.db');
    const db = new Database(path);
    db.exec('CREATE VIRTUAL TABLE notes USING fts5(body)');
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`note ${i} about garage ${i % 17}`);
    })();
    db.close();
    const workload = join(tempDir(), 'fts.sql');
    writeFileSync(workload, `-- params: ["garage"]\nSELECT rowid FROM notes WHERE notes MATCH ?;\n`);
    const { report } = await analyzeIndexes({ ...options, path, workload });
    expect(report.statements[0]?.fingerprint).toBe('SCAN notes');
    expect(report.inventory).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});

describe('row counts', () => {
  it('come from a full index, not a partial one, in sqlite_stat1', async () => {
    const path = join(tempDir(), 'partial.db');
    const db = new Database(path);
    db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE t (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id), status TEXT, a INTEGER)');
    const insert = db.prepare('INSERT INTO t (status, a) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(i % 3 === 0 ? 'ACTIVE' : 'DONE', i);
    })();
    db.exec("CREATE INDEX t_active ON t(a) WHERE status = 'ACTIVE'; CREATE INDEX t_a ON t(a, status); ANALYZE");
    db.close();
    const { report } = await analyzeIndexes({ ...options, path });
    expect(report.findings.find((finding) => finding.kind === 'unindexed-foreign-key')?.evidence).toContain('scans t (3,000 rows)');
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { analyzeIndexes } from '../../../src/indexes/analyze-indexes.js';
import { hashFiles } from '../../helpers/hash-files.js';
import { tempDir } from '../../helpers/temp-db.js';

/**
 * Without sqlite_stat1, SQLite plans `flag = ? AND d > ? ORDER BY d` through the index on
 * flag and sorts; with statistics it reads the index on d in order. The statement is
 * planned where the statistics come from.
 */
function buildUnanalyzed(): { path: string; workload: string } {
  const dir = tempDir('garage-perf-statistics-');
  const path = join(dir, 'plain.db');
  const db = new Database(path);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, flag INTEGER NOT NULL, d INTEGER NOT NULL, pad TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (flag, d, pad) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 5000; i++) insert.run(i % 2, i, 'x'.repeat(50));
  })();
  db.exec('CREATE INDEX t_flag ON t(flag); CREATE INDEX t_d ON t(d)');
  db.close();
  const workload = join(dir, 'workload.sql');
  writeFileSync(workload, '-- params: [1, 10]\nSELECT * FROM t WHERE flag = ? AND d > ? ORDER BY d;\n');
  return { path, workload };
}

describe('a database without statistics', () => {
  it('is planned on the analyzed copy its statistics come from, and left unchanged', async () => {
    const { path, workload } = buildUnanalyzed();
    const before = hashFiles(path);
    const { report } = await analyzeIndexes({ path, workload, verify: true, minSpeedup: 2, failOn: [] });
    expect(hashFiles(path)).toEqual(before);
    expect(report.database.statsSource).toBe('analyzed-copy');
    expect(report.statements[0]?.fingerprint).toBe('SEARCH t t_d');
    expect(report.findings.filter((finding) => finding.kind === 'temp-btree' || finding.kind === 'missing')).toEqual([]);
  });
});

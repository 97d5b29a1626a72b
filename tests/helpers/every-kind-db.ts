import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from './temp-db.js';

/**
 * A database of another schema than the project's, with exactly one known case of every
 * finding kind, and the .sql workload that shows the usage kinds:
 * - duplicate: idx_ab_copy repeats idx_ab;
 * - redundant-prefix: idx_b is a left prefix of idx_bc;
 * - duplicates-unique: idx_code repeats the UNIQUE constraint on code;
 * - rowid-suffix: idx_c_id ends with the INTEGER PRIMARY KEY;
 * - low-selectivity: idx_flag on a 0/1 column;
 * - unindexed-foreign-key: child.parent_id;
 * - unused: idx_e, which no workload statement uses;
 * - full-scan and missing: `WHERE d = ?` scans 4,000 rows, and child(d) is verified faster;
 * - temp-btree: `WHERE a = ? ORDER BY d` sorts its 4 rows (no candidate pays off).
 */
export function buildEveryKindDatabase(options: { analyze?: boolean; wal?: boolean } = {}): { path: string; workload: string } {
  const dir = tempDir('garage-perf-every-kind-');
  const path = join(dir, 'every-kind.db');
  const db = new Database(path);
  db.exec(`
    CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE child (
      id INTEGER PRIMARY KEY,
      parent_id INTEGER NOT NULL REFERENCES parent(id),
      code TEXT NOT NULL UNIQUE,
      flag INTEGER NOT NULL,
      a INTEGER NOT NULL, b INTEGER NOT NULL, c TEXT NOT NULL, d INTEGER NOT NULL, e INTEGER NOT NULL
    );
  `);
  const parent = db.prepare('INSERT INTO parent (id, name) VALUES (?, ?)');
  const child = db.prepare('INSERT INTO child (parent_id, code, flag, a, b, c, d, e) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let id = 1; id <= 50; id++) parent.run(id, `parent ${id}`);
    for (let i = 0; i < 4000; i++) {
      child.run((i % 50) + 1, `code-${i}`, i % 2, (i * 7919) % 1000, (i * 104729) % 997, `c${(i * 31) % 1201}`, (i * 7907) % 3989, i % 321);
    }
  })();
  db.exec(`
    CREATE INDEX idx_ab ON child(a, b);
    CREATE INDEX idx_ab_copy ON child(a, b);
    CREATE INDEX idx_b ON child(b);
    CREATE INDEX idx_bc ON child(b, c);
    CREATE INDEX idx_code ON child(code);
    CREATE INDEX idx_c_id ON child(c, id);
    CREATE INDEX idx_flag ON child(flag);
    CREATE INDEX idx_e ON child(e);
  `);
  if (options.analyze !== false) db.exec('ANALYZE');
  if (options.wal) db.pragma('journal_mode = WAL');
  db.close();
  const workload = join(dir, 'workload.sql');
  writeFileSync(workload, everyKindWorkload);
  return { path, workload };
}

/** Statements that use every index but idx_e (INDEXED BY pins the duplicates' twins). */
export const everyKindWorkload = `-- the usage cases
-- params: [5, 7]
SELECT * FROM child WHERE a = ? AND b = ?;
-- params: [42]
SELECT id, d FROM child WHERE d = ?;
-- params: [3]
SELECT id FROM child WHERE a = ? ORDER BY d;
-- every other index, so that only idx_e is unused
-- params: [5, 7]
SELECT id FROM child INDEXED BY idx_ab WHERE a = ? AND b = ?;
-- params: [7]
SELECT id FROM child INDEXED BY idx_b WHERE b = ?;
-- params: [7, "c1"]
SELECT id FROM child WHERE b = ? AND c = ?;
-- params: ["code-7"]
SELECT id FROM child INDEXED BY idx_code WHERE code = ?;
-- params: ["code-8"]
SELECT id FROM child INDEXED BY sqlite_autoindex_child_1 WHERE code = ?;
-- params: ["c9"]
SELECT id FROM child WHERE c = ?;
-- params: [1]
SELECT count(*) FROM child INDEXED BY idx_flag WHERE flag = ?;
-- params: [3]
SELECT name FROM parent WHERE id = ?;
`;

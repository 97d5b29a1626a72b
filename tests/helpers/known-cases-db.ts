import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from './temp-db.js';

/**
 * A database with exactly one known case of every structural finding:
 * duplicate (idx_ab_copy), redundant-prefix (idx_b), duplicates-unique (idx_code),
 * rowid-suffix (idx_c_id), low-selectivity (idx_flag), unindexed-foreign-key (child.parent_id).
 */
export function buildKnownCasesDatabase(options: { analyze?: boolean; wal?: boolean } = {}): string {
  const path = join(tempDir('garage-perf-known-'), 'known.db');
  const db = new Database(path);
  db.exec(`
    CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE child (
      id INTEGER PRIMARY KEY,
      parent_id INTEGER NOT NULL REFERENCES parent(id),
      code TEXT NOT NULL UNIQUE,
      flag INTEGER NOT NULL,
      a INTEGER NOT NULL, b INTEGER NOT NULL, c TEXT NOT NULL, d INTEGER NOT NULL
    );
  `);
  const parent = db.prepare('INSERT INTO parent (id, name) VALUES (?, ?)');
  const child = db.prepare('INSERT INTO child (parent_id, code, flag, a, b, c, d) VALUES (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let id = 1; id <= 50; id++) parent.run(id, `parent ${id}`);
    for (let i = 0; i < 4000; i++) {
      child.run((i % 50) + 1, `code-${i}`, i % 2, (i * 7919) % 1000, (i * 104729) % 997, `c${(i * 31) % 1201}`, (i * 7907) % 3989);
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
  `);
  if (options.analyze !== false) db.exec('ANALYZE');
  if (options.wal) db.pragma('journal_mode = WAL');
  db.close();
  return path;
}

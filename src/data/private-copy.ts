import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';

export interface PrivateCopy {
  path: string;
  /** Deletes the copy and its folder. */
  dispose(): void;
}

/**
 * Copies a database (and its -wal, if a writer left one) to a private temp folder, so that
 * writes of a run never reach the cached fixture and every run starts from the same content.
 */
export function makePrivateCopy(source: string, label = 'copy'): PrivateCopy {
  const dir = mkdtempSync(join(tmpdir(), 'garage-perf-bench-'));
  const path = join(dir, `${label}-${basename(source)}`);
  copyFileSync(source, path);
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${path}-wal`);
  return { path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Drops every index that is neither a primary key nor a UNIQUE constraint: the database as
 * it would be without the optimization indexes. Returns the names dropped.
 */
export function dropOptimizationIndexes(path: string): string[] {
  const db = new Database(path);
  try {
    const indexes = db
      .prepare(
        `SELECT i.name FROM sqlite_schema t, pragma_index_list(t.name) i
         WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%' AND i."unique" = 0 ORDER BY i.name`,
      )
      .all() as Array<{ name: string }>;
    for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
    db.exec('ANALYZE');
    return indexes.map((index) => index.name);
  } finally {
    db.close();
  }
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations } from '../../src/data/migrations.js';

/** A new temp folder for one test case. */
export function tempDir(prefix = 'garage-perf-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** An empty database built from the committed migrations, closed, at a temp path. */
export function emptyGarageDatabase(): string {
  const path = join(tempDir(), 'empty.db');
  const db = new Database(path);
  applyMigrations(db);
  db.close();
  return path;
}

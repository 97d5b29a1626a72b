import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { messages } from '../errors.js';
import { ensureFixture, readFixtureMetadata, type FixtureProgress, type Scale } from '../fixtures/index.js';
import type { BenchReport } from '../report/bench/schema.js';
import { openReadOnly } from '../data/open-read-only.js';
import type { PrivateCopy } from '../data/private-copy.js';
import { takeSnapshot } from '../data/snapshot.js';

export type DatabaseChoice = { db: string } | { scale: Scale; seed: number; fixturesDir: string };

export interface ResolvedDatabase {
  path: string;
  /** A byte copy that everything reads: SQLite never opens the original, which stays as it was. */
  snapshot: PrivateCopy;
  fixture: BenchReport['fixture'];
  now: Date;
  builtFixture: boolean;
}

/**
 * The database a run measures: a user's file given with --db, or the fixture of a scale and
 * seed, built or reused. Reads what the report records of it (read-only).
 */
export async function resolveDatabase(choice: DatabaseChoice, onFixtureProgress?: FixtureProgress): Promise<ResolvedDatabase> {
  let path: string;
  let builtFixture = false;
  if ('db' in choice) {
    // A missing file is reported by takeSnapshot.
    path = choice.db;
  } else {
    const fixture = await ensureFixture({ scale: choice.scale, seed: choice.seed, dir: choice.fixturesDir, onProgress: onFixtureProgress });
    path = fixture.path;
    builtFixture = !fixture.reused;
  }
  const snapshot = takeSnapshot(path);
  const metadata = readFixtureMetadata(snapshot.path);
  let db: Database.Database | undefined;
  try {
    db = openReadOnly(snapshot.path, path);
    const schemaSql = (
      db.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'garage_perf_%' ORDER BY name").all() as Array<{
        sql: string;
      }>
    ).map((row) => row.sql);
    const indexes = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{
        name: string;
      }>
    ).map((row) => row.name);
    const now = metadata ? new Date(metadata.now) : latestStartTime(db);
    return {
      path,
      snapshot,
      now,
      builtFixture,
      fixture: {
        path,
        scale: metadata?.scale,
        seed: metadata?.seed,
        contentHash: metadata?.contentHash,
        schemaHash: createHash('sha256').update(schemaSql.join(';\n')).digest('hex').slice(0, 16),
        now: now.toISOString(),
        indexes,
      },
    };
  } catch (error) {
    snapshot.dispose();
    throw error;
  } finally {
    db?.close();
  }
}

function latestStartTime(db: Database.Database): Date {
  try {
    const row = db.prepare('SELECT max(start_time) AS latest FROM parking_sessions').get() as { latest: string | null };
    return row.latest ? new Date(row.latest) : new Date();
  } catch {
    throw messages.fixtureLacksData('bench', 'the parking_sessions table');
  }
}

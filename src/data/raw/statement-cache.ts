import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement per database and SQL text, prepared once: what a tuned raw layer does. */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** The DATETIME text the Prisma better-sqlite3 adapter writes, so both layers store the same bytes. */
export function toDbTime(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

/** Parses a stored DATETIME back to a Date (null stays null). */
export function fromDbTime(value: unknown): Date | null {
  return value === null || value === undefined ? null : new Date(String(value));
}

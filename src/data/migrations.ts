import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { migrationsDir } from '../paths.js';

export interface Migration {
  name: string;
  sql: string;
}

/** The committed Prisma migrations, oldest first, as `prisma migrate dev` laid them out. */
export function readMigrations(dir: string = migrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name, 'migration.sql'), 'utf8') }));
}

/** Splits a migration into table DDL and the CREATE INDEX statements, so a bulk load can index last. */
export function splitMigrationSql(sql: string): { tables: string[]; indexes: string[] } {
  const statements = sql
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
  const isIndex = (statement: string) => /^CREATE\s+(UNIQUE\s+)?INDEX/i.test(statement);
  return { tables: statements.filter((s) => !isIndex(s)), indexes: statements.filter(isIndex) };
}

/** Applies every migration to an open better-sqlite3 database in one transaction. */
export function applyMigrations(db: Database.Database, migrations: Migration[] = readMigrations()): void {
  db.transaction(() => {
    for (const migration of migrations) db.exec(migration.sql);
  })();
}

/** A hash of the migrations' SQL: the schema identity that fixtures and baselines record. */
export function schemaHash(migrations: Migration[] = readMigrations()): string {
  const hash = createHash('sha256');
  for (const migration of migrations) hash.update(migration.name).update('\0').update(migration.sql).update('\0');
  return hash.digest('hex').slice(0, 16);
}

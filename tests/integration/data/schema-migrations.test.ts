import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/data/migrations.js';
import { readPrismaSchema } from '../../../src/data/prisma-schema.js';
import { defaultSchemaPath } from '../../../src/paths.js';

interface IndexFact {
  name: string;
  table: string;
  columns: string[];
  unique: boolean;
  partial: boolean;
}

function databaseFromMigrations(): Database.Database {
  const db = new Database(':memory:');
  applyMigrations(db);
  return db;
}

function tablesIn(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{
    name: string;
  }>).map((row) => row.name);
}

function declaredIndexesIn(db: Database.Database, table: string): IndexFact[] {
  const list = db.prepare('SELECT name, "unique", origin, partial FROM pragma_index_list(?)').all(table) as Array<{
    name: string;
    unique: number;
    origin: string;
    partial: number;
  }>;
  return list
    .filter((index) => index.origin !== 'pk')
    .map((index) => ({
      name: index.name,
      table,
      columns: (db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(index.name) as Array<{ name: string }>).map(
        (column) => column.name,
      ),
      unique: index.unique === 1,
      partial: index.partial === 1,
    }));
}

describe('schema.prisma and the committed migrations', () => {
  const models = readPrismaSchema(defaultSchemaPath);
  const db = databaseFromMigrations();

  it('declare the same tables, nothing more', () => {
    expect(tablesIn(db)).toEqual(models.map((model) => model.table).sort());
  });

  it.each(models.map((model) => [model.model, model] as const))('%s has the same columns in the same order', (_name, model) => {
    const columns = (db.prepare('SELECT name, "notnull" FROM pragma_table_info(?) ORDER BY cid').all(model.table) as Array<{
      name: string;
      notnull: number;
    }>).map((column) => ({ column: column.name, optional: column.notnull === 0 }));
    expect(columns).toEqual(model.columns.map(({ column, optional }) => ({ column, optional })));
  });

  it('declare the same unique constraints and indexes, nothing more', () => {
    const fromSchema: IndexFact[] = models.flatMap((model) =>
      model.indexes.map((index) => ({
        name: index.name,
        table: model.table,
        columns: index.columns,
        unique: index.unique,
        partial: index.where !== undefined,
      })),
    );
    const fromMigrations = models.flatMap((model) => declaredIndexesIn(db, model.table));
    const byName = (a: IndexFact, b: IndexFact) => a.name.localeCompare(b.name);
    expect(fromMigrations.sort(byName)).toEqual(fromSchema.sort(byName));
  });

  it('give each partial index the predicate the schema declares', () => {
    for (const model of models) {
      for (const index of model.indexes.filter((i) => i.where !== undefined)) {
        const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?").get(index.name) as { sql: string }).sql;
        expect(sql.endsWith(`WHERE ${index.where}`)).toBe(true);
      }
    }
  });
});

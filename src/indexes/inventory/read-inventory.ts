import type Database from 'better-sqlite3';
import { isInternalTable, quoteIdentifier } from '../sql-names.js';
import type { ForeignKeyInfo, IndexInfo, Inventory, TableInfo } from './types.js';

/**
 * Reads tables, indexes (index_list, index_xinfo), foreign keys, sizes (dbstat, where the
 * build has it) and sqlite_stat1 from an open database. Reads only.
 */
export function readInventory(db: Database.Database, statsFrom: Database.Database = db, statsSource: Inventory['statsSource'] = 'database'): Inventory {
  // pragma_table_list tells ordinary tables from virtual tables and their shadow tables,
  // whose indexes belong to the module (FTS5, R*Tree), not to the schema's author.
  const tableRows = db
    .prepare(
      `SELECT s.name, s.sql FROM sqlite_schema s JOIN pragma_table_list l ON l.name = s.name AND l.schema = 'main'
       WHERE s.type = 'table' AND l.type = 'table' ORDER BY s.name`,
    )
    .all() as Array<{ name: string; sql: string | null }>;
  const stats = readStat1(statsFrom);
  const sizes = readSizes(db);
  const tables: TableInfo[] = [];
  const indexes: IndexInfo[] = [];
  const foreignKeys: ForeignKeyInfo[] = [];
  for (const { name, sql } of tableRows.filter((row) => !isInternalTable(row.name))) {
    const columns = db.prepare('SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid').all(name) as Array<{ name: string; type: string; pk: number }>;
    const pkColumns = columns.filter((column) => column.pk > 0);
    const withoutRowid = /WITHOUT\s+ROWID\s*$/i.test(sql ?? '');
    const rowidAlias =
      !withoutRowid && pkColumns.length === 1 && pkColumns[0]?.type.toUpperCase() === 'INTEGER' ? pkColumns[0].name : undefined;
    const table: TableInfo = { name, columns: columns.map((column) => column.name), rows: 0, rowidAlias, withoutRowid };
    tables.push(table);
    const list = db.prepare('SELECT name, "unique", origin, partial FROM pragma_index_list(?)').all(name) as Array<{
      name: string;
      unique: number;
      origin: 'c' | 'u' | 'pk';
      partial: number;
    }>;
    for (const entry of list) {
      const keyColumns = (
        db.prepare('SELECT name, "desc", coll, key FROM pragma_index_xinfo(?) ORDER BY seqno').all(entry.name) as Array<{
          name: string | null;
          desc: number;
          coll: string;
          key: number;
        }>
      ).filter((column) => column.key === 1);
      const indexSql = (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?").get(entry.name) as { sql: string | null } | undefined)?.sql ?? undefined;
      indexes.push({
        name: entry.name,
        table: name,
        columns: keyColumns.map((column) => ({ name: column.name, desc: column.desc === 1, collation: column.coll })),
        unique: entry.unique === 1,
        origin: entry.origin,
        where: entry.partial === 1 ? partialWhere(indexSql) : undefined,
        sizeBytes: sizes.get(entry.name),
        stat: stats.get(name)?.get(entry.name),
        sql: indexSql,
      });
    }
    // sqlite_stat1 counts rows per index: a table has as many as any of its full (not partial) indexes.
    const full = indexes.filter((index) => index.table === name && index.where === undefined);
    table.rows = (full.length > 0 ? full[0]?.stat?.[0] : stats.get(name)?.get(null)?.[0]) ?? countRows(db, name);
    const keys = db.prepare('SELECT id, seq, "table" AS parent, "from" AS column FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(name) as Array<{
      id: number;
      parent: string;
      column: string;
    }>;
    const byId = new Map<number, ForeignKeyInfo>();
    for (const key of keys) {
      const entry = byId.get(key.id) ?? { table: name, columns: [], parentTable: key.parent };
      entry.columns.push(key.column);
      byId.set(key.id, entry);
    }
    foreignKeys.push(...byId.values());
  }
  return { tables, indexes, foreignKeys, statsSource: stats.size > 0 ? statsSource : 'none' };
}

/** Whether the database holds statistics: a sqlite_stat1 table with at least one row. */
export function hasStatistics(db: Database.Database): boolean {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'").get();
  return table !== undefined && (db.prepare('SELECT count(*) AS n FROM sqlite_stat1').get() as { n: number }).n > 0;
}

/** The WHERE clause of a CREATE INDEX statement (the text after its last top-level WHERE). */
function partialWhere(sql: string | undefined): string | undefined {
  if (!sql) return undefined;
  const match = /\)\s*WHERE\s+([\s\S]+)$/i.exec(sql);
  return match?.[1]?.trim();
}

function readStat1(db: Database.Database): Map<string, Map<string | null, number[]>> {
  const stats = new Map<string, Map<string | null, number[]>>();
  if (!hasStatistics(db)) return stats;
  for (const row of db.prepare('SELECT tbl, idx, stat FROM sqlite_stat1').all() as Array<{ tbl: string; idx: string | null; stat: string }>) {
    const numbers = row.stat.split(' ').map(Number).filter((value) => Number.isFinite(value));
    const table = stats.get(row.tbl) ?? new Map<string | null, number[]>();
    table.set(row.idx, numbers);
    stats.set(row.tbl, table);
  }
  return stats;
}

function readSizes(db: Database.Database): Map<string, number> {
  try {
    const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as Array<{ name: string; bytes: number }>;
    return new Map(rows.map((row) => [row.name, row.bytes]));
  } catch {
    return new Map();
  }
}

function countRows(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`).get() as { n: number }).n;
}

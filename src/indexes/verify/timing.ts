import type Database from 'better-sqlite3';
import { median } from '../../bench/statistics/index.js';
import { quoteIdentifier } from '../sql-names.js';

const samples = 7;
const minSampleMs = 2;

/**
 * Median time of one execution of a statement with its parameters. Reads run as they are;
 * writes run inside a savepoint that is rolled back, so the copy stays as it was.
 */
export function timeStatement(db: Database.Database, sql: string, params: readonly unknown[]): number {
  const statement = db.prepare(sql);
  const execute = () => (statement.reader ? statement.all(...(params as unknown[])) : statement.run(...(params as unknown[])));
  // UPDATE ... RETURNING is a reader too: only a statement that writes nothing runs bare.
  const once = statement.readonly
    ? execute
    : () => {
        db.exec('SAVEPOINT garage_perf_time');
        try {
          execute();
        } finally {
          db.exec('ROLLBACK TO garage_perf_time; RELEASE garage_perf_time');
        }
      };
  return medianPerCall(once);
}

/** An INSERT that copies existing rows of a table, and how many rows it inserts. */
export interface InsertProbe {
  sql: string;
  rows: number;
}

/**
 * The INSERT {@link timeInserts} runs for `table`: copies of `rows` existing rows with unique
 * and key columns altered. Reads the table's columns and unique indexes once; a candidate
 * (never unique) changes neither, so one probe serves every timing of the table.
 */
export function insertProbe(db: Database.Database, table: string, rows = 100): InsertProbe {
  const columns = db.prepare('SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as Array<{ name: string; type: string; pk: number }>;
  const keyed = new Set<string>();
  for (const index of db.prepare('SELECT name FROM pragma_index_list(?) WHERE "unique" = 1').all(table) as Array<{ name: string }>) {
    for (const column of db.prepare('SELECT name FROM pragma_index_info(?)').all(index.name) as Array<{ name: string | null }>) {
      if (column.name) keyed.add(column.name);
    }
  }
  for (const column of columns) if (column.pk > 0) keyed.add(column.name);
  const integerKey = columns.filter((column) => column.pk > 0).length === 1 && columns.find((c) => c.pk > 0)?.type.toUpperCase() === 'INTEGER';
  const insertable = columns.filter((column) => !(integerKey && column.pk > 0));
  const expression = (column: { name: string; type: string }) => {
    const name = quoteIdentifier(column.name);
    if (!keyed.has(column.name)) return name;
    return /INT/i.test(column.type) ? `${name} + 1000000000 + rowid` : `${name} || '~garage-perf~' || rowid`;
  };
  const sql = `INSERT INTO ${quoteIdentifier(table)} (${insertable.map((c) => quoteIdentifier(c.name)).join(', ')})
    SELECT ${insertable.map(expression).join(', ')} FROM ${quoteIdentifier(table)} LIMIT ${rows}`;
  return { sql, rows };
}

/**
 * Median time of inserting one row with a {@link insertProbe}, inside a savepoint that is
 * rolled back. The write cost an index adds shows as the difference with and without it.
 * Undefined when the table takes no such insert.
 */
export function timeInserts(db: Database.Database, probe: InsertProbe): number | undefined {
  try {
    const statement = db.prepare(probe.sql);
    const perRow = medianPerCall(() => {
      db.exec('SAVEPOINT garage_perf_insert');
      try {
        statement.run();
      } finally {
        db.exec('ROLLBACK TO garage_perf_insert; RELEASE garage_perf_insert');
      }
    });
    return perRow / probe.rows;
  } catch {
    return undefined;
  }
}

function medianPerCall(once: () => unknown): number {
  once();
  let repeat = 1;
  for (;;) {
    const started = performance.now();
    for (let i = 0; i < repeat; i++) once();
    const elapsed = performance.now() - started;
    if (elapsed >= minSampleMs || repeat >= 4096) break;
    repeat *= 2;
  }
  const perCall: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const started = performance.now();
    for (let i = 0; i < repeat; i++) once();
    perCall.push((performance.now() - started) / repeat);
  }
  return median(perCall);
}

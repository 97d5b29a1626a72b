/** One column of an index key, in order. */
export interface IndexColumn {
  /** Null for an expression column. */
  name: string | null;
  desc: boolean;
  collation: string;
}

export interface IndexInfo {
  name: string;
  table: string;
  columns: IndexColumn[];
  unique: boolean;
  /** c: CREATE INDEX, u: a UNIQUE constraint, pk: the PRIMARY KEY. */
  origin: 'c' | 'u' | 'pk';
  /** The WHERE clause of a partial index, as written. */
  where: string | undefined;
  sizeBytes: number | undefined;
  /** sqlite_stat1: rows in the index, then average rows per distinct prefix of 1..n columns. */
  stat: number[] | undefined;
  sql: string | undefined;
}

export interface ForeignKeyInfo {
  table: string;
  columns: string[];
  parentTable: string;
}

export interface TableInfo {
  name: string;
  columns: string[];
  rows: number;
  /** The column that aliases the rowid (INTEGER PRIMARY KEY), if any. */
  rowidAlias: string | undefined;
  withoutRowid: boolean;
}

/** Everything structural the findings need, read once from the database. */
export interface Inventory {
  tables: TableInfo[];
  indexes: IndexInfo[];
  foreignKeys: ForeignKeyInfo[];
  /** Where statistics came from: the database's own sqlite_stat1, or ANALYZE on a temporary copy. */
  statsSource: 'database' | 'analyzed-copy' | 'none';
}

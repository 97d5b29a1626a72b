/** An identifier quoted for SQLite: double quotes, inner quotes doubled. Safe for any name. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A string literal for SQLite. */
export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Tables that belong to SQLite or to garage-perf itself, not to the schema under analysis. */
export function isInternalTable(name: string): boolean {
  return name.startsWith('sqlite_') || name.startsWith('garage_perf_');
}

/**
 * The shape of a SQL statement: whitespace collapsed and IN lists of any length folded to
 * `IN (?...)`, so that Prisma's `WHERE fk IN (?,?,?)` of varying length counts as one shape.
 */
export function statementShape(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/\bIN \((?:\s*\?\s*,)*\s*\?\s*\)/gi, 'IN (?...)')
    .trim();
}

/** Transaction control and pragmas: statements that are not part of an operation's work. */
export function isControlStatement(sql: string): boolean {
  return /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\b/i.test(sql);
}

import { describe, expect, it } from 'vitest';
import { parsePrismaSchema } from '../../../src/data/prisma-schema.js';
import { findStructuralIssues } from '../../../src/indexes/findings/structural.js';
import type { Finding } from '../../../src/indexes/findings/types.js';
import type { IndexInfo, Inventory } from '../../../src/indexes/inventory/types.js';
import { prismaFix } from '../../../src/indexes/prisma-fix.js';
import { prismaNames } from '../../../src/indexes/prisma-names.js';

const names = prismaNames(
  parsePrismaSchema(`
model Child {
  id       Int    @id @default(autoincrement())
  code     String @map("code_text")
  parentId Int    @map("parent_id")
  status   String

  @@index([code, id], map: "child_code_id_idx")
  @@index([parentId], map: "child_parent_idx")
  @@map("child")
}
`),
);

const index = (name: string, columns: string[], where?: string): IndexInfo => ({
  name,
  table: 'child',
  columns: columns.map((column) => ({ name: column, desc: false, collation: 'BINARY' })),
  unique: false,
  origin: 'c',
  where,
  sizeBytes: undefined,
  stat: undefined,
  sql: undefined,
});

const inventory = (indexes: IndexInfo[]): Inventory => ({
  tables: [{ name: 'child', columns: ['id', 'code_text', 'parent_id', 'status'], rows: 10, rowidAlias: 'id', withoutRowid: false }],
  indexes,
  foreignKeys: [],
  statsSource: 'none',
});

describe('prismaFix', () => {
  it('rowid-suffix: replaces the @@index with one without the INTEGER PRIMARY KEY, as the SQL fix does', () => {
    const finding = findStructuralIssues(inventory([index('child_code_id_idx', ['code_text', 'id'])])).find((f) => f.kind === 'rowid-suffix');
    expect(finding?.fix?.sql).toBe('DROP INDEX "child_code_id_idx"; CREATE INDEX "child_code_id_idx" ON "child"("code_text");');
    expect(finding?.proposedIndex).toEqual({ columns: ['code_text'] });
    expect(prismaFix(finding as Finding, names)).toBe('model Child: replace @@index([code, id]) with @@index([code])');
  });

  it('rowid-suffix of a partial index keeps its predicate', () => {
    const finding = findStructuralIssues(inventory([index('child_code_id_idx', ['code_text', 'id'], "status = 'OPEN'")])).find((f) => f.kind === 'rowid-suffix');
    expect(prismaFix(finding as Finding, names)).toBe(`model Child: replace @@index([code, id]) with @@index([code], where: raw("status = 'OPEN'"))`);
  });

  it('removes the index for the kinds whose fix drops it, adds one for missing and foreign keys, none without a fix', () => {
    const drop: Finding = { kind: 'unused', severity: 'medium', table: 'child', index: 'child_parent_idx', evidence: '', fix: { sql: 'DROP INDEX "child_parent_idx";' } };
    expect(prismaFix(drop, names)).toBe('model Child: remove @@index([parentId])');
    expect(prismaFix({ ...drop, fix: undefined }, names)).toBeUndefined();
    const add: Finding = { kind: 'missing', severity: 'high', table: 'child', evidence: '', fix: { sql: 'CREATE INDEX ...;' }, proposedIndex: { columns: ['status', 'code_text DESC'], where: "status = 'OPEN'" } };
    expect(prismaFix(add, names)).toBe(`model Child: @@index([status, code(sort: Desc)], where: raw("status = 'OPEN'"))`);
    expect(prismaFix({ ...add, kind: 'unindexed-foreign-key', proposedIndex: { columns: ['parent_id'] } }, names)).toBe('model Child: @@index([parentId])');
    expect(prismaFix({ kind: 'full-scan', severity: 'high', table: 'child', evidence: '' }, names)).toBeUndefined();
  });

  it('gives nothing for an index the schema does not declare', () => {
    const finding = findStructuralIssues(inventory([index('hand_made_idx', ['code_text', 'id'])])).find((f) => f.kind === 'rowid-suffix');
    expect(prismaFix(finding as Finding, names)).toBeUndefined();
  });
});

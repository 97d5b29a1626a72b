import { describe, expect, it } from 'vitest';
import { findStructuralIssues } from '../../../src/indexes/findings/structural.js';
import { dropSafety } from '../../../src/indexes/findings/usage.js';
import type { IndexInfo, Inventory } from '../../../src/indexes/inventory/types.js';

/** An index from a compact description: `name(table: a, b DESC)`. */
function index(name: string, table: string, columns: Array<string | null>, extra: Partial<IndexInfo> = {}): IndexInfo {
  return {
    name,
    table,
    columns: columns.map((column) => ({ name: column?.replace(/ DESC$/, '') ?? null, desc: column?.endsWith(' DESC') ?? false, collation: 'BINARY' })),
    unique: false,
    origin: 'c',
    where: undefined,
    sizeBytes: undefined,
    stat: undefined,
    sql: undefined,
    ...extra,
  };
}

function inventory(indexes: IndexInfo[], extra: Partial<Inventory> = {}): Inventory {
  return {
    tables: [{ name: 't', columns: ['id', 'a', 'b', 'c', 'p'], rows: 5000, rowidAlias: 'id', withoutRowid: false }],
    indexes,
    foreignKeys: [],
    statsSource: 'database',
    ...extra,
  };
}

const kinds = (found: ReturnType<typeof findStructuralIssues>) => found.map((finding) => `${finding.kind} ${finding.index ?? finding.table}`);

describe('structural findings', () => {
  it('duplicate: same key and predicate; the constraint is kept, else the name that sorts first', () => {
    expect(kinds(findStructuralIssues(inventory([index('b_idx', 't', ['a']), index('a_idx', 't', ['a'])])))).toEqual(['duplicate b_idx']);
    const unique = index('t_a_key', 't', ['a'], { unique: true, origin: 'u' });
    expect(kinds(findStructuralIssues(inventory([index('a_idx', 't', ['a']), unique])))).toEqual(['duplicates-unique a_idx']);
  });

  it('is not fooled by sort order, collation, predicate or expressions', () => {
    const found = findStructuralIssues(
      inventory([
        index('asc', 't', ['a']),
        index('desc', 't', ['a DESC']),
        index('nocase', 't', ['b'], { columns: [{ name: 'b', desc: false, collation: 'NOCASE' }] }),
        index('binary', 't', ['b']),
        index('active', 't', ['c'], { where: "status = 'ACTIVE'" }),
        index('all', 't', ['c']),
        index('lower', 't', [null]),
        index('upper', 't', [null]),
      ]),
    );
    expect(found).toEqual([]);
  });

  it('redundant-prefix: a plain left prefix of another index, unless it is unique', () => {
    expect(kinds(findStructuralIssues(inventory([index('a', 't', ['a']), index('ab', 't', ['a', 'b'])])))).toEqual(['redundant-prefix a']);
    const uniqueShort = index('a_key', 't', ['a'], { unique: true, origin: 'u' });
    expect(findStructuralIssues(inventory([uniqueShort, index('ab', 't', ['a', 'b'])]))).toEqual([]);
    // A prefix with another predicate serves other rows.
    expect(findStructuralIssues(inventory([index('a', 't', ['a'], { where: 'p = 1' }), index('ab', 't', ['a', 'b'])]))).toEqual([]);
  });

  it('duplicates-unique also catches a plain index on the INTEGER PRIMARY KEY', () => {
    expect(kinds(findStructuralIssues(inventory([index('id_idx', 't', ['id'])])))).toEqual(['duplicates-unique id_idx']);
  });

  it('rowid-suffix: an index ending with the INTEGER PRIMARY KEY, fixed without it', () => {
    const [finding] = findStructuralIssues(inventory([index('c_id', 't', ['c', 'id'])]));
    expect(finding).toMatchObject({ kind: 'rowid-suffix', fix: { sql: 'DROP INDEX "c_id"; CREATE INDEX "c_id" ON "t"("c");' } });
    const withoutRowid = inventory([index('c_id', 't', ['c', 'id'])], {
      tables: [{ name: 't', columns: ['id', 'c'], rows: 10, rowidAlias: undefined, withoutRowid: true }],
    });
    expect(findStructuralIssues(withoutRowid)).toEqual([]);
  });

  it('low-selectivity: from stat1, each key matches 10% of the table or more', () => {
    const found = findStructuralIssues(
      inventory([index('flag', 't', ['p'], { stat: [5000, 2500] }), index('sharp', 't', ['a'], { stat: [5000, 3] }), index('tiny', 't', ['b'], { stat: [50, 25] })]),
    );
    expect(kinds(found)).toEqual(['low-selectivity flag']);
    expect(found[0]?.evidence).toContain('2,500 of 5,000 rows (50%)');
  });

  it('unindexed-foreign-key: child columns with no unconditional index starting with them', () => {
    const foreignKeys = [
      { table: 't', columns: ['p'], parentTable: 'parent' },
      { table: 't', columns: ['a', 'b'], parentTable: 'other' },
      { table: 't', columns: ['c'], parentTable: 'third' },
    ];
    const found = findStructuralIssues(inventory([index('ba', 't', ['b', 'a', 'c']), index('c_partial', 't', ['c'], { where: 'c IS NOT NULL' })], { foreignKeys }));
    expect(found.map((finding) => finding.fix?.sql)).toEqual([
      'CREATE INDEX "t_p_idx" ON "t"("p");',
      'CREATE INDEX "t_c_idx" ON "t"("c");',
    ]);
    expect(found[0]?.proposedIndex).toEqual({ columns: ['p'] });
  });
});

describe('dropSafety', () => {
  const foreignKeys = [{ table: 't', columns: ['p'], parentTable: 'parent' }];
  const inv = inventory([index('t_key', 't', ['a'], { unique: true, origin: 'u' }), index('p_only', 't', ['p', 'b']), index('free', 't', ['c'])], { foreignKeys });

  it('is safe for an unused plain index that no foreign key needs', () => {
    expect(dropSafety(inv, 'free', new Set())).toEqual({ safe: true, reasons: [] });
  });

  it('names every reason it is not', () => {
    expect(dropSafety(inv, 't_key', new Set(['t_key'])).reasons).toEqual(['it enforces a UNIQUE constraint', 'a workload statement uses it']);
    expect(dropSafety(inv, 'p_only', new Set()).reasons).toEqual(['it is the only index on the foreign key (p) -> parent']);
  });
});

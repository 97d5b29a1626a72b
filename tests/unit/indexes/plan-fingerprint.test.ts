import { describe, expect, it } from 'vitest';
import { parseFingerprint } from '../../../src/bench/compare/plan-fingerprint.js';
import { parsePlan, planFingerprint, tableAliases } from '../../../src/indexes/index.js';

/** Rows as SQLite 3.53 prints them for `sql` (ids and parents kept). */
const plan = (rows: Array<[number, number, string]>, sql = '') =>
  planFingerprint(parsePlan(rows.map(([id, parent, detail]) => ({ id, parent, detail })), tableAliases(sql)));

describe('planFingerprint', () => {
  it.each<[string, Array<[number, number, string]>, string, string]>([
    ['a full scan through an alias', [[2, 0, 'SCAN tt']], 'SELECT * FROM t AS tt WHERE b = 1', 'SCAN t'],
    ['the older `SCAN t AS a` form', [[2, 0, 'SCAN t AS tt']], 'SELECT * FROM t AS tt', 'SCAN t'],
    ['a scan through a covering index', [[2, 0, 'SCAN t USING COVERING INDEX ta']], '', 'SCAN t ta'],
    ['an index search, alias resolved', [[3, 0, 'SEARCH tt USING INDEX ta (a=?)']], 'SELECT * FROM t tt WHERE a = 1', 'SEARCH t ta'],
    ['a covering search', [[2, 0, 'SEARCH t USING COVERING INDEX ta (a>?)']], '', 'SEARCH-COVERING t ta'],
    ['a rowid search', [[2, 0, 'SEARCH t USING INTEGER PRIMARY KEY (rowid=?)']], '', 'SEARCH-PK t'],
    ['a WITHOUT ROWID primary key', [[2, 0, 'SEARCH u USING PRIMARY KEY (x=?)']], '', 'SEARCH-PK u'],
    ['Prisma `main.` qualifiers', [[2, 0, 'SEARCH main.users USING INDEX users_email_key (email=?)']], '', 'SEARCH users users_email_key'],
    [
      'an automatic index after a bloom filter (which is left out)',
      [
        [3, 0, 'SCAN t'],
        [7, 0, 'BLOOM FILTER ON w (k=?)'],
        [17, 0, 'SEARCH w USING AUTOMATIC COVERING INDEX (k=?)'],
      ],
      '',
      'SCAN t > AUTOMATIC-INDEX w',
    ],
    [
      'a multi-index OR (INDEX n branches left out)',
      [
        [4, 0, 'MULTI-INDEX OR'],
        [5, 4, 'INDEX 1'],
        [11, 5, 'SEARCH t USING INDEX ta (a=?)'],
        [16, 4, 'INDEX 2'],
        [19, 16, 'SEARCH t USING INTEGER PRIMARY KEY (rowid=?)'],
      ],
      '',
      'MULTI-INDEX-OR > SEARCH t ta > SEARCH-PK t',
    ],
    ['a sort', [[3, 0, 'SCAN t'], [12, 0, 'USE TEMP B-TREE FOR ORDER BY']], '', 'SCAN t > TEMP-BTREE-ORDER'],
    ['the last term of a sort', [[4, 0, 'SEARCH t USING INDEX ta (a=?)'], [21, 0, 'USE TEMP B-TREE FOR LAST TERM OF ORDER BY']], '', 'SEARCH t ta > TEMP-BTREE-ORDER'],
    ['the right part of a sort', [[4, 0, 'SCAN t'], [9, 0, 'USE TEMP B-TREE FOR RIGHT PART OF ORDER BY']], '', 'SCAN t > TEMP-BTREE-ORDER'],
    ['a GROUP BY', [[6, 0, 'SCAN t'], [8, 0, 'USE TEMP B-TREE FOR GROUP BY']], '', 'SCAN t > TEMP-BTREE-GROUP'],
    ['a DISTINCT', [[3, 0, 'SCAN t'], [11, 0, 'USE TEMP B-TREE FOR DISTINCT']], '', 'SCAN t > TEMP-BTREE-DISTINCT'],
    ['a correlated subquery', [[2, 0, 'SCAN t'], [9, 0, 'CORRELATED SCALAR SUBQUERY 1'], [14, 9, 'SCAN w']], '', 'SCAN t > SUBQUERY > SCAN w'],
    ['a list subquery', [[3, 0, 'SEARCH t USING INDEX ta (a=?)'], [7, 0, 'LIST SUBQUERY 1'], [9, 7, 'SCAN w']], '', 'SEARCH t ta > SUBQUERY > SCAN w'],
    ['a scalar subquery', [[2, 0, 'SCAN CONSTANT ROW'], [4, 0, 'SCALAR SUBQUERY 1'], [6, 4, 'SCAN w']], '', 'SUBQUERY > SCAN w'],
    [
      'a compound query (structure left out)',
      [
        [1, 0, 'COMPOUND QUERY'],
        [2, 1, 'LEFT-MOST SUBQUERY'],
        [3, 2, 'SCAN t'],
        [4, 1, 'UNION ALL'],
        [5, 4, 'SCAN w'],
      ],
      '',
      'SCAN t > SCAN w',
    ],
    ['a materialized CTE', [[3, 0, 'MATERIALIZE x'], [6, 3, 'SCAN w'], [16, 0, 'CO-ROUTINE y'], [18, 16, 'SCAN t']], '', 'SCAN w > SCAN t'],
    ['a virtual table', [[2, 0, 'SCAN f VIRTUAL TABLE INDEX 0:M1']], '', 'SCAN f'],
    ['an empty plan', [], '', ''],
  ])('%s', (_name, rows, sql, expected) => {
    const fingerprint = plan(rows, sql);
    expect(fingerprint).toBe(expected);
    // The bench's regression gate reads the same format back.
    expect(() => parseFingerprint(fingerprint)).not.toThrow();
  });

  it('has no parameter values or column lists', () => {
    expect(plan([[2, 0, "SEARCH t USING INDEX ta (a=? AND b>?)"]])).toBe('SEARCH t ta');
  });
});

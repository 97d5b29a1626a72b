import { describe, expect, it } from 'vitest';
import { groupStatements, toWorkloadParam } from '../../../src/indexes/workload/group-statements.js';
import { parseSqlWorkload } from '../../../src/indexes/workload/read-sql-file.js';
import { workloadFileSchema } from '../../../src/indexes/workload/types.js';

const fail = (detail: string) => new Error(detail);

describe('parseSqlWorkload', () => {
  it('splits on top-level semicolons only, with -- params for the next statement and file:line sources', () => {
    const text = [
      '-- a comment; not a statement',
      "SELECT ';' AS semi, \"we;ird\" FROM t; SELECT 2;",
      '/* block; comment */',
      '-- params: ["it\'s", 3]',
      "SELECT * FROM t WHERE name = ? AND note <> 'what?' AND n > ?",
      '  ;',
      '-- params: [null, true]',
      'UPDATE [odd;name] SET a = ? WHERE b = ?',
    ].join('\n');
    const workload = parseSqlWorkload(text, 'q.sql', fail);
    expect(workload.statements).toEqual([
      { sql: "SELECT ';' AS semi, \"we;ird\" FROM t", params: [], calls: 1, source: 'q.sql:2' },
      { sql: 'SELECT 2', params: [], calls: 1, source: 'q.sql:2' },
      { sql: "SELECT * FROM t WHERE name = ? AND note <> 'what?' AND n > ?", params: ["it's", 3], calls: 1, source: 'q.sql:5' },
      { sql: 'UPDATE [odd;name] SET a = ? WHERE b = ?', params: [null, true], calls: 1, source: 'q.sql:8' },
    ]);
  });

  it('keeps doubled quotes inside strings and names', () => {
    const workload = parseSqlWorkload(`SELECT 'a'';b' FROM "x"";y";`, 'q.sql', fail);
    expect(workload.statements.map((statement) => statement.sql)).toEqual([`SELECT 'a'';b' FROM "x"";y"`]);
  });

  it('says what is wrong, where', () => {
    expect(() => parseSqlWorkload('SELECT ?;', 'q.sql', fail)).toThrow('q.sql:1: 1 ? parameters but 0 values in -- params');
    expect(() => parseSqlWorkload('-- params: {"a": 1}\nSELECT ?;', 'q.sql', fail)).toThrow('q.sql:1: -- params must be a JSON array');
    expect(() => parseSqlWorkload('-- params: [[1]]\nSELECT ?;', 'q.sql', fail)).toThrow(/strings, numbers, booleans or null/);
    expect(() => parseSqlWorkload('-- nothing\n', 'q.sql', fail)).toThrow('no SQL statements in it');
  });
});

describe('groupStatements', () => {
  it('groups by shape (whitespace, IN lists of any length), counts calls, keeps the first parameters, skips control statements', () => {
    const grouped = groupStatements([
      { sql: 'BEGIN', params: [], source: 'op' },
      { sql: 'SELECT * FROM t WHERE id IN (?,?)', params: ['a', 'b'], source: 'op' },
      { sql: 'SELECT *  FROM t\n WHERE id IN (?, ?, ?)', params: ['c', 'd', 'e'], source: 'op' },
      { sql: 'SAVEPOINT s1', params: [] },
      { sql: 'PRAGMA foreign_keys', params: [] },
      { sql: 'UPDATE t SET a = ? WHERE id = ?', params: [true, 10n], source: 'op' },
      { sql: 'COMMIT', params: [] },
      { sql: 'ROLLBACK', params: [] },
    ]);
    expect(grouped).toEqual([
      { sql: 'SELECT * FROM t WHERE id IN (?,?)', params: ['a', 'b'], calls: 2, source: 'op' },
      { sql: 'UPDATE t SET a = ? WHERE id = ?', params: [1, 10], calls: 1, source: 'op' },
    ]);
  });

  it('writes parameters a capture file can hold', () => {
    expect([2n ** 70n, new Uint8Array([1, 255]), undefined, false].map(toWorkloadParam)).toEqual(['1180591620717411303424', '01ff', null, 0]);
    const file = { kind: 'garage-perf-workload', version: 1, name: 'x', statements: groupStatements([{ sql: 'SELECT ?', params: [2n ** 70n] }]) };
    expect(workloadFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
  });
});

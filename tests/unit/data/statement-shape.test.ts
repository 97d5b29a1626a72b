import { describe, expect, it } from 'vitest';
import { toDriverValue } from '../../../src/data/statement-capture.js';
import { isControlStatement, statementShape } from '../../../src/data/statement-shape.js';

describe('statementShape', () => {
  it('folds IN lists of any length to one shape', () => {
    const one = statementShape('SELECT id FROM vehicles WHERE owner_id IN (?)');
    const three = statementShape('SELECT id FROM vehicles\n  WHERE owner_id IN (?, ?,?)');
    expect(one).toBe(three);
    expect(one).toBe('SELECT id FROM vehicles WHERE owner_id IN (?...)');
  });

  it('keeps statements that differ otherwise apart', () => {
    expect(statementShape('SELECT a FROM t WHERE x = ?')).not.toBe(statementShape('SELECT a FROM t WHERE y = ?'));
  });

  it('knows transaction control from work', () => {
    expect(isControlStatement('COMMIT')).toBe(true);
    expect(isControlStatement('  begin immediate')).toBe(true);
    expect(isControlStatement('SELECT 1')).toBe(false);
  });
});

describe('toDriverValue', () => {
  it('maps values the way the better-sqlite3 adapter binds them', () => {
    expect(toDriverValue(new Date('2026-01-02T03:04:05.006Z'), { scalarType: 'datetime' })).toBe('2026-01-02T03:04:05.006+00:00');
    expect(toDriverValue('2026-01-02T03:04:05.006Z', { scalarType: 'datetime' })).toBe('2026-01-02T03:04:05.006+00:00');
    expect(toDriverValue(true, { scalarType: 'boolean' })).toBe(1);
    expect(toDriverValue('42', { scalarType: 'int' })).toBe(42);
    expect(toDriverValue('5', { scalarType: 'bigint' })).toBe(5);
    expect(toDriverValue(2n ** 60n, { scalarType: 'bigint' })).toBe(2n ** 60n);
    expect(toDriverValue(undefined, undefined)).toBeNull();
    expect(toDriverValue('text', { scalarType: 'string' })).toBe('text');
  });
});

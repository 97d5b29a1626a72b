import { describe, expect, it } from 'vitest';
import { classifyStep, flattenPlan, parsePlan, planFingerprint, tableAliases } from '../../../src/indexes/index.js';

const step = (detail: string, aliases = new Map<string, string>()) => classifyStep({ id: 2, parent: 0, detail }, aliases);

describe('classifyStep (SQLite 3.40+ detail strings)', () => {
  it.each([
    ['SCAN users', { kind: 'scan', table: 'users' }],
    ['SCAN main.users', { kind: 'scan', table: 'users' }],
    ['SCAN vehicles USING INDEX vehicles_license_plate_owner_id_key', { kind: 'scan', table: 'vehicles', index: 'vehicles_license_plate_owner_id_key', viaIndex: true }],
    ['SCAN x USING COVERING INDEX ix', { kind: 'scan', table: 'x', index: 'ix', viaIndex: true }],
    ['SEARCH parking_sessions USING INDEX parking_sessions_active_idx (garage_id=?)', { kind: 'search', index: 'parking_sessions_active_idx', constraint: 'garage_id=?' }],
    ['SEARCH p USING COVERING INDEX payments_completed_paid_at_idx (paid_at>? AND paid_at<?)', { kind: 'search-covering', constraint: 'paid_at>? AND paid_at<?' }],
    ['SEARCH parking_sessions USING INTEGER PRIMARY KEY (rowid=?)', { kind: 'search-pk' }],
    ['SEARCH t USING PRIMARY KEY (a=?)', { kind: 'search-pk', table: 't' }],
    ['SEARCH v USING AUTOMATIC COVERING INDEX (make=?)', { kind: 'automatic-index' }],
    ['SEARCH v USING AUTOMATIC PARTIAL COVERING INDEX (make=?)', { kind: 'automatic-index' }],
    ['SEARCH v EXISTS USING INDEX vehicles_owner_id_license_plate_idx (owner_id=?)', { kind: 'search', table: 'v' }],
    ['USE TEMP B-TREE FOR ORDER BY', { kind: 'temp-btree', tempBtreeFor: 'ORDER BY' }],
    ['USE TEMP B-TREE FOR LAST TERM OF ORDER BY', { kind: 'temp-btree', tempBtreeFor: 'LAST TERM OF ORDER BY' }],
    ['USE TEMP B-TREE FOR RIGHT PART OF ORDER BY', { kind: 'temp-btree' }],
    ['USE TEMP B-TREE FOR GROUP BY', { kind: 'temp-btree', tempBtreeFor: 'GROUP BY' }],
    ['USE TEMP B-TREE FOR DISTINCT', { kind: 'temp-btree', tempBtreeFor: 'DISTINCT' }],
    ['CORRELATED SCALAR SUBQUERY 1', { kind: 'subquery', correlated: true }],
    ['LIST SUBQUERY 3', { kind: 'subquery', correlated: false }],
    ['MULTI-INDEX OR', { kind: 'multi-index-or' }],
    ['INDEX 1', { kind: 'structure' }],
    ['CO-ROUTINE days', { kind: 'structure' }],
    ['MATERIALIZE x', { kind: 'structure' }],
    ['SCAN CONSTANT ROW', { kind: 'structure' }],
  ])('%s', (detail, expected) => {
    expect(step(detail)).toMatchObject(expected);
  });

  it('maps an alias back to its table', () => {
    expect(step('SEARCH f USING INDEX floors_garage_id_level_key (garage_id=?)', new Map([['f', 'floors']]))).toMatchObject({ table: 'floors', alias: 'f' });
  });

  it('reads names with spaces and quotes', () => {
    expect(step('SCAN we"ird [tab]le')).toMatchObject({ kind: 'scan', table: 'we"ird [tab]le' });
    expect(step('SEARCH my table USING INDEX my index (a=?)')).toMatchObject({ table: 'my table', index: 'my index', constraint: 'a=?' });
  });
});

describe('tableAliases', () => {
  it('finds FROM and JOIN aliases, quoted or not, and ignores keywords', () => {
    const aliases = tableAliases('SELECT * FROM floors f JOIN "parking_spots" AS s ON s.floor_id = f.id LEFT JOIN users WHERE 1');
    expect(Object.fromEntries(aliases)).toEqual({ f: 'floors', s: 'parking_spots' });
  });
});

describe('parsePlan and planFingerprint', () => {
  const rows = [
    { id: 4, parent: 0, detail: 'MULTI-INDEX OR' },
    { id: 5, parent: 4, detail: 'INDEX 1' },
    { id: 13, parent: 5, detail: 'SEARCH users USING INDEX sqlite_autoindex_users_1 (id=?)' },
    { id: 17, parent: 4, detail: 'INDEX 2' },
    { id: 25, parent: 17, detail: 'SEARCH users USING INDEX users_email_key (email=?)' },
    { id: 40, parent: 0, detail: 'USE TEMP B-TREE FOR ORDER BY' },
  ];

  it('builds the tree from parent ids', () => {
    const tree = parsePlan(rows);
    expect(tree.map((s) => s.detail)).toEqual(['MULTI-INDEX OR', 'USE TEMP B-TREE FOR ORDER BY']);
    expect(flattenPlan(tree)).toHaveLength(6);
  });

  it('fingerprints meaningful steps only, without values', () => {
    expect(planFingerprint(parsePlan(rows))).toBe(
      'MULTI-INDEX-OR > SEARCH users sqlite_autoindex_users_1 > SEARCH users users_email_key > TEMP-BTREE-ORDER',
    );
  });
});

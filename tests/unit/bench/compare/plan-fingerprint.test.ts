import { describe, expect, it } from 'vitest';
import { formatPlanStep, isPlanStepKind, parseFingerprint, planRegressions, planStepKinds } from '../../../../src/bench/compare/index.js';

describe('plan fingerprints', () => {
  it('list the step kinds', () => {
    expect(planStepKinds).toContain('SEARCH-COVERING');
    expect(isPlanStepKind('TEMP-BTREE-GROUP')).toBe(true);
    expect(isPlanStepKind('SEARCH USING')).toBe(false);
  });

  it('parse `<KIND>[ <table>[ <index>]]` steps joined with " > "', () => {
    expect(parseFingerprint('SEARCH parking_sessions parking_sessions_active_idx > TEMP-BTREE-ORDER > SEARCH-PK users')).toEqual([
      { kind: 'SEARCH', table: 'parking_sessions', index: 'parking_sessions_active_idx' },
      { kind: 'TEMP-BTREE-ORDER', table: '' },
      { kind: 'SEARCH-PK', table: 'users' },
    ]);
    expect(parseFingerprint('')).toEqual([]);
  });

  it('format steps back to the same text', () => {
    const text = 'SCAN vehicles > SEARCH-COVERING users users_email_key > TEMP-BTREE-DISTINCT';
    expect(parseFingerprint(text).map(formatPlanStep).join(' > ')).toBe(text);
  });

  it('refuse a step of another format, naming it', () => {
    expect(() => parseFingerprint('USE TEMP B-TREE FOR ORDER BY')).toThrow(/USE TEMP B-TREE FOR ORDER BY/);
  });

  it('explain what got worse', () => {
    const before = parseFingerprint('SEARCH sessions sessions_idx');
    expect(planRegressions(before, parseFingerprint('SCAN sessions > TEMP-BTREE-ORDER > TEMP-BTREE-GROUP'))).toEqual([
      'sessions: index search became a full scan',
      'gained TEMP-BTREE-ORDER',
      'gained TEMP-BTREE-GROUP',
    ]);
    expect(planRegressions(before, parseFingerprint('SEARCH-PK sessions'))).toEqual([]);
    expect(planRegressions(parseFingerprint('SCAN sessions'), parseFingerprint('SCAN sessions'))).toEqual([]);
  });
});

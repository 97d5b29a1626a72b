import { describe, expect, it } from 'vitest';
import { checkBudget, compareCounters, judgeBenchmark, type CounterSet } from '../../../src/bench/compare/index.js';

const activeShape = 'SELECT ... FROM parking_sessions WHERE garage_id = ? AND status = ? ORDER BY start_time DESC LIMIT ?';
const base: CounterSet = {
  statementsPerCall: 4,
  rowsPerCall: 80,
  resultChecksum: 'abc',
  statements: [
    { shape: activeShape, plan: 'SEARCH parking_sessions parking_sessions_active_idx' },
    { shape: 'SELECT ... FROM users WHERE id IN (?...)', plan: 'SEARCH-PK users sqlite_autoindex_users_1' },
  ],
};

describe('compareCounters', () => {
  it('passes identical counters', () => {
    expect(compareCounters('sessions.active', base, structuredClone(base))).toEqual({ verdict: 'unchanged', messages: [] });
  });

  it('calls more statements per call a regression (N+1)', () => {
    const result = compareCounters('sessions.active', base, { ...base, statementsPerCall: 23 });
    expect(result.verdict).toBe('regressed');
    expect(result.messages[0]).toMatch(/statements per call 4 -> 23/);
  });

  it('calls an index search that became a full scan a regression, naming both plans', () => {
    const after = structuredClone(base);
    after.statements[0] = { shape: activeShape, plan: 'SCAN parking_sessions > TEMP-BTREE-ORDER parking_sessions' };
    const result = compareCounters('sessions.active', base, after);
    expect(result.verdict).toBe('regressed');
    expect(result.messages[0]).toContain('SEARCH parking_sessions parking_sessions_active_idx -> SCAN parking_sessions');
    expect(result.messages[0]).toMatch(/full scan.*gained TEMP-BTREE-ORDER/);
  });

  it('accepts a plan that moved to another index', () => {
    const after = structuredClone(base);
    after.statements[0] = { shape: activeShape, plan: 'SEARCH-COVERING parking_sessions other_idx' };
    expect(compareCounters('sessions.active', base, after).verdict).toBe('unchanged');
  });

  it('reports a changed result without failing', () => {
    const result = compareCounters('sessions.active', base, { ...base, resultChecksum: 'def', rowsPerCall: 40 });
    expect(result.verdict).toBe('result-changed');
    expect(result.messages).toHaveLength(2);
  });
});

describe('judgeBenchmark', () => {
  it('fails a budget breach with how far over it is', () => {
    const judged = judgeBenchmark({ id: 'auth.authenticate', budget: checkBudget(12.3, 5) });
    expect(judged.verdict).toBe('fail');
    expect(judged.failures[0]?.message).toBe('auth.authenticate: p99 12.3 ms over budget 5 ms (+146%)');
  });

  it('passes when every check passes', () => {
    expect(judgeBenchmark({ id: 'x', budget: checkBudget(1, 5) }).verdict).toBe('pass');
  });
});

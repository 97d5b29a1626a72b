import { describe, expect, it } from 'vitest';
import { checkBudget, compareCounters, type CounterSet, judgeBenchmark, type TimingComparison } from '../../../../src/bench/compare/index.js';

const timing = (overrides: Partial<TimingComparison>): TimingComparison => ({
  verdict: 'regressed',
  changePct: 23.2,
  ci: [18.1, 28.9],
  pValue: 0.00021,
  baselineMedianMs: 10,
  currentMedianMs: 12.32,
  rounds: { baseline: 10, current: 10 },
  ...overrides,
});

const counters: CounterSet = {
  statementsPerCall: 1,
  rowsPerCall: 5,
  resultChecksum: 'a',
  planFingerprints: ['SEARCH parking_sessions parking_sessions_active_idx'],
};

describe('checkBudget', () => {
  it('is over only above the budget', () => {
    expect(checkBudget(12.3, 5)).toMatchObject({ verdict: 'over', overPct: expect.closeTo(146, 9) as number });
    expect(checkBudget(5, 5).verdict).toBe('within');
    expect(() => checkBudget(1, 0)).toThrow(RangeError);
  });
});

describe('judgeBenchmark', () => {
  it('writes one line per failing check', () => {
    const judged = judgeBenchmark({ id: 'vehicles.register', timing: timing({}), budget: checkBudget(12.3, 5) });
    expect(judged.verdict).toBe('fail');
    expect(judged.failures).toEqual([
      { check: 'timing', message: 'vehicles.register: 23% slower (95% CI +18%..+29%, p=0.0002)' },
      { check: 'budget', message: 'vehicles.register: p99 12.3 ms over budget 5 ms (+146%)' },
    ]);
  });

  it('names the plan change', () => {
    const result = compareCounters(counters, { ...counters, planFingerprints: ['SCAN parking_sessions'] });
    expect(judgeBenchmark({ id: 'sessions.active', counters: result }).failures).toEqual([
      {
        check: 'plan',
        message:
          'sessions.active: plan changed: SEARCH parking_sessions parking_sessions_active_idx -> SCAN parking_sessions (parking_sessions: index search became a full scan)',
      },
    ]);
  });

  it('fails an N+1 on the statements check', () => {
    const result = compareCounters(counters, { ...counters, statementsPerCall: 12 });
    expect(judgeBenchmark({ id: 'sessions.active', counters: result }).failures[0]?.check).toBe('statements');
  });

  it('passes improvements, changed results and inconclusive timings, as notes', () => {
    const judged = judgeBenchmark({
      id: 'reports.dailyRevenue',
      timing: timing({ verdict: 'improved', changePct: -31, ci: [-36, -25], pValue: 1e-5 }),
      counters: compareCounters(counters, { ...counters, resultChecksum: 'b' }),
      budget: checkBudget(120, 500),
    });
    expect(judged).toEqual({
      verdict: 'pass',
      failures: [],
      notes: ['reports.dailyRevenue: 31% faster (95% CI -36%..-25%, p=0.00001)', 'reports.dailyRevenue: result checksum a -> b'],
    });
    const inconclusive = judgeBenchmark({ id: 'x', timing: timing({ verdict: 'inconclusive', rounds: { baseline: 3, current: 3 } }) });
    expect(inconclusive).toMatchObject({ verdict: 'pass', notes: ['x: timing inconclusive: 3 vs 3 rounds cannot reach significance'] });
  });

  it('passes an unchanged benchmark within budget', () => {
    expect(judgeBenchmark({ id: 'x', timing: timing({ verdict: 'unchanged', changePct: 12 }), budget: checkBudget(1, 5) })).toEqual({
      verdict: 'pass',
      failures: [],
      notes: [],
    });
  });

  it('fails an errored benchmark last, after the other checks', () => {
    const judged = judgeBenchmark({ id: 'sessions.end', budget: checkBudget(12.3, 5), errored: 'SQLITE_BUSY: database is locked' });
    expect(judged.verdict).toBe('fail');
    expect(judged.failures.map((failure) => failure.check)).toEqual(['budget', 'errored']);
    expect(judged.failures[1]?.message).toBe('sessions.end: errored: SQLITE_BUSY: database is locked');
  });

  it('writes large budgets without exponents', () => {
    expect(judgeBenchmark({ id: 'r', budget: checkBudget(1234.5, 500) }).failures[0]?.message).toBe('r: p99 1235 ms over budget 500 ms (+147%)');
  });
});

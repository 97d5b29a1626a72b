import { describe, expect, it } from 'vitest';
import { compareCounters, type CounterSet, planChanges } from '../../../../src/bench/compare/index.js';

const activeShape = 'SELECT ... FROM parking_sessions WHERE garage_id = ? AND ended_at IS NULL ORDER BY started_at DESC';
const usersShape = 'SELECT ... FROM users WHERE id IN (?...)';
const activePlan = 'SEARCH parking_sessions parking_sessions_active_idx';
const usersPlan = 'SEARCH-PK users';

/** sessions.active as the baseline saw it: 3 statements per call, two shapes. */
const baseline: CounterSet = {
  statementsPerCall: 3,
  rowsPerCall: 80,
  resultChecksum: 'c0ffee',
  planFingerprints: [activePlan, usersPlan],
  statements: [
    { shape: activeShape, plan: activePlan },
    { shape: usersShape, plan: usersPlan },
  ],
};

/** The same counters with the plan of `shape` replaced. */
function withPlan(shape: string, plan: string): CounterSet {
  const statements = (baseline.statements ?? []).map((statement) => (statement.shape === shape ? { shape, plan } : statement));
  return { ...baseline, statements, planFingerprints: statements.map((statement) => statement.plan) };
}

/** Only fingerprints, no shapes: the operation's plans compared as a whole. */
function fingerprintsOnly(counters: CounterSet): CounterSet {
  const { statements: _statements, ...rest } = counters;
  return rest;
}

describe('compareCounters', () => {
  it('passes the same counters', () => {
    expect(compareCounters(baseline, structuredClone(baseline))).toEqual({ verdict: 'unchanged', findings: [], messages: [] });
  });

  it('calls an N+1 (3 -> 12 statements per call) a regression', () => {
    const result = compareCounters(baseline, { ...baseline, statementsPerCall: 12 });
    expect(result.verdict).toBe('regressed');
    expect(result.findings).toEqual([
      { check: 'statements', regression: true, message: 'statements per call 3 -> 12 (an N+1 query?)' },
    ]);
  });

  it('does not mind fewer statements', () => {
    expect(compareCounters(baseline, { ...baseline, statementsPerCall: 2 }).verdict).toBe('unchanged');
  });

  it.each([
    ['with statement shapes', (counters: CounterSet) => counters],
    ['with fingerprints only', fingerprintsOnly],
  ])('calls SEARCH -> SCAN a regression and names both plans (%s)', (_label, view) => {
    const result = compareCounters(view(baseline), view(withPlan(activeShape, 'SCAN parking_sessions')));
    expect(result.verdict).toBe('regressed');
    expect(result.findings[0]).toEqual({
      check: 'plan',
      regression: true,
      message: `plan changed: ${activePlan} -> SCAN parking_sessions (parking_sessions: index search became a full scan)`,
    });
  });

  it.each([
    ['with statement shapes', (counters: CounterSet) => counters],
    ['with fingerprints only', fingerprintsOnly],
  ])('calls gaining TEMP-BTREE-ORDER a regression (%s)', (_label, view) => {
    const result = compareCounters(view(baseline), view(withPlan(activeShape, `SEARCH parking_sessions parking_sessions_garage_idx > TEMP-BTREE-ORDER`)));
    expect(result.verdict).toBe('regressed');
    expect(result.messages[0]).toMatch(/\(gained TEMP-BTREE-ORDER\)$/);
  });

  it('calls an AUTOMATIC-INDEX a regression', () => {
    const result = compareCounters(baseline, withPlan(usersShape, 'SCAN sessions > AUTOMATIC-INDEX users'));
    expect(result.findings.map((finding) => finding.message)).toEqual([
      `plan changed: ${usersPlan} -> SCAN sessions > AUTOMATIC-INDEX users (gained AUTOMATIC-INDEX)`,
    ]);
  });

  it('accepts a search through another index, and a scan becoming a search', () => {
    expect(compareCounters(baseline, withPlan(activeShape, 'SEARCH-COVERING parking_sessions other_idx')).verdict).toBe('unchanged');
    const scanned = withPlan(activeShape, 'SCAN parking_sessions');
    expect(compareCounters(scanned, baseline).verdict).toBe('unchanged');
  });

  it('finds a scan in a statement whose shape changed (compared with the unpaired baseline statements)', () => {
    const current: CounterSet = {
      ...baseline,
      statements: [
        { shape: `${activeShape} LIMIT ?`, plan: 'SCAN parking_sessions' },
        { shape: usersShape, plan: usersPlan },
      ],
    };
    expect(compareCounters(baseline, current).findings[0]?.message).toBe(
      `plan changed: ${activePlan} -> SCAN parking_sessions (parking_sessions: index search became a full scan)`,
    );
  });

  it('catches a second scan of a table that another statement still searches (fingerprints only)', () => {
    const before = { ...fingerprintsOnly(baseline), planFingerprints: [activePlan, 'SCAN parking_sessions'] };
    const after = { ...before, planFingerprints: ['SCAN parking_sessions', 'SCAN parking_sessions'] };
    expect(compareCounters(before, after).findings[0]?.message).toBe(
      `plan changed: ${activePlan} -> SCAN parking_sessions (parking_sessions: index search became a full scan)`,
    );
  });

  it("flags a changed result or row count as 'result-changed' without regressing", () => {
    const result = compareCounters(baseline, { ...baseline, resultChecksum: 'bad', rowsPerCall: 40 });
    expect(result.verdict).toBe('result-changed');
    expect(result.findings).toEqual([
      { check: 'checksum', regression: false, message: 'result checksum c0ffee -> bad' },
      { check: 'rows', regression: false, message: 'rows per call 80 -> 40' },
    ]);
  });

  it('keeps the result findings beside a regression', () => {
    const result = compareCounters(baseline, { ...baseline, statementsPerCall: 12, rowsPerCall: 81 });
    expect(result.verdict).toBe('regressed');
    expect(result.findings.map((finding) => finding.check)).toEqual(['statements', 'rows']);
  });

  it('prefixes messages with the id in the deprecated id-first form', () => {
    expect(compareCounters('sessions.active', baseline, { ...baseline, statementsPerCall: 12 }).messages).toEqual([
      'sessions.active: statements per call 3 -> 12 (an N+1 query?)',
    ]);
  });
});

describe('planChanges', () => {
  it('lists every shape whose plan changed, improvement or not, and leaves unpaired shapes out', () => {
    const current = withPlan(usersShape, 'SCAN users');
    const statements = [...(current.statements ?? []), { shape: 'SELECT ... FROM spots', plan: 'SCAN spots' }];
    expect(planChanges(baseline.statements ?? [], statements)).toEqual([{ shape: usersShape, before: usersPlan, after: 'SCAN users' }]);
    expect(planChanges(statements, baseline.statements ?? [])).toEqual([{ shape: usersShape, before: 'SCAN users', after: usersPlan }]);
    expect(planChanges(baseline.statements ?? [], baseline.statements ?? [])).toEqual([]);
  });
});

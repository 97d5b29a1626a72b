import { describe, expect, it } from 'vitest';
import { candidateIndexes, candidateName, candidateSql } from '../../../src/indexes/findings/candidates.js';
import { chooseCandidates, type VerifiedCandidate } from '../../../src/indexes/verify/verify-candidates.js';

const sessions = ['id', 'user_id', 'garage_id', 'status', 'start_time', 'amount_cents'];
const describeAll = (candidates: ReturnType<typeof candidateIndexes>) =>
  candidates.map((candidate) => `${candidate.variant}: ${candidate.columns.map((c) => c.name).join(', ')}${candidate.where ? ` WHERE ${candidate.where}` : ''}`);

describe('candidateIndexes (as SQLite .expert builds them)', () => {
  it('puts equality columns first, then one range column, then a covering variant', () => {
    const sql = 'SELECT id, amount_cents FROM parking_sessions WHERE user_id = ? AND start_time >= ? AND start_time < ?';
    expect(describeAll(candidateIndexes(sql, ['u1', 'a', 'b'], 'parking_sessions', sessions))).toEqual([
      'expert: user_id, start_time',
      'covering: user_id, start_time, id, amount_cents',
    ]);
  });

  it('uses the ORDER BY columns after the equalities, on Prisma-quoted SQL', () => {
    const sql =
      'SELECT `main`.`parking_sessions`.`id` FROM `main`.`parking_sessions` WHERE (`main`.`parking_sessions`.`garage_id` = ? AND `main`.`parking_sessions`.`status` = ?) ORDER BY `main`.`parking_sessions`.`start_time` DESC LIMIT ? OFFSET ?';
    expect(describeAll(candidateIndexes(sql, ['g1', 'ACTIVE', 20, 0], 'parking_sessions', sessions))).toEqual([
      'expert: garage_id, status',
      'order: garage_id, status, start_time',
      'covering: garage_id, status, start_time, id',
    ]);
  });

  it('adds a partial variant when an equality fixes a column to a value many rows share', () => {
    const sql = 'SELECT id FROM parking_sessions WHERE garage_id = ? AND status = ? ORDER BY start_time';
    const share = (column: string, value: unknown) => (column === 'status' && value === 'ACTIVE' ? 0.3 : 0.001);
    const candidates = candidateIndexes(sql, ['g1', 'ACTIVE'], 'parking_sessions', sessions, share);
    expect(describeAll(candidates).at(-1)).toBe(`partial: garage_id, start_time WHERE "status" = 'ACTIVE'`);
    const partial = candidates.at(-1);
    if (!partial) throw new Error('no partial candidate');
    expect(candidateSql(partial, candidateName(partial))).toBe(
      `CREATE INDEX "parking_sessions_garage_id_start_time_partial_idx" ON "parking_sessions"("garage_id", "start_time") WHERE "status" = 'ACTIVE'`,
    );
  });

  it('ignores columns of other tables in a join', () => {
    const sql = 'SELECT s.id FROM parking_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = ? AND s.status = ?';
    expect(describeAll(candidateIndexes(sql, ['a@b', 'ACTIVE'], 'parking_sessions', sessions))[0]).toBe('expert: status');
  });

  it('quotes hostile names', () => {
    expect(candidateSql({ table: 'a"b; DROP', columns: [{ name: 'c"d', desc: true }], where: undefined, variant: 'expert' }, 'x"y')).toBe(
      'CREATE INDEX "x""y" ON "a""b; DROP"("c""d" DESC)',
    );
  });
});

describe('chooseCandidates', () => {
  const candidate = (statement: string, columns: string[], speedup: number, serves: string[] = [statement], recommended = true): VerifiedCandidate => ({
    name: columns.join('_'),
    table: 't',
    columns,
    where: undefined,
    variant: 'expert',
    createSql: `CREATE INDEX ${columns.join('_')}`,
    statement,
    planBefore: 'SCAN t',
    planAfter: 'SEARCH t x',
    planImproved: recommended,
    medianMsBefore: 10,
    medianMsAfter: 10 / speedup,
    speedup,
    insertMsBefore: 0.01,
    insertMsAfter: 0.012,
    recommended,
    serves,
  });

  it('prefers the candidate that serves most statements, then the fewest columns, then the fastest', () => {
    const chosen = chooseCandidates([
      candidate('q1', ['a'], 5),
      candidate('q1', ['a', 'b'], 9, ['q1', 'q2']),
      candidate('q2', ['b'], 20),
      candidate('q3', ['c', 'd'], 3),
      candidate('q3', ['c'], 3),
      candidate('q4', ['e'], 1.1, ['q4'], false),
    ]);
    expect(chosen.map((entry) => entry.name)).toEqual(['a_b', 'c']);
  });

  it('suggests nothing when no candidate is recommended', () => {
    expect(chooseCandidates([candidate('q1', ['a'], 1.5, ['q1'], false)])).toEqual([]);
  });
});

import type { BudgetCheck } from './budget.js';
import type { CounterComparison } from './counters.js';
import type { TimingComparison } from './timing.js';

/** One failing check of a benchmark, as one line for the terminal and the reports. */
export interface Failure {
  check: 'timing' | 'statements' | 'plan' | 'budget' | 'errored';
  message: string;
}

/** What {@link judgeBenchmark} needs: the benchmark id and whichever verdicts exist. */
export interface JudgeInput {
  id: string;
  timing?: TimingComparison;
  counters?: CounterComparison;
  budget?: BudgetCheck;
  /** The error of a benchmark that could not be measured to the end. */
  errored?: string;
}

/** The overall verdict of one benchmark. */
export interface Judgement {
  verdict: 'pass' | 'fail';
  failures: Failure[];
  /** Lines worth showing that do not fail: improvements, changed results, inconclusive timing. */
  notes: string[];
}

/**
 * Combines the checks of one benchmark: it fails on a timing regression, a counter
 * regression (statements or plan), a budget breach or an error, one line per failing check, e.g.
 * `vehicles.register: 23% slower (95% CI +18%..+29%, p=0.0002)`,
 * `sessions.active: plan changed: SEARCH parking_sessions parking_sessions_active_idx -> SCAN parking_sessions (...)`,
 * `auth.authenticate: p99 12.3 ms over budget 5 ms (+146%)`,
 * `sessions.end: errored: SQLITE_BUSY: database is locked`.
 */
export function judgeBenchmark(input: JudgeInput): Judgement {
  const { id, timing, counters, budget, errored } = input;
  const failures: Failure[] = [];
  const notes: string[] = [];
  if (timing) {
    const change = `${Math.abs(Math.round(timing.changePct))}% ${timing.changePct >= 0 ? 'slower' : 'faster'}`;
    const line = `${id}: ${change} (95% CI ${signedPct(timing.ci[0])}..${signedPct(timing.ci[1])}, p=${formatP(timing.pValue)})`;
    if (timing.verdict === 'regressed') failures.push({ check: 'timing', message: line });
    if (timing.verdict === 'improved') notes.push(line);
    if (timing.verdict === 'inconclusive') notes.push(`${id}: timing inconclusive: ${timing.rounds.baseline} vs ${timing.rounds.current} rounds cannot reach significance`);
  }
  for (const finding of counters?.findings ?? []) {
    if (finding.regression) failures.push({ check: finding.check === 'plan' ? 'plan' : 'statements', message: `${id}: ${finding.message}` });
    else notes.push(`${id}: ${finding.message}`);
  }
  if (budget?.verdict === 'over') {
    failures.push({
      check: 'budget',
      message: `${id}: p99 ${formatMs(budget.p99Ms)} ms over budget ${formatMs(budget.budgetMs)} ms (${signedPct(budget.overPct)})`,
    });
  }
  if (errored !== undefined) failures.push({ check: 'errored', message: `${id}: errored: ${errored}` });
  return { verdict: failures.length > 0 ? 'fail' : 'pass', failures, notes };
}

function signedPct(value: number): string {
  const rounded = Math.round(value);
  return `${rounded >= 0 ? '+' : ''}${rounded}%`;
}

/** Three significant digits without exponents: 12.3, 145, 1234, 0.0123. */
function formatMs(value: number): string {
  if (Math.abs(value) >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}

/** Two significant digits, one below 0.001: 0.013, 0.0002, 1e-7. */
function formatP(value: number): string {
  return String(Number(value.toPrecision(value < 0.001 ? 1 : 2)));
}

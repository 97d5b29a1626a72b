import type { CounterComparison } from './counters.js';
import type { TimingComparison } from './timing.js';

export interface BudgetCheck {
  verdict: 'within' | 'over';
  p99Ms: number;
  budgetMs: number;
  /** How far p99 is over (or under, negative) the budget, in percent. */
  overPct: number;
}

export interface Failure {
  check: 'timing' | 'statements' | 'plan' | 'budget' | 'errored';
  message: string;
}

/** p99 against its budget. */
export function checkBudget(p99Ms: number, budgetMs: number): BudgetCheck {
  return { verdict: p99Ms > budgetMs ? 'over' : 'within', p99Ms, budgetMs, overPct: (p99Ms / budgetMs - 1) * 100 };
}

/** All failing checks of one benchmark, one line each. */
export function judgeBenchmark(input: {
  id: string;
  timing?: TimingComparison;
  counters?: CounterComparison;
  budget?: BudgetCheck;
}): { verdict: 'pass' | 'fail'; failures: Failure[] } {
  const failures: Failure[] = [];
  const { id, timing, counters, budget } = input;
  if (timing?.verdict === 'regressed') {
    failures.push({
      check: 'timing',
      message: `${id}: ${timing.changePct.toFixed(1)}% slower (95% CI ${signed(timing.ci[0])}..${signed(timing.ci[1])}, p=${timing.pValue.toPrecision(2)})`,
    });
  }
  if (counters?.verdict === 'regressed') {
    for (const message of counters.messages) failures.push({ check: message.includes('plan changed') ? 'plan' : 'statements', message });
  }
  if (budget?.verdict === 'over') {
    failures.push({
      check: 'budget',
      message: `${id}: p99 ${budget.p99Ms.toPrecision(3)} ms over budget ${budget.budgetMs} ms (+${budget.overPct.toFixed(0)}%)`,
    });
  }
  return { verdict: failures.length > 0 ? 'fail' : 'pass', failures };
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
}

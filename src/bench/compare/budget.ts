/** p99 against its budget. */
export interface BudgetCheck {
  verdict: 'within' | 'over';
  p99Ms: number;
  budgetMs: number;
  /** How far p99 is over (positive) or under (negative) the budget, in percent. */
  overPct: number;
}

/** Budget verdict: 'over' when p99 exceeds the budget (equal is within). Throws a RangeError for a budget that is not positive. */
export function checkBudget(p99Ms: number, budgetMs: number): BudgetCheck {
  if (!(budgetMs > 0)) throw new RangeError(`a budget must be a positive number of ms, got ${budgetMs}`);
  return { verdict: p99Ms > budgetMs ? 'over' : 'within', p99Ms, budgetMs, overPct: (p99Ms / budgetMs - 1) * 100 };
}

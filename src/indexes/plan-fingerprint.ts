import { formatPlanStep, type PlanStepKind, planStepSeparator } from '../bench/compare/plan-fingerprint.js';
import { flattenPlan, type PlanStep } from './plan/parse-plan.js';

/**
 * A plan as a normalized string the regression gate compares, in the format
 * src/bench/compare/plan-fingerprint.ts owns: one `KIND table[ index]` per meaningful step,
 * joined with ` > `. Parameter values, column lists and structural steps (co-routines,
 * INDEX n branches) are left out, so the same plan always gives the same fingerprint.
 */
export function planFingerprint(steps: readonly PlanStep[]): string {
  return flattenPlan(steps)
    .flatMap((step) => {
      const kind = fingerprintKind(step);
      return kind ? [formatPlanStep({ kind, table: step.table ?? '', ...(step.index ? { index: step.index } : {}) })] : [];
    })
    .join(planStepSeparator);
}

function fingerprintKind(step: PlanStep): PlanStepKind | undefined {
  switch (step.kind) {
    case 'scan':
      return 'SCAN';
    case 'search':
      return 'SEARCH';
    case 'search-covering':
      return 'SEARCH-COVERING';
    case 'search-pk':
      return 'SEARCH-PK';
    case 'automatic-index':
      return 'AUTOMATIC-INDEX';
    case 'temp-btree':
      return step.tempBtreeFor?.includes('GROUP BY')
        ? 'TEMP-BTREE-GROUP'
        : step.tempBtreeFor?.includes('DISTINCT')
          ? 'TEMP-BTREE-DISTINCT'
          : 'TEMP-BTREE-ORDER';
    case 'multi-index-or':
      return 'MULTI-INDEX-OR';
    case 'subquery':
      return 'SUBQUERY';
    default:
      return undefined;
  }
}

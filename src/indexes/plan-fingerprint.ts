import { flattenPlan, type PlanStep } from './plan/parse-plan.js';

/**
 * A plan as a normalized string the regression gate compares: one `KIND table[ index]`
 * per meaningful step, joined with ` > `. Parameter values, column lists and structural
 * steps (co-routines, INDEX n branches) are left out, so the same plan always gives the
 * same fingerprint. Kinds: SCAN, SEARCH, SEARCH-COVERING, SEARCH-PK, AUTOMATIC-INDEX,
 * TEMP-BTREE-ORDER, TEMP-BTREE-GROUP, TEMP-BTREE-DISTINCT, MULTI-INDEX-OR, SUBQUERY.
 */
export function planFingerprint(steps: readonly PlanStep[]): string {
  return flattenPlan(steps)
    .map(fingerprintStep)
    .filter((part): part is string => part !== undefined)
    .join(' > ');
}

function fingerprintStep(step: PlanStep): string | undefined {
  const on = (kind: string) => [kind, step.table, step.index].filter(Boolean).join(' ');
  switch (step.kind) {
    case 'scan':
      return on('SCAN');
    case 'search':
      return on('SEARCH');
    case 'search-covering':
      return on('SEARCH-COVERING');
    case 'search-pk':
      return on('SEARCH-PK');
    case 'automatic-index':
      return on('AUTOMATIC-INDEX');
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

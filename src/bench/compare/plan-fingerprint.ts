/**
 * Step kinds of a normalized EXPLAIN QUERY PLAN fingerprint. The parser of SQLite's detail
 * strings lives in src/indexes/ and writes these; this module only reads them.
 * - SCAN: a full scan of a table (or of an index, covering or not: every entry is read).
 * - SEARCH, SEARCH-COVERING, SEARCH-PK: an index search (plain, covering index, rowid or
 *   primary key).
 * - TEMP-BTREE-ORDER / -GROUP / -DISTINCT: a temporary b-tree built to sort, group or dedupe.
 * - AUTOMATIC-INDEX: SQLite built a transient index because no usable one exists.
 * - MULTI-INDEX-OR: an OR answered by several index searches.
 * - SUBQUERY: a subquery, correlated or not, or a compound/CTE step.
 */
export const planStepKinds = [
  'SCAN',
  'SEARCH',
  'SEARCH-COVERING',
  'SEARCH-PK',
  'TEMP-BTREE-ORDER',
  'TEMP-BTREE-GROUP',
  'TEMP-BTREE-DISTINCT',
  'AUTOMATIC-INDEX',
  'MULTI-INDEX-OR',
  'SUBQUERY',
] as const;

/** One of {@link planStepKinds}. */
export type PlanStepKind = (typeof planStepKinds)[number];

/**
 * One step of a plan fingerprint, written `<KIND>[ <table>[ <index>]]`: the kind, then the
 * table when the step has one (temp b-trees and SUBQUERY may have none), then the index when
 * one is used, separated by single spaces. Examples: `SEARCH parking_sessions
 * parking_sessions_active_idx`, `SCAN parking_sessions`, `TEMP-BTREE-ORDER`.
 */
export interface PlanStep {
  kind: PlanStepKind;
  /** Table name; '' when the step names none. */
  table: string;
  /** Index name (the rest of the step after the table), if any. */
  index?: string;
}

/**
 * A plan fingerprint: the steps of one statement's plan in EXPLAIN QUERY PLAN order, each
 * formatted as in {@link PlanStep}, joined with ' > '. The empty string is a plan without steps.
 */
export type PlanFingerprint = string;

/** The separator between the steps of a fingerprint. */
export const planStepSeparator = ' > ';

/** Whether a string is one of {@link planStepKinds}. */
export function isPlanStepKind(value: string): value is PlanStepKind {
  return (planStepKinds as readonly string[]).includes(value);
}

/** Writes a step as `<KIND>[ <table>[ <index>]]`. */
export function formatPlanStep(step: PlanStep): string {
  return [step.kind, step.table, step.index ?? ''].filter((part) => part !== '').join(' ');
}

/**
 * Splits a fingerprint into steps. Throws a RangeError naming the step when a kind is not one
 * of {@link planStepKinds}, so a fingerprint written in another format fails loudly instead of
 * passing every plan check.
 */
export function parseFingerprint(fingerprint: PlanFingerprint): PlanStep[] {
  if (fingerprint.trim() === '') return [];
  return fingerprint.split(planStepSeparator).map((text) => {
    const [kind = '', table = '', ...index] = text.trim().split(/\s+/);
    if (!isPlanStepKind(kind)) {
      throw new RangeError(`plan step "${text}" does not start with one of ${planStepKinds.join(', ')}`);
    }
    return index.length > 0 ? { kind, table, index: index.join(' ') } : { kind, table };
  });
}

/**
 * Why the steps of `after` are worse than those of `before` (both may be the steps of several
 * statements): a table that an index search reached is now scanned more often than before,
 * or there are more temp b-trees or automatic indexes of a kind. Empty when not worse.
 * A search moving to another index or a scan disappearing is not a regression.
 */
export function planRegressions(before: readonly PlanStep[], after: readonly PlanStep[]): string[] {
  const reasons: string[] = [];
  const tables = new Set(after.filter((step) => step.kind === 'SCAN').map((step) => step.table));
  for (const table of tables) {
    const onTable = (steps: readonly PlanStep[], search: boolean) =>
      steps.filter((step) => step.table === table && (search ? step.kind.startsWith('SEARCH') : step.kind === 'SCAN')).length;
    if (onTable(before, true) > 0 && onTable(after, false) > onTable(before, false)) {
      reasons.push(`${table}: index search became a full scan`);
    }
  }
  for (const kind of worseningKinds) {
    const count = (steps: readonly PlanStep[]) => steps.filter((step) => step.kind === kind).length;
    if (count(after) > count(before)) reasons.push(`gained ${kind}`);
  }
  return reasons;
}

const worseningKinds: readonly PlanStepKind[] = ['TEMP-BTREE-ORDER', 'TEMP-BTREE-GROUP', 'TEMP-BTREE-DISTINCT', 'AUTOMATIC-INDEX'];

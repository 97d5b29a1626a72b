/** Plan step kinds of a fingerprint, as src/indexes/plan-fingerprint.ts writes them. */
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

/** The counters of one benchmark that the gate compares. */
export interface CounterSet {
  statementsPerCall: number;
  rowsPerCall: number;
  resultChecksum: string;
  statements: Array<{ shape: string; plan: string }>;
}

export interface CounterComparison {
  verdict: 'regressed' | 'result-changed' | 'unchanged';
  messages: string[];
}

/**
 * Counters do not vary between runs of the same code, so any growth in statements per call,
 * any fall from an index search to a full scan and any new temp b-tree is a regression.
 * A changed result or row count is reported without failing: it explains a timing change.
 */
export function compareCounters(id: string, before: CounterSet, after: CounterSet): CounterComparison {
  const regressions: string[] = [];
  if (after.statementsPerCall > before.statementsPerCall) {
    regressions.push(`${id}: statements per call ${before.statementsPerCall} -> ${after.statementsPerCall} (an N+1 query?)`);
  }
  const plansBefore = new Map(before.statements.map((statement) => [statement.shape, statement.plan]));
  for (const statement of after.statements) {
    const was = plansBefore.get(statement.shape);
    if (was === undefined || was === statement.plan) continue;
    const reasons = planRegressions(was, statement.plan);
    if (reasons.length > 0) regressions.push(`${id}: plan changed: ${was} -> ${statement.plan} (${reasons.join('; ')})`);
  }
  if (regressions.length > 0) return { verdict: 'regressed', messages: regressions };
  const changes: string[] = [];
  if (after.resultChecksum !== before.resultChecksum) changes.push(`${id}: result checksum ${before.resultChecksum} -> ${after.resultChecksum}`);
  if (after.rowsPerCall !== before.rowsPerCall) changes.push(`${id}: rows per call ${before.rowsPerCall} -> ${after.rowsPerCall}`);
  return changes.length > 0 ? { verdict: 'result-changed', messages: changes } : { verdict: 'unchanged', messages: [] };
}

/** Why a plan got worse: a table now scanned that was searched, or a new temp b-tree. */
export function planRegressions(before: string, after: string): string[] {
  const stepsBefore = parseFingerprint(before);
  const stepsAfter = parseFingerprint(after);
  const reasons: string[] = [];
  const searchedBefore = new Set(stepsBefore.filter((step) => step.kind.startsWith('SEARCH')).map((step) => step.table));
  const scannedBefore = new Set(stepsBefore.filter((step) => step.kind === 'SCAN').map((step) => step.table));
  for (const step of stepsAfter) {
    if (step.kind === 'SCAN' && searchedBefore.has(step.table) && !scannedBefore.has(step.table)) {
      reasons.push(`${step.table}: index search became a full scan`);
    }
  }
  const countKind = (steps: ReturnType<typeof parseFingerprint>, kind: string) => steps.filter((step) => step.kind === kind).length;
  for (const kind of ['TEMP-BTREE-ORDER', 'TEMP-BTREE-GROUP', 'TEMP-BTREE-DISTINCT', 'AUTOMATIC-INDEX']) {
    if (countKind(stepsAfter, kind) > countKind(stepsBefore, kind)) reasons.push(`gained ${kind}`);
  }
  return reasons;
}

/** Splits `KIND table[ index] > ...` into steps. */
export function parseFingerprint(fingerprint: string): Array<{ kind: string; table: string; index: string | undefined }> {
  if (fingerprint.trim() === '') return [];
  return fingerprint.split(' > ').map((step) => {
    const [kind = '', table = '', index] = step.trim().split(' ');
    return { kind, table, index };
  });
}

import { formatCount } from '../../report/format.js';
import { parseFingerprint, planRegressions, type PlanFingerprint } from './plan-fingerprint.js';

/** The counters of one benchmark that the gate compares; they do not vary between runs. */
export interface CounterSet {
  /** SQL statements per operation call (an average over the counted calls). */
  statementsPerCall: number;
  /** Rows returned per call. */
  rowsPerCall: number;
  /** Checksum of the (stable part of the) results. */
  resultChecksum: string;
  /** One plan fingerprint per distinct statement. */
  planFingerprints: readonly PlanFingerprint[];
  /**
   * The same plans keyed by normalized statement shape, when known. Plans are then compared
   * statement by statement; without them, over the operation's fingerprints as a whole.
   */
  statements?: ReadonlyArray<{ shape: string; plan: PlanFingerprint }>;
}

/** One difference between two counter sets; `regression` findings fail the gate. */
export interface CounterFinding {
  check: 'statements' | 'plan' | 'rows' | 'checksum';
  regression: boolean;
  /** Without the benchmark id, e.g. `plan changed: SEARCH t t_idx -> SCAN t (t: index search became a full scan)`. */
  message: string;
}

/** Counter verdict: 'result-changed' flags different results or row counts without failing. */
export interface CounterComparison {
  verdict: 'regressed' | 'result-changed' | 'unchanged';
  findings: CounterFinding[];
  /** The findings' messages (prefixed with `<id>: ` in the deprecated id-first form). */
  messages: string[];
}

/**
 * Compares the counters of a benchmark. A regression, whatever the timings say: more
 * statements per call (an N+1 crept in), a table reached by an index search that is now
 * scanned, or a new temp b-tree or automatic index. A changed result checksum or row count
 * is 'result-changed', reported but not failing, so that "faster because it returns less" is
 * seen. With a regression the verdict is 'regressed' and the result findings are kept.
 */
export function compareCounters(baseline: CounterSet, current: CounterSet): CounterComparison;
/** @deprecated Pass the id to `judgeBenchmark` instead; this form prefixes messages with it. */
export function compareCounters(id: string, baseline: CounterSet, current: CounterSet): CounterComparison;
export function compareCounters(...args: [CounterSet, CounterSet] | [string, CounterSet, CounterSet]): CounterComparison {
  const [prefix, baseline, current] = args.length === 3 ? [`${args[0]}: `, args[1], args[2]] : ['', args[0], args[1]];
  const findings: CounterFinding[] = [];
  if (current.statementsPerCall > baseline.statementsPerCall + 1e-9) {
    findings.push({
      check: 'statements',
      regression: true,
      message: `statements per call ${formatCount(baseline.statementsPerCall, 2)} -> ${formatCount(current.statementsPerCall, 2)} (an N+1 query?)`,
    });
  }
  findings.push(...comparePlans(baseline, current));
  if (current.resultChecksum !== baseline.resultChecksum) {
    findings.push({ check: 'checksum', regression: false, message: `result checksum ${baseline.resultChecksum} -> ${current.resultChecksum}` });
  }
  if (current.rowsPerCall !== baseline.rowsPerCall) {
    findings.push({
      check: 'rows',
      regression: false,
      message: `rows per call ${formatCount(baseline.rowsPerCall, 2)} -> ${formatCount(current.rowsPerCall, 2)}`,
    });
  }
  const verdict = findings.some((finding) => finding.regression) ? 'regressed' : findings.length > 0 ? 'result-changed' : 'unchanged';
  return { verdict, findings, messages: findings.map((finding) => prefix + finding.message) };
}

/** A statement shape found on both sides whose plan differs, as the reports list it. */
export interface PlanChange {
  shape: string;
  before: PlanFingerprint;
  after: PlanFingerprint;
}

/**
 * Pairs statements by shape and returns the pairs whose plan changed, in the order the
 * current run sends them, regression or not. Shapes found on one side only are left out.
 */
export function planChanges(
  baseline: ReadonlyArray<{ shape: string; plan: PlanFingerprint }>,
  current: ReadonlyArray<{ shape: string; plan: PlanFingerprint }>,
): PlanChange[] {
  const plansBefore = new Map(baseline.map((statement) => [statement.shape, statement.plan]));
  return current.flatMap(({ shape, plan }) => {
    const was = plansBefore.get(shape);
    return was !== undefined && was !== plan ? [{ shape, before: was, after: plan }] : [];
  });
}

/** Pairs statements by shape when both sides know shapes; what is left is compared as a whole. */
function comparePlans(baseline: CounterSet, current: CounterSet): CounterFinding[] {
  if (!baseline.statements || !current.statements) return planFinding(...multisetDifference(baseline.planFingerprints, current.planFingerprints));
  const shapesBefore = new Set(baseline.statements.map((statement) => statement.shape));
  const shapesAfter = new Set(current.statements.map((statement) => statement.shape));
  const findings = planChanges(baseline.statements, current.statements).flatMap((change) => planFinding([change.before], [change.after]));
  const unpairedBefore = baseline.statements.filter((statement) => !shapesAfter.has(statement.shape)).map((statement) => statement.plan);
  const unpairedAfter = current.statements.filter((statement) => !shapesBefore.has(statement.shape)).map((statement) => statement.plan);
  findings.push(...planFinding(...multisetDifference(unpairedBefore, unpairedAfter)));
  return findings;
}

function planFinding(before: PlanFingerprint[], after: PlanFingerprint[]): CounterFinding[] {
  if (after.length === 0) return [];
  const reasons = planRegressions(before.flatMap(parseFingerprint), after.flatMap(parseFingerprint));
  if (reasons.length === 0) return [];
  const list = (plans: PlanFingerprint[]) => (plans.length > 0 ? plans.join(' | ') : '(none)');
  return [{ check: 'plan', regression: true, message: `plan changed: ${list(before)} -> ${list(after)} (${reasons.join('; ')})` }];
}

function multisetDifference(before: readonly string[], after: readonly string[]): [string[], string[]] {
  const remaining = [...after];
  const onlyBefore: string[] = [];
  for (const plan of before) {
    const index = remaining.indexOf(plan);
    if (index >= 0) remaining.splice(index, 1);
    else onlyBefore.push(plan);
  }
  return [onlyBefore, remaining];
}

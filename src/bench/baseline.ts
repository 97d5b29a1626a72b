import { createHash } from 'node:crypto';
import { readJsonFile } from '../config/read-json-file.js';
import { messages } from '../errors.js';
import { environmentDifferences } from '../report/environment.js';
import { type BenchReport, benchReportSchema } from '../report/bench/schema.js';
import type { BenchmarkCase } from './cases/types.js';

/** Identity of the benchmark definitions: ids and versions, order-free. */
export function suiteHashOf(cases: ReadonlyArray<Pick<BenchmarkCase, 'id' | 'version'>>): string {
  const text = cases
    .map((c) => `${c.id}@${c.version}`)
    .sort()
    .join(',');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Reads and validates a baseline file (a bench report saved with --save-baseline). */
export function loadBaseline(path: string): BenchReport {
  return readJsonFile(path, benchReportSchema, {
    missing: () => messages.fileNotFound('baseline', path),
    invalid: (detail) => messages.invalidBaseline(path, detail),
  });
}

/**
 * Refuses (exit 2) a baseline taken on other fixture data or other benchmark definitions,
 * unless forced. A changed schema or changed indexes are compared, not refused.
 */
export function assertComparable(
  baseline: BenchReport,
  current: Pick<BenchReport, 'fixture' | 'suiteHash'>,
  baselinePath: string,
  force: boolean,
): void {
  if (force) return;
  const a = baseline.fixture;
  const b = current.fixture;
  const fixtureDiffers = a.scale !== b.scale || a.seed !== b.seed || a.contentHash !== b.contentHash;
  if (fixtureDiffers) {
    const describe = (f: BenchReport['fixture']) => `${f.scale ?? '?'}/seed ${f.seed ?? '?'}/content ${f.contentHash ?? 'unknown'}`;
    throw messages.baselineOtherFixture(baselinePath, describe(a), describe(b));
  }
  if (baseline.suiteHash !== current.suiteHash) throw messages.baselineOtherSuites(baselinePath);
}

/** What changed between the baseline's database and this one: schema hash and indexes. */
export function schemaChanges(baseline: BenchReport['fixture'], current: BenchReport['fixture']): string[] {
  const changes: string[] = [];
  if (baseline.schemaHash !== current.schemaHash) changes.push(`schema hash ${baseline.schemaHash} -> ${current.schemaHash}`);
  const before = new Set(baseline.indexes);
  const after = new Set(current.indexes);
  for (const name of before) if (!after.has(name)) changes.push(`index dropped: ${name}`);
  for (const name of after) if (!before.has(name)) changes.push(`index added: ${name}`);
  return changes;
}

export { environmentDifferences };

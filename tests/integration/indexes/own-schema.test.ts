import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchmarkCases } from '../../../src/bench/cases/index.js';
import { ensureFixture } from '../../../src/fixtures/index.js';
import { analyzeIndexes } from '../../../src/indexes/analyze-indexes.js';
import { defaultSchemaPath, packageRoot } from '../../../src/paths.js';
import type { IndexesReport } from '../../../src/report/indexes/schema.js';
import { tempDir } from '../../helpers/temp-db.js';

let path: string;
let critical: IndexesReport;

beforeAll(async () => {
  path = (await ensureFixture({ scale: 'medium', seed: 42, dir: tempDir('garage-perf-own-schema-') })).path;
  critical = (await analyzeIndexes({ path, workload: 'critical', schemaPath: defaultSchemaPath, verify: false, minSpeedup: 2, failOn: [] })).report;
});

describe("the project's own schema at medium scale, critical workload", () => {
  it('has no full scan of a table over 1,000 rows and no temp b-tree', () => {
    expect(critical.findings.filter((f) => f.kind === 'full-scan' || f.kind === 'temp-btree')).toEqual([]);
  });

  it('has no duplicate or redundant index', () => {
    expect(critical.findings.filter((f) => ['duplicate', 'redundant-prefix', 'duplicates-unique', 'rowid-suffix'].includes(f.kind))).toEqual([]);
  });

  it('captured what Prisma sends for every critical operation', () => {
    const sources = new Set(critical.statements.map((statement) => statement.source));
    expect([...sources].sort()).toEqual(benchmarkCases('critical').map((benchmark) => benchmark.id).sort());
  });

  it('uses every index in some statement of the full workload, or documents why not', async () => {
    const all = (await analyzeIndexes({ path, workload: 'all', verify: false, minSpeedup: 2, failOn: [] })).report;
    const strategy = readFileSync(join(packageRoot, 'docs', 'performance', 'index-strategy.md'), 'utf8');
    for (const finding of all.findings.filter((f) => f.kind === 'unused')) {
      expect(strategy, `${finding.index} is unused and not in index-strategy.md`).toContain(`\`${finding.index}\``);
    }
  });
});

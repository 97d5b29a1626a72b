import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderFindingsSummary, renderFindingsTable } from '../../../src/cli/output/findings-table.js';
import type { Finding } from '../../../src/indexes/findings/types.js';
import type { Inventory } from '../../../src/indexes/inventory/types.js';
import { parsePlan } from '../../../src/indexes/plan/parse-plan.js';
import { buildIndexesReport, failingKinds, planTree } from '../../../src/report/indexes/build-report.js';
import { renderIndexesJson } from '../../../src/report/indexes/render-json.js';
import { renderIndexesMarkdown } from '../../../src/report/indexes/render-markdown.js';
import { indexesReportSchema } from '../../../src/report/indexes/schema.js';

const steps = parsePlan([
  { id: 2, parent: 0, detail: 'SCAN main.t' },
  { id: 9, parent: 0, detail: 'CORRELATED SCALAR SUBQUERY 1' },
  { id: 14, parent: 9, detail: 'SEARCH w USING INDEX w_k (k=?)' },
]);
const inventory: Inventory = {
  tables: [{ name: 't', columns: ['id', 'a'], rows: 5000, rowidAlias: 'id', withoutRowid: false }],
  indexes: [{ name: 'w_k', table: 'w', columns: [{ name: 'k', desc: false, collation: 'BINARY' }], unique: false, origin: 'c', where: undefined, sizeBytes: 4096, stat: undefined, sql: undefined }],
  foreignKeys: [],
  statsSource: 'database',
};
const findings: Finding[] = [
  { kind: 'unused', severity: 'info', table: 't', index: 't_key', evidence: 'used by none', dropSafety: { safe: false, reasons: ['it enforces a UNIQUE constraint'] } },
  { kind: 'full-scan', severity: 'high', table: 't', statement: 'SELECT * FROM t WHERE a = ?', evidence: 'SCAN t: reads all 5,000 rows' },
  { kind: 'missing', severity: 'high', table: 't', evidence: '9.0x faster', fix: { sql: 'CREATE INDEX "t_a_idx" ON "t"("a");', prisma: 'model T: @@index([a])' } },
];
const report = buildIndexesReport({
  createdAt: new Date('2026-12-01T00:00:00Z'),
  durationMs: 12,
  environment: { tool: '0.1.0', node: 'v20', prisma: '7', betterSqlite3: '12', sqlite: '3.53.2', os: 'linux', cpuModel: 'cpu', cores: 2, memoryBytes: 1 },
  database: { path: 'app.db', sizeBytes: 1_048_576, statsSource: 'database' },
  options: { verify: true, minSpeedup: 2, failOn: ['missing', 'duplicate', 'full-scan'] },
  inventory,
  workload: { name: 'q.sql', statements: [{ sql: 'SELECT * FROM t WHERE a = ?', params: [1], calls: 4, source: 'q.sql:1' }] },
  planned: [{ statement: { sql: 'SELECT * FROM t WHERE a = ?', params: [1], calls: 4, source: 'q.sql:1' }, shape: 'SELECT * FROM t WHERE a = ?', steps, fingerprint: 'SCAN t > SUBQUERY > SEARCH w w_k' }],
  findings,
  candidates: [],
});

describe('buildIndexesReport', () => {
  it('builds a report the schema accepts, with usage counts, plan trees and the verdict', () => {
    expect(indexesReportSchema.parse(report)).toEqual(report);
    expect(report.inventory[0]?.usedBy).toBe(1);
    expect(report.statements[0]?.plan).toEqual(['SCAN t', 'CORRELATED SCALAR SUBQUERY 1', '  SEARCH w USING INDEX w_k (k=?)']);
    expect(report.workload).toEqual({ name: 'q.sql', statements: 1, calls: 4 });
    expect(report.verdict).toBe('fail');
    expect(report.failedKinds).toEqual(['missing', 'full-scan']);
    expect(JSON.parse(renderIndexesJson(report))).toEqual(report);
  });

  it('failingKinds keeps the order of --fail-on, once each', () => {
    expect(failingKinds([{ kind: 'duplicate' }, { kind: 'unused' }], ['unused', 'duplicate', 'unused', 'missing'])).toEqual(['unused', 'duplicate']);
    expect(planTree([])).toEqual([]);
  });
});

describe('renderers', () => {
  it('Markdown: verdict, findings by severity with fixes and drop safety, plans', () => {
    const markdown = renderIndexesMarkdown(report);
    expect(markdown).toContain('## garage-perf indexes: ❌ fail (missing, full-scan)');
    expect(markdown).toContain("statistics from the database's sqlite_stat1");
    const rows = markdown.split('\n').filter((line) => /^\| (high|medium|low|info) \|/.test(line));
    expect(rows.map((line) => line.split(' | ')[1])).toEqual(['full-scan', 'missing', 'unused']);
    expect(markdown).toContain('`CREATE INDEX "t_a_idx" ON "t"("a");`<br>model T: @@index([a])');
    expect(markdown).toContain('not safe to drop: it enforces a UNIQUE constraint');
    expect(markdown).toContain('**q.sql:1** (4 calls): `SCAN t > SUBQUERY > SEARCH w w_k`');
  });

  it('terminal table: most severe first, fixes as SQL and Prisma, no colour codes at level 0', () => {
    const table = renderFindingsTable(report, new Chalk({ level: 0 }));
    expect(table).not.toMatch(/\u001b\[/);
    expect(table.indexOf('full-scan')).toBeLessThan(table.indexOf('unused'));
    expect(table).toContain('model T: @@index([a])');
    expect(renderFindingsTable({ ...report, findings: [] }, new Chalk({ level: 0 }))).toBe('no findings');
    expect(renderFindingsSummary(report)).toBe('1 index, workload q.sql (1 statement, 4 calls): 2 high, 1 info');
  });
});

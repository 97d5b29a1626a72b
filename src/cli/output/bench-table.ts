import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { BenchReport } from '../../report/bench/schema.js';
import { formatCount, formatMs, formatOps, formatPct, formatRatio } from '../../report/format.js';

/** The terminal table of a bench report; colours only through `color`. */
export function renderBenchTable(report: BenchReport, color: ChalkInstance): string {
  const showRaw = report.options.compareRaw;
  const showBare = report.options.compareIndexes;
  const head = ['benchmark', 'p50', 'p99', 'budget', 'ops/s', '±rme', 'stmts', 'rows'];
  if (showRaw) head.push('raw p50', 'Prisma/raw');
  if (showBare) head.push('no-index p50', 'speed-up');
  head.push('vs baseline', 'verdict');
  const table = new Table({ head, style: { head: color.level > 0 ? ['cyan'] : [], border: [] } });
  for (const entry of report.benchmarks) {
    const stats = entry.orm.stats;
    const timing = entry.comparison?.timing;
    const overBudget = stats !== undefined && stats.p99 > entry.budgetMs;
    const row = [
      entry.id,
      formatMs(stats?.p50),
      overBudget ? color.red(formatMs(stats?.p99)) : formatMs(stats?.p99),
      formatMs(entry.budgetMs),
      formatOps(stats?.opsPerSec),
      stats ? `${stats.rme.toFixed(1)}%` : '-',
      formatCount(entry.counters?.statementsPerCall),
      formatCount(entry.counters?.rowsPerCall),
    ];
    if (showRaw) row.push(formatMs(entry.raw?.stats?.p50), formatRatio(entry.raw?.overhead));
    if (showBare) row.push(formatMs(entry.noIndexes?.stats?.p50), formatRatio(entry.noIndexes?.speedup));
    row.push(timing ? colorVerdict(`${formatPct(timing.changePct)} ${timing.verdict}`, timing.verdict, color) : '-');
    row.push(entry.verdict === 'pass' ? color.green('pass') : color.red(`FAIL ${entry.failures.map((f) => f.check).join(',')}`));
    table.push(row);
  }
  return table.toString();
}

function colorVerdict(text: string, verdict: string, color: ChalkInstance): string {
  if (verdict === 'regressed') return color.red(text);
  if (verdict === 'improved') return color.green(text);
  return text;
}

import { formatBytes, formatMs, formatOps, formatPct, formatRatio } from '../format.js';
import type { BenchReport, BenchmarkResult } from './schema.js';

/** The bench report as Markdown for a GitHub job summary or a pull-request comment. */
export function renderBenchMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  const verdict = report.verdict === 'pass' ? '✅ pass' : '❌ fail';
  lines.push(`## garage-perf bench: ${verdict}`, '');
  const fixture = report.fixture;
  lines.push(
    `Fixture ${fixture.scale ?? 'custom'}${fixture.seed !== undefined ? ` seed ${fixture.seed}` : ''} (${fixture.path}), ` +
      `${report.options.rounds} rounds, ${formatMs(report.options.timeMs)} per benchmark, ` +
      `Node ${report.environment.node}, SQLite ${report.environment.sqlite}, ${report.environment.cpuModel} x${report.environment.cores}.`,
    '',
  );
  lines.push('| Benchmark | p50 | p99 | Budget (p99) | ops/s | Statements/call | vs baseline | Verdict |');
  lines.push('|---|---:|---:|---:|---:|---:|---|---|');
  for (const entry of report.benchmarks) lines.push(benchmarkRow(entry));
  lines.push('');

  const withRaw = report.benchmarks.filter((entry) => entry.raw);
  if (withRaw.length > 0) {
    lines.push('### ORM overhead (Prisma vs raw better-sqlite3, interleaved)', '');
    lines.push('| Benchmark | Prisma p50 | Raw p50 | Prisma / raw (95% CI) |', '|---|---:|---:|---:|');
    for (const entry of withRaw) {
      lines.push(`| ${entry.id} | ${formatMs(entry.orm.stats?.p50)} | ${formatMs(entry.raw?.stats?.p50)} | ${formatRatio(entry.raw?.overhead)} |`);
    }
    lines.push('');
  }
  const withBare = report.benchmarks.filter((entry) => entry.noIndexes);
  if (withBare.length > 0) {
    lines.push('### Index speed-up (without / with the optimization indexes, interleaved)', '');
    lines.push('| Benchmark | With indexes p50 | Without p50 | Speed-up (95% CI) |', '|---|---:|---:|---:|');
    for (const entry of withBare) {
      lines.push(
        `| ${entry.id} | ${formatMs(entry.orm.stats?.p50)} | ${formatMs(entry.noIndexes?.stats?.p50)} | ${formatRatio(entry.noIndexes?.speedup)} |`,
      );
    }
    lines.push('');
  }
  if (report.baseline) {
    lines.push(`Baseline: ${report.baseline.path} (${report.baseline.createdAt}).`);
    for (const change of report.baseline.schemaChanges) lines.push(`- Schema change: ${change}`);
    for (const difference of report.baseline.environmentDifferences) lines.push(`- ⚠️ Other machine: ${difference}`);
    lines.push('');
  }
  for (const entry of report.benchmarks.filter((e) => e.verdict === 'fail')) {
    lines.push(`### ${entry.id}`, '');
    for (const failure of entry.failures) lines.push(`- ${failure.message}`);
    for (const change of entry.comparison?.planChanges ?? []) {
      lines.push('', '```sql', change.shape, '```', `Plan before: \`${change.before}\``, '', `Plan now: \`${change.after}\``);
    }
    lines.push('');
  }
  lines.push(
    `Memory: peak heap ${formatBytes(report.memory.peakHeapUsedBytes)}, peak RSS ${formatBytes(report.memory.peakRssBytes)}, ` +
      `heap growth ${formatBytes(report.memory.heapGrowthBytes)} over the run.`,
  );
  return `${lines.join('\n')}\n`;
}

function benchmarkRow(entry: BenchmarkResult): string {
  const stats = entry.orm.stats;
  const timing = entry.comparison?.timing;
  const change = timing ? `${formatPct(timing.changePct)} (${timing.verdict})` : '-';
  const verdict = entry.verdict === 'pass' ? 'pass' : `**fail** (${entry.failures.map((f) => f.check).join(', ')})`;
  return `| ${entry.id} | ${formatMs(stats?.p50)} | ${formatMs(stats?.p99)} | ${formatMs(entry.budgetMs)} | ${formatOps(stats?.opsPerSec)} | ${
    entry.counters ? Math.round(entry.counters.statementsPerCall * 10) / 10 : '-'
  } | ${change} | ${verdict} |`;
}

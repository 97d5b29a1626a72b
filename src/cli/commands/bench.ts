import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadBaseline } from '../../bench/baseline.js';
import type { BenchProgress } from '../../bench/run-bench.js';
import { ExitCode } from '../../errors.js';
import { renderBenchMarkdown } from '../../report/bench/render-markdown.js';
import { writeReport } from '../../report/write-report.js';
import { createContext } from '../context.js';
import type { CliIo } from '../io.js';
import { renderBenchTable } from '../output/bench-table.js';
import { describeFixtureEvent } from '../output/fixture-progress.js';
import { type BenchFlags, resolveBenchFlags } from './bench-options.js';

/** `garage-perf bench`: run the suites, print the table, write reports, gate on a baseline. */
export function registerBenchCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('bench')
    .description('benchmark the data layer: statistics, budgets and a regression gate against a baseline')
    .option('--suite <name...>', 'critical, reporting, profile or all (repeat or comma-separate)')
    .option('--scale <scale>', 'fixture scale: small, medium, large or xl (default: small)')
    .option('--db <path>', 'benchmark a copy of this SQLite database instead of a fixture')
    .option('--seed <n>', 'fixture seed (default: 42)')
    .option('--time <ms>', 'measured time per benchmark over all rounds (default: 2000)')
    .option('--iterations <n>', 'minimum iterations per benchmark (default: 10)')
    .option('--rounds <n>', 'interleaved rounds the gate compares (default: 10)')
    .option('--baseline <path>', 'compare with a saved baseline; exit 1 on a real regression')
    .option('--save-baseline <path>', 'save this run as a baseline')
    .option('--threshold <pct>', 'smallest timing change called a regression, in percent (default: 10)')
    .option('--alpha <a>', 'significance level of the timing test (default: 0.01)')
    .option('--compare-raw', 'run each operation beside its raw-SQL twin and report the ORM overhead')
    .option('--compare-indexes', 'run each operation on a copy without the optimization indexes and report the speed-up')
    .option('--force-compare', 'compare with a baseline of other fixture data or other benchmark definitions')
    .option('--report-dir <dir>', 'where reports go (default: reports)')
    .option('--no-report', 'write no report files')
    .addHelpText('after', '\nExit codes: 0 pass, 1 a regression, budget breach or errored benchmark, 2 bad input.')
    .action(async (flags: BenchFlags, command: Command) => {
      const ctx = createContext(command, io, setExitCode);
      // Loaded here, not at startup: the Prisma client and the suites cost `seed` and `--help` 40 MB and 0.3 s.
      const { runBench } = await import('../../bench/run-bench.js');
      const options = resolveBenchFlags(flags, ctx.config);
      const baseline = flags.baseline ? { path: flags.baseline, report: loadBaseline(flags.baseline), force: flags.forceCompare === true } : undefined;
      const report = await runBench({
        ...options,
        database: flags.db
          ? { db: resolve(ctx.io.cwd, flags.db) }
          : { scale: options.scale, seed: options.seed, fixturesDir: resolve(ctx.io.cwd, ctx.config.fixturesDir ?? 'fixtures') },
        environment: ctx.config.environment,
        compareRaw: flags.compareRaw === true,
        compareIndexes: flags.compareIndexes === true,
        budgets: ctx.config.bench?.budgets,
        baseline,
        onProgress: (event) => ctx.progress.update(describeBenchEvent(event)),
      });
      ctx.progress.stop();

      ctx.log.out(renderBenchTable(report, ctx.log.color));
      const json = JSON.stringify(report);
      if (flags.report !== false) {
        const dir = resolve(ctx.io.cwd, flags.reportDir ?? ctx.config.reportDir ?? 'reports');
        const written = writeReport(dir, { kind: 'bench', json, markdown: renderBenchMarkdown(report) });
        ctx.log.info(`reports: ${written.json}, ${written.markdown}`);
      }
      if (flags.saveBaseline) {
        writeFileSync(resolve(ctx.io.cwd, flags.saveBaseline), `${json}\n`);
        ctx.log.info(`baseline saved: ${flags.saveBaseline}`);
      }
      ctx.log.json(report);
      for (const failure of report.failures) ctx.io.stderr.write(`${ctx.log.color.red('FAIL')} ${failure}\n`);
      ctx.log.info(`${report.verdict === 'pass' ? ctx.log.color.green('pass') : ctx.log.color.red('fail')} in ${(report.durationMs / 1000).toFixed(1)} s`);
      setExitCode(report.verdict === 'pass' ? ExitCode.ok : ExitCode.checkFailed);
    });
}

/** The progress line of a bench event. */
function describeBenchEvent(event: BenchProgress): string {
  switch (event.phase) {
    case 'fixture':
      return describeFixtureEvent(event.detail);
    case 'prepare':
      return `preparing ${event.benchmarks.length} benchmarks`;
    case 'counters':
      return `counting statements and plans: ${event.benchmark}`;
    case 'measure':
      return `round ${event.round}/${event.rounds}: ${event.lane}`;
  }
}

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ensureFixture, scales } from '../../fixtures/index.js';
import { findingKinds } from '../../indexes/findings/types.js';
import type { IndexesFlags } from '../../indexes/options.js';
import { renderIndexesJson } from '../../report/indexes/render-json.js';
import { renderIndexesMarkdown } from '../../report/indexes/render-markdown.js';
import { writeReport } from '../../report/write-report.js';
import { createContext } from '../context.js';
import type { CliIo } from '../io.js';
import { renderFindingsSummary, renderFindingsTable } from '../output/findings-table.js';
import { describeFixtureEvent } from '../output/fixture-progress.js';

/** `garage-perf indexes`: findings on a database's indexes for a workload, fixes verified on a copy. */
export function registerIndexesCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('indexes')
    .description('index analysis: redundant, unused and missing indexes, with fixes verified on a copy')
    .option('--db <path>', 'any SQLite database (copied, never opened or changed)')
    .option('--scale <scale>', `the fixture to analyze: ${scales.join(', ')} (default: small)`)
    .option('--seed <n>', 'fixture seed (default: 42)')
    .option('--workload <name|file>', 'critical, reporting, profile, all, a .sql file or a .json capture (default: critical on fixtures, none with --db)')
    .option('--schema <path>', 'schema.prisma for fixes in Prisma terms (default: the project schema for fixtures)')
    .option('--verify', 'try every candidate index on a copy and time it (default)')
    .option('--no-verify', 'suggest candidates without creating or timing them')
    .option('--min-speedup <x>', 'recommend a candidate only this many times faster (default: 2)')
    .option('--fail-on <kinds>', `exit 1 when a finding of these kinds exists: ${findingKinds.join(',')}`)
    .option('--save-workload <path>', 'write the captured workload as a JSON file for a later --workload')
    .option('--report-dir <dir>', 'where reports go (default: reports)')
    .option('--no-report', 'write no report files')
    .action(async (flags: IndexesFlags, command: Command) => {
      const ctx = createContext(command, io, setExitCode);
      // Loaded here, not at startup: the Prisma client and the workloads cost `seed` and `--help` 40 MB and 0.3 s.
      const [{ analyzeIndexes }, { resolveIndexesFlags }, { toWorkloadFile }] = await Promise.all([
        import('../../indexes/analyze-indexes.js'),
        import('../../indexes/options.js'),
        import('../../indexes/workload/load-workload.js'),
      ]);
      const run = resolveIndexesFlags(flags, ctx.config, ctx.io.cwd);
      let path: string;
      if ('db' in run.target) path = run.target.db;
      else {
        ctx.progress.start('resolving the fixture');
        const { fixture } = run.target;
        path = (await ensureFixture({ ...fixture, onProgress: (event) => ctx.progress.update(describeFixtureEvent(event)) })).path;
      }
      const { report, workload } = await analyzeIndexes({
        path,
        ...(run.workload ? { workload: run.workload } : {}),
        ...(run.schemaPath ? { schemaPath: run.schemaPath } : {}),
        verify: run.verify,
        minSpeedup: run.minSpeedup,
        failOn: run.failOn,
        onProgress: (event) => ctx.progress.update(`${event.phase}${event.detail ? `: ${event.detail}` : ''}`),
      });
      ctx.progress.stop();
      ctx.log.out(renderFindingsTable(report, ctx.log.color));
      ctx.log.out(renderFindingsSummary(report));
      if (run.reportDir) {
        const written = writeReport(run.reportDir, { kind: 'indexes', json: renderIndexesJson(report), markdown: renderIndexesMarkdown(report) });
        ctx.log.info(`reports: ${written.json}, ${written.markdown}`);
      }
      if (run.saveWorkload && workload) {
        writeFileSync(run.saveWorkload, `${JSON.stringify(toWorkloadFile(workload), null, 2)}\n`);
        ctx.log.info(`workload saved: ${run.saveWorkload} (${workload.statements.length} statements)`);
      }
      ctx.log.json(report);
      if (report.failedKinds.length > 0) {
        ctx.io.stderr.write(`${ctx.log.color.red('FAIL')} findings of kinds named by --fail-on: ${report.failedKinds.join(', ')}\n`);
      }
      setExitCode(report.verdict === 'pass' ? 0 : 1);
    });
}

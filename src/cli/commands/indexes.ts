import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { messages } from '../../errors.js';
import { ensureFixture, type Scale, scales } from '../../fixtures/index.js';
import { analyzeIndexes } from '../../indexes/analyze-indexes.js';
import { findingKinds, type FindingKind } from '../../indexes/findings/types.js';
import { isSuiteWorkload, toWorkloadFile } from '../../indexes/workload/load-workload.js';
import { defaultSchemaPath } from '../../paths.js';
import { renderIndexesJson } from '../../report/indexes/render-json.js';
import { renderIndexesMarkdown } from '../../report/indexes/render-markdown.js';
import { writeReport } from '../../report/write-report.js';
import { createContext } from '../context.js';
import type { CliIo } from '../io.js';
import { describeFixtureEvent } from '../output/fixture-progress.js';
import { renderFindingsTable } from '../output/findings-table.js';

interface IndexesFlags {
  db?: string;
  scale?: string;
  seed?: string;
  workload?: string;
  schema?: string;
  verify?: boolean;
  minSpeedup?: string;
  failOn?: string;
  saveWorkload?: string;
  reportDir?: string;
  report?: boolean;
}

/** `garage-perf indexes`: findings on a database's indexes for a workload, fixes verified on a copy. */
export function registerIndexesCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('indexes')
    .description('index analysis: redundant, unused and missing indexes, with fixes verified on a copy')
    .option('--db <path>', 'any SQLite database (opened read-only, never changed)')
    .option('--scale <scale>', `the fixture to analyze: ${scales.join(', ')} (default: small)`)
    .option('--seed <n>', 'fixture seed (default: 42)')
    .option('--workload <name|file>', 'critical, all, a .sql file or a .json capture (default: critical on fixtures, none with --db)')
    .option('--schema <path>', 'schema.prisma for fixes in Prisma terms (default: the project schema for fixtures)')
    .option('--verify', 'try every candidate index on a copy and time it (default)')
    .option('--no-verify', 'skip the verification on a copy')
    .option('--min-speedup <x>', 'recommend a candidate only this many times faster (default: 2)')
    .option('--fail-on <kinds>', `exit 1 when a finding of these kinds exists: ${findingKinds.join(',')}`)
    .option('--save-workload <path>', 'write the captured workload as a JSON file for later --workload')
    .option('--report-dir <dir>', 'where reports go (default: reports)')
    .option('--no-report', 'write no report files')
    .action(async (flags: IndexesFlags, command: Command) => {
      const ctx = createContext(command, io, setExitCode);
      if (flags.db && flags.scale) throw messages.conflictingOptions('--db', '--scale');
      const minSpeedup = parsePositive('--min-speedup', flags.minSpeedup) ?? ctx.config.indexes?.minSpeedup ?? 2;
      const failOn = parseKinds(flags.failOn) ?? ((ctx.config.indexes?.failOn ?? []) as FindingKind[]);
      let path: string;
      let schemaPath = flags.schema ? resolve(ctx.io.cwd, flags.schema) : undefined;
      let workload = flags.workload;
      if (flags.db) {
        path = resolve(ctx.io.cwd, flags.db);
      } else {
        const scale = (flags.scale ?? 'small') as Scale;
        if (!scales.includes(scale)) throw messages.invalidOption('--scale', flags.scale ?? '', scales.join(', '));
        const seed = parsePositive('--seed', flags.seed, true) ?? 42;
        ctx.progress.start('resolving the fixture');
        const fixture = await ensureFixture({
          scale,
          seed,
          dir: resolve(ctx.io.cwd, ctx.config.fixturesDir ?? 'fixtures'),
          onProgress: (event) => ctx.progress.update(describeFixtureEvent(event)),
        });
        path = fixture.path;
        schemaPath ??= defaultSchemaPath;
        workload ??= 'critical';
      }
      if (workload && !isSuiteWorkload(workload)) workload = resolve(ctx.io.cwd, workload);
      if (flags.saveWorkload && !workload) throw messages.noWorkloadToSave(flags.saveWorkload);
      const { report, workload: captured } = await analyzeIndexes({
        path,
        workload,
        schemaPath,
        verify: flags.verify !== false,
        minSpeedup,
        failOn,
        onProgress: (event) => ctx.progress.update(`${event.phase}${event.detail ? `: ${event.detail}` : ''}`),
      });
      ctx.progress.stop();
      ctx.log.out(renderFindingsTable(report, ctx.log.color));
      if (flags.report !== false) {
        const written = writeReport(resolve(ctx.io.cwd, flags.reportDir ?? ctx.config.reportDir ?? 'reports'), {
          kind: 'indexes',
          json: renderIndexesJson(report),
          markdown: renderIndexesMarkdown(report),
        });
        ctx.log.info(`reports: ${written.json}, ${written.markdown}`);
      }
      if (flags.saveWorkload && captured) {
        writeFileSync(resolve(ctx.io.cwd, flags.saveWorkload), `${JSON.stringify(toWorkloadFile(captured), null, 2)}\n`);
        ctx.log.info(`workload saved: ${flags.saveWorkload} (${captured.statements.length} statements)`);
      }
      ctx.log.json(report);
      if (report.failedKinds.length > 0) {
        ctx.io.stderr.write(`${ctx.log.color.red('FAIL')} findings of kinds named by --fail-on: ${report.failedKinds.join(', ')}\n`);
      }
      setExitCode(report.verdict === 'pass' ? 0 : 1);
    });
}

function parsePositive(flag: string, value: string | undefined, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const schema = integer ? z.coerce.number().int().min(0) : z.coerce.number().positive();
  const parsed = schema.safeParse(value);
  if (!parsed.success || value.trim() === '') throw messages.invalidOption(flag, value, integer ? 'a whole number >= 0' : 'a number > 0');
  return parsed.data;
}

function parseKinds(value: string | undefined): FindingKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  for (const kind of kinds) if (!(findingKinds as readonly string[]).includes(kind)) throw messages.invalidOption('--fail-on', kind, findingKinds.join(', '));
  return kinds as FindingKind[];
}

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { messages } from '../../errors.js';
import { buildFixture, type FixtureEvent, fixturePath, type Scale, scales } from '../../fixtures/index.js';
import { createContext, type CommandContext } from '../context.js';
import type { CliIo } from '../io.js';

interface SeedFlags {
  scale?: string;
  seed?: string;
  out?: string;
  force?: boolean;
}

/** `garage-perf seed`: build a deterministic fixture. */
export function registerSeedCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('seed')
    .description('build a deterministic SQLite fixture (fixtures/<scale>-<seed>.db)')
    .option('--scale <scale>', `${scales.join(', ')} (default: small)`)
    .option('--seed <n>', 'seed of the generated data (default: 42)')
    .option('--out <path>', 'where to write it (default: fixtures/<scale>-<seed>.db)')
    .option('--force', 'replace a file at --out that is not a garage-perf fixture')
    .action((flags: SeedFlags, command: Command) => {
      const ctx = createContext(command, io, setExitCode);
      const scale = (flags.scale ?? 'small') as Scale;
      if (!scales.includes(scale)) throw messages.invalidOption('--scale', flags.scale ?? '', scales.join(', '));
      const seedParse = z.coerce.number().int().min(0).max(2 ** 31 - 1).safeParse(flags.seed ?? '42');
      if (!seedParse.success || (flags.seed ?? '42').trim() === '') throw messages.invalidOption('--seed', flags.seed ?? '', 'a whole number from 0 to 2147483647');
      const out = flags.out
        ? resolve(ctx.io.cwd, flags.out)
        : fixturePath(resolve(ctx.io.cwd, ctx.config.fixturesDir ?? 'fixtures'), scale, seedParse.data);
      if (!flags.out) mkdirSync(dirname(out), { recursive: true });

      ctx.progress.start(`seeding ${scale} (seed ${seedParse.data})`);
      const built = buildFixture({ scale, seed: seedParse.data, out, force: flags.force === true, onProgress: progressReporter(ctx) });
      ctx.progress.succeed(`${out}: ${built.rows.toLocaleString('en-US')} rows in ${built.seconds.toFixed(2)} s`);
      const summary = {
        path: built.path,
        scale,
        seed: seedParse.data,
        rowCounts: built.metadata.rowCounts,
        rows: built.rows,
        seconds: Math.round(built.seconds * 1000) / 1000,
        rowsPerSecond: Math.round(built.rowsPerSecond),
        bytes: built.bytes,
        contentHash: built.metadata.contentHash,
      };
      ctx.log.json(summary);
      if (!ctx.global.json) {
        ctx.log.out(`rows per table: ${Object.entries(summary.rowCounts).map(([table, count]) => `${table} ${count.toLocaleString('en-US')}`).join(', ')}`);
        ctx.log.out(`${summary.rowsPerSecond.toLocaleString('en-US')} rows/s, ${(summary.bytes / 1_048_576).toFixed(1)} MiB, content hash ${summary.contentHash}`);
      }
    });
}

function progressReporter(ctx: CommandContext): (event: FixtureEvent) => void {
  return (event) => {
    if (event.stage === 'load') {
      ctx.progress.update(`${event.table}: ${event.rows.toLocaleString('en-US')} / ~${event.totalRows.toLocaleString('en-US')} rows, ${Math.round(event.rowsPerSecond).toLocaleString('en-US')} rows/s`);
    } else if (event.stage === 'index') {
      ctx.progress.update(`indexing ${event.done + 1}/${event.total}: ${event.index}`);
    } else if (event.stage === 'analyze') {
      ctx.progress.update('ANALYZE');
    }
  };
}

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { fixturesDirFor } from '../../config/fixtures-dir.js';
import { type FixtureEvent, fixturePath, parseSeedOptions, scales, seedFixture } from '../../fixtures/index.js';
import { createContext, type CommandContext } from '../context.js';
import type { CliIo } from '../io.js';
import { describeFixtureEvent } from '../output/fixture-progress.js';

interface SeedFlags {
  scale?: string;
  seed?: string;
  out?: string;
  force?: boolean;
}

/** `garage-perf seed`: build (or reuse) a deterministic fixture and print its summary. */
export function registerSeedCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('seed')
    .description('build a deterministic SQLite fixture (fixtures/<scale>-<seed>.db)')
    .option('--scale <scale>', `${scales.join(' | ')} (default: small)`)
    .option('--seed <n>', 'seed of the generated data, a whole number (default: 42)')
    .option('--out <path>', 'where to write it (default: <fixturesDir>/<scale>-<seed>.db)')
    .option('--force', 'rebuild even if current, and replace a file that is not a garage-perf fixture')
    .action(async (flags: SeedFlags, command: Command) => {
      const ctx = createContext(command, io, setExitCode);
      const { scale, seed } = parseSeedOptions(flags);
      const defaultDir = fixturesDirFor(ctx.config, ctx.io.cwd);
      const out = flags.out ? resolve(ctx.io.cwd, flags.out) : fixturePath(defaultDir, scale, seed);
      if (!flags.out) mkdirSync(defaultDir, { recursive: true });

      let result;
      try {
        // Progress starts with the first event: bad input fails before any line is printed.
        const onProgress = progressReporter(ctx, `seed: ${scale} fixture, seed ${seed}`);
        result = await seedFixture({ scale, seed, out, force: flags.force === true, onProgress });
      } catch (error) {
        ctx.progress.stop();
        throw error;
      }
      const rows = Object.values(result.metadata.rowCounts).reduce((sum, count) => sum + count, 0);
      const buildSeconds = result.reused ? result.metadata.buildSeconds : result.seconds;
      const summary = {
        path: result.path,
        scale,
        seed,
        reused: result.reused,
        rowCounts: result.metadata.rowCounts,
        rows,
        seconds: round(result.seconds, 3),
        rowsPerSecond: Math.round(rows / Math.max(buildSeconds, 1e-3)),
        contentHash: result.metadata.contentHash,
        schemaHash: result.metadata.schemaHash,
        now: result.metadata.now,
      };
      ctx.progress.succeed(
        result.reused ? `${out} is current: reused (built in ${buildSeconds.toFixed(2)} s)` : `${out}: ${rows.toLocaleString('en-US')} rows in ${result.seconds.toFixed(2)} s`,
      );
      ctx.log.json(summary);
      if (!ctx.global.json) {
        ctx.log.out(`rows: ${Object.entries(summary.rowCounts).map(([table, count]) => `${table} ${count.toLocaleString('en-US')}`).join(', ')}`);
        ctx.log.out(`${summary.rowsPerSecond.toLocaleString('en-US')} rows/s; content hash ${summary.contentHash}; now ${summary.now}`);
      }
    });
}

function progressReporter(ctx: CommandContext, title: string): (event: FixtureEvent) => void {
  let started = false;
  return (event) => {
    if (!started) ctx.progress.start(title);
    started = true;
    // The summary line says a fixture was reused.
    if (event.stage !== 'reuse') ctx.progress.update(describeFixtureEvent(event));
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

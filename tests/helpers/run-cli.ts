import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export const binPath = join(import.meta.dirname, '..', '..', 'bin', 'garage-perf');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams (no TTY, no colour). */
export async function runInProcess(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
    env: { NO_COLOR: '1', ...env },
    cwd,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** The environment of a spawned CLI: this one, without colour, plus `extra`. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...extra };
}

/** Spawns bin/garage-perf as a user would, with NO_COLOR=1. */
export function spawnCli(argv: string[], cwd: string, timeoutMs = 300_000): CliResult {
  return spawnNode([binPath, ...argv], cwd, {}, timeoutMs);
}

/** Spawns bin/garage-perf like `spawnCli` and also returns its peak RSS in MB (all threads). */
export function spawnCliMeasuringMemory(argv: string[], cwd: string): CliResult & { maxRssMb: number } {
  const file = join(cwd, 'max-rss.txt');
  const result = spawnNode(['--require', join(import.meta.dirname, 'record-max-rss.cjs'), binPath, ...argv], cwd, { GARAGE_PERF_MAX_RSS_FILE: file });
  return { ...result, maxRssMb: Number(readFileSync(file, 'utf8')) / 1024 };
}

function spawnNode(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 300_000): CliResult {
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: cliEnv(env),
    timeout: timeoutMs,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

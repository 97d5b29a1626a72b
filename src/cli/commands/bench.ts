import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** PLACEHOLDER until the bench command lands. */
export function registerBenchCommand(program: Command, _io: CliIo, _setExitCode: (code: number) => void): void {
  program.command('bench').description('(bench: in progress)');
}

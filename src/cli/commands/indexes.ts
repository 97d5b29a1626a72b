import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** PLACEHOLDER until the indexes command lands. */
export function registerIndexesCommand(program: Command, _io: CliIo, _setExitCode: (code: number) => void): void {
  program.command('indexes').description('(indexes: in progress)');
}

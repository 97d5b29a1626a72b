import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** PLACEHOLDER until the seed command lands. */
export function registerSeedCommand(program: Command, _io: CliIo, _setExitCode: (code: number) => void): void {
  program.command('seed').description('(seed: in progress)');
}

import { Command, CommanderError, Option } from 'commander';
import { ExitCode, isGaragePerfError } from '../errors.js';
import { toolVersion } from '../version.js';
import { registerBenchCommand } from './commands/bench.js';
import { registerIndexesCommand } from './commands/indexes.js';
import { registerSeedCommand } from './commands/seed.js';
import type { CliIo } from './io.js';

const examples = `
Examples:
  $ garage-perf bench                              critical suite on the small fixture
  $ garage-perf bench --save-baseline base.json    record a baseline
  $ garage-perf bench --baseline base.json         fail on a real regression (exit 1)
  $ garage-perf indexes --scale medium             index findings with verified fixes
  $ garage-perf seed --scale large                 build fixtures/large-42.db

Exit codes: 0 success, 1 a check failed, 2 bad usage or bad input.`;

/** Builds the program; every command reports its exit code through `setExitCode`. */
export function createProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('garage-perf')
    .description('Performance tooling for the ParkingGarage data layer on Prisma 7 + SQLite.')
    .version(toolVersion, '-V, --version')
    .option('--json', 'machine output on stdout; logs and progress on stderr', false)
    .option('-q, --quiet', 'print nothing but errors (and --json output)', false)
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('--debug', 'print stack traces with errors', false)
    .addOption(new Option('--config <path>', 'config file (default: ./garage-perf.config.json)'))
    .addHelpText('after', examples)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.split('\n')[0] + '\n'),
    });
  registerSeedCommand(program, io, setExitCode);
  registerBenchCommand(program, io, setExitCode);
  registerIndexesCommand(program, io, setExitCode);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI in-process and resolves to the exit code; never calls process.exit. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = createProgram(io, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return ExitCode.ok;
      }
      return ExitCode.badInput;
    }
    const debug = argv.includes('--debug');
    if (isGaragePerfError(error)) {
      io.stderr.write(`garage-perf: ${error.toOneLine()}\n`);
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr.write(`garage-perf: unexpected error: ${message} (rerun with --debug for the stack trace)\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return ExitCode.badInput;
  }
}

/** Entry point of bin/garage-perf. */
export async function runFromProcess(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = code;
}

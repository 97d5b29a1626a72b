import { Chalk, type ChalkInstance } from 'chalk';
import type { CliIo, GlobalOptions } from '../io.js';

/** Where human output goes: stderr when --json owns stdout, nothing with --quiet. */
export interface Logger {
  color: ChalkInstance;
  /** A line of the command's main human output (tables, summaries). */
  out(line: string): void;
  /** A progress or status line; never on stdout under --json. */
  info(line: string): void;
  warn(line: string): void;
  /** Machine output: written only under --json. */
  json(value: unknown): void;
}

export function createLogger(io: CliIo, options: GlobalOptions): Logger {
  const colorEnabled = options.color && !('NO_COLOR' in io.env) && Boolean(io.stderr.isTTY || io.env.FORCE_COLOR);
  const color = new Chalk({ level: colorEnabled ? 1 : 0 });
  const human = options.json ? io.stderr : io.stdout;
  return {
    color,
    out: (line) => {
      if (!options.quiet) human.write(`${line}\n`);
    },
    info: (line) => {
      if (!options.quiet) io.stderr.write(`${line}\n`);
    },
    warn: (line) => {
      io.stderr.write(`${color.yellow('warning')} ${line}\n`);
    },
    json: (value) => {
      if (options.json) io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
  };
}

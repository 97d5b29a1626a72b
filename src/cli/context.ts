import type { Command } from 'commander';
import { loadConfig } from '../config/load-config.js';
import type { GaragePerfConfig } from '../config/schema.js';
import type { CliIo, GlobalOptions } from './io.js';
import { createLogger, type Logger } from './output/log.js';
import { createProgress, type Progress } from './output/progress.js';

/** What every command handler receives: io, global flags, config, logger and progress. */
export interface CommandContext {
  io: CliIo;
  global: GlobalOptions;
  config: GaragePerfConfig;
  log: Logger;
  progress: Progress;
  /** Set by a handler: 0 ok, 1 a check failed. Errors set 2 through the thrown error. */
  setExitCode(code: number): void;
}

export function createContext(command: Command, io: CliIo, setExitCode: (code: number) => void): CommandContext {
  const global = command.optsWithGlobals<GlobalOptions>();
  const { config } = loadConfig(io.cwd, global.config);
  return {
    io,
    global,
    config,
    log: createLogger(io, global),
    progress: createProgress(io, global),
    setExitCode,
  };
}

import ora, { type Ora } from 'ora';
import type { CliIo, GlobalOptions } from '../io.js';

/** A spinner on a terminal, plain lines elsewhere, nothing with --quiet. */
export interface Progress {
  start(text: string): void;
  /** Changes the text, or starts with it when nothing is running (first event, or after succeed/fail/stop). */
  update(text: string): void;
  succeed(text: string): void;
  fail(text: string): void;
  stop(): void;
}

export function createProgress(io: CliIo, options: GlobalOptions): Progress {
  if (options.quiet) return { start() {}, update() {}, succeed() {}, fail() {}, stop() {} };
  if (io.stderr.isTTY && !('CI' in io.env)) {
    let spinner: Ora | undefined;
    const stream = io.stderr as unknown as NodeJS.WriteStream;
    const start = (text: string) => {
      spinner?.stop();
      spinner = ora({ text, stream, color: 'cyan', isEnabled: true }).start();
    };
    return {
      start,
      update: (text) => {
        if (spinner) spinner.text = text;
        else start(text);
      },
      succeed: (text) => {
        spinner?.succeed(text);
        spinner = undefined;
      },
      fail: (text) => {
        spinner?.fail(text);
        spinner = undefined;
      },
      stop: () => {
        spinner?.stop();
        spinner = undefined;
      },
    };
  }
  // Not a terminal: plain lines, throttled so a log is not flooded by updates.
  let running = false;
  let lastUpdate = 0;
  const line = (text: string) => io.stderr.write(`${text}\n`);
  const start = (text: string) => {
    running = true;
    line(text);
  };
  const end = (text?: string) => {
    running = false;
    if (text !== undefined) line(text);
  };
  return {
    start,
    update: (text) => {
      if (!running) return start(text);
      const now = Date.now();
      if (now - lastUpdate >= 2_000) {
        lastUpdate = now;
        line(text);
      }
    },
    succeed: end,
    fail: end,
    stop: () => end(),
  };
}

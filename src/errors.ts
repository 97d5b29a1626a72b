import type { ZodError } from 'zod';

/** Exit codes shared by every command. */
export const ExitCode = { ok: 0, checkFailed: 1, badInput: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Base class of every error garage-perf expects; carries the exit code and the fix. */
export class GaragePerfError extends Error {
  readonly exitCode: ExitCode;
  readonly fix: string | undefined;

  constructor(message: string, options: { exitCode?: ExitCode; fix?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options.exitCode ?? ExitCode.badInput;
    this.fix = options.fix;
  }

  /** One line: what is wrong, then how to fix it. */
  toOneLine(): string {
    return this.fix ? `${this.message}: ${this.fix}` : this.message;
  }
}

/** Bad flags, bad config, a bad input file or database. Exit code 2. */
export class InputError extends GaragePerfError {
  constructor(message: string, fix?: string, cause?: unknown) {
    super(message, { exitCode: ExitCode.badInput, fix, cause });
  }
}

/** A check the user asked for failed (regression, budget, --fail-on). Exit code 1. */
export class CheckFailedError extends GaragePerfError {
  constructor(message: string, fix?: string) {
    super(message, { exitCode: ExitCode.checkFailed, fix });
  }
}

export function isGaragePerfError(error: unknown): error is GaragePerfError {
  return error instanceof GaragePerfError;
}

/** Rewrites zod issues as `message (at: a.b, expected: ...)`, joined on one line. */
export function formatZodError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const at = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      const expected = 'expected' in issue && issue.expected ? `, expected: ${String(issue.expected)}` : '';
      const keys = issue.code === 'unrecognized_keys' ? `, keys: ${issue.keys.join(', ')}` : '';
      return `${issue.message} (at: ${at}${expected}${keys})`;
    })
    .join('; ');
}

/** Every user-facing error message, in one place so the wording stays consistent. */
export const messages = {
  fileNotFound: (what: string, path: string) => new InputError(`${what} not found: ${path}`, 'check the path'),
  notASqliteDatabase: (path: string) =>
    new InputError(`${path} is not a SQLite database`, 'pass the path of a .db file written by SQLite'),
  invalidConfig: (path: string, detail: string) =>
    new InputError(`invalid config ${path}: ${detail}`, 'fix the file or remove it to use the defaults'),
  unreadableConfig: (path: string, detail: string) =>
    new InputError(`cannot read config ${path}: ${detail}`, 'it must be a JSON object'),
  invalidOption: (flag: string, value: string, expected: string) =>
    new InputError(`invalid value for ${flag}: ${JSON.stringify(value)}`, `expected ${expected}`),
  conflictingOptions: (a: string, b: string) =>
    new InputError(`${a} and ${b} cannot be used together`, `pass only one of them`),
  refuseOverwrite: (path: string) =>
    new InputError(`${path} exists and is not a garage-perf fixture`, 'choose another --out or pass --force to replace it'),
  fixtureBusy: (path: string, seconds: number) =>
    new InputError(`another process is still building ${path} after ${seconds}s`, 'wait for it or remove the stale .lock file beside it'),
  outputDirectoryMissing: (dir: string) => new InputError(`folder ${dir} does not exist`, 'create it or choose another --out'),
  badWorkloadFile: (path: string, detail: string) =>
    new InputError(`workload ${path} cannot be read: ${detail}`, 'see docs/performance/indexes.md for the .sql and .json formats'),
  unknownWorkload: (value: string) =>
    new InputError(`unknown workload ${JSON.stringify(value)}`, 'use critical, all, or the path of a .sql or .json file'),
  databaseChanging: (path: string, attempts: number) =>
    new InputError(`${path} changed while being copied, ${attempts} times`, 'analyze a database no process is writing to, or a backup of it (sqlite3 app.db ".backup copy.db")'),
  badPrismaSchema: (path: string, detail: string) =>
    new InputError(`${path} cannot be parsed as a Prisma schema: ${detail}`, 'pass a valid schema.prisma with --schema, or leave --schema out'),
  noWorkloadToSave: (path: string) =>
    new InputError(`--save-workload ${path} needs a workload`, 'pass --workload critical, all or a file (with --db there is none by default)'),
  statementFailed: (source: string, detail: string) =>
    new InputError(`statement ${source} cannot be planned on this database: ${detail}`, 'check that the workload matches the database schema'),
  fixtureLacksData: (caseId: string, query: string) =>
    new InputError(`the database has no rows for benchmark ${caseId} (${query})`, 'run it on a garage-perf fixture (--scale) or a database with that data'),
  invalidBaseline: (path: string, detail: string) =>
    new InputError(`${path} is not a garage-perf bench baseline: ${detail}`, 'save one with `garage-perf bench --save-baseline PATH`'),
  baselineOtherFixture: (path: string, baseline: string, current: string) =>
    new InputError(
      `baseline ${path} was taken on other fixture data (${baseline}; this run: ${current})`,
      'run with the same --scale and --seed, or pass --force-compare',
    ),
  baselineOtherSuites: (path: string) =>
    new InputError(
      `baseline ${path} was taken with other benchmark definitions (suites or case versions differ)`,
      'run the same --suite, save a new baseline, or pass --force-compare',
    ),
} as const;

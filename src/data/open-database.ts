import { existsSync } from 'node:fs';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { messages } from '../errors.js';
import { PrismaClient } from '../generated/prisma/client.js';
import {
  type DatabaseSettings,
  type Environment,
  pragmaStatements,
  resolveDatabaseSettings,
} from './settings.js';
import { captureStatements, type StatementListener } from './statement-capture.js';

export type GarageClient = PrismaClient;

/** The pragmas as SQLite reports them after they were applied. */
export interface AppliedPragmas {
  journalMode: string;
  synchronous: number;
  foreignKeys: number;
  busyTimeoutMs: number;
  cacheSize: number;
  mmapSizeBytes: number;
  tempStore: number;
}

export interface OpenDatabaseOptions {
  path: string;
  environment?: Environment;
  settings?: Partial<DatabaseSettings>;
  /** Sees every statement Prisma sends through the driver adapter. */
  onStatement?: StatementListener;
}

export interface GarageDatabase {
  client: GarageClient;
  settings: DatabaseSettings;
  pragmas: AppliedPragmas;
  /** Replaces the statement listener (undefined stops capturing). */
  setStatementListener(listener: StatementListener | undefined): void;
  close(): Promise<void>;
}

/**
 * Opens an existing SQLite database as a ready PrismaClient over the better-sqlite3 driver
 * adapter, with the environment's pragmas applied and read back.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<GarageDatabase> {
  if (!existsSync(options.path)) throw messages.fileNotFound('database', options.path);
  const settings = resolveDatabaseSettings(options.environment ?? 'development', options.settings);
  let listener = options.onStatement;
  const adapter = captureStatements(
    new PrismaBetterSqlite3({ url: options.path, fileMustExist: true, timeout: settings.busyTimeoutMs }),
    () => listener,
  );
  const client = new PrismaClient({ adapter });
  try {
    const paused = listener;
    listener = undefined;
    for (const statement of pragmaStatements(settings)) await client.$queryRawUnsafe(statement);
    const pragmas = await readPragmas(client);
    listener = paused;
    return {
      client,
      settings,
      pragmas,
      setStatementListener: (next) => {
        listener = next;
      },
      close: () => client.$disconnect(),
    };
  } catch (error) {
    await client.$disconnect();
    throw error;
  }
}

/** Runs `SELECT 1` and returns how long it took: the connection health check. */
export async function pingDatabase(client: GarageClient): Promise<{ ok: boolean; latencyMs: number; error?: string }> {
  const started = performance.now();
  try {
    await client.$queryRawUnsafe('SELECT 1');
    return { ok: true, latencyMs: performance.now() - started };
  } catch (error) {
    return { ok: false, latencyMs: performance.now() - started, error: (error as Error).message };
  }
}

async function readPragmas(client: GarageClient): Promise<AppliedPragmas> {
  const read = async (name: string): Promise<unknown> => {
    const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
    const first = rows[0] ?? {};
    return Object.values(first)[0];
  };
  return {
    journalMode: String(await read('journal_mode')).toUpperCase(),
    synchronous: Number(await read('synchronous')),
    foreignKeys: Number(await read('foreign_keys')),
    busyTimeoutMs: Number(await read('busy_timeout')),
    cacheSize: Number(await read('cache_size')),
    mmapSizeBytes: Number(await read('mmap_size')),
    tempStore: Number(await read('temp_store')),
  };
}

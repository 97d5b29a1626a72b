import { z } from 'zod';

export const environmentSchema = z.enum(['development', 'test', 'ci', 'production']);
export type Environment = z.infer<typeof environmentSchema>;

/** The pragmas garage-perf applies to every connection it opens. */
export const databaseSettingsSchema = z
  .object({
    journalMode: z.enum(['WAL', 'DELETE', 'TRUNCATE', 'MEMORY', 'OFF']),
    synchronous: z.enum(['OFF', 'NORMAL', 'FULL', 'EXTRA']),
    foreignKeys: z.boolean(),
    busyTimeoutMs: z.number().int().min(0).max(600_000),
    /** Negative: KiB, as SQLite takes it; positive: pages. */
    cacheSize: z.number().int(),
    mmapSizeBytes: z.number().int().min(0),
    tempStore: z.enum(['DEFAULT', 'FILE', 'MEMORY']),
  })
  .strict();
export type DatabaseSettings = z.infer<typeof databaseSettingsSchema>;

const shared = {
  journalMode: 'WAL',
  synchronous: 'NORMAL',
  foreignKeys: true,
  tempStore: 'MEMORY',
} as const;

/**
 * Settings per environment. One writer at a time is all SQLite allows, so "pool size" means
 * one connection per process; what varies is how long a writer waits and how much memory
 * the page cache and memory map may take.
 */
export const settingsByEnvironment: Record<Environment, DatabaseSettings> = {
  development: { ...shared, busyTimeoutMs: 5_000, cacheSize: -65_536, mmapSizeBytes: 268_435_456 },
  test: { ...shared, busyTimeoutMs: 5_000, cacheSize: -16_384, mmapSizeBytes: 0 },
  ci: { ...shared, busyTimeoutMs: 15_000, cacheSize: -16_384, mmapSizeBytes: 0 },
  production: { ...shared, busyTimeoutMs: 5_000, cacheSize: -131_072, mmapSizeBytes: 1_073_741_824 },
};

/** The settings of an environment with overrides applied, validated. */
export function resolveDatabaseSettings(
  environment: Environment,
  overrides: Partial<DatabaseSettings> = {},
): DatabaseSettings {
  return databaseSettingsSchema.parse({ ...settingsByEnvironment[environment], ...overrides });
}

/** The PRAGMA statements that apply settings, in the order they must run. */
export function pragmaStatements(settings: DatabaseSettings): string[] {
  return [
    `PRAGMA busy_timeout = ${settings.busyTimeoutMs}`,
    `PRAGMA journal_mode = ${settings.journalMode}`,
    `PRAGMA synchronous = ${settings.synchronous}`,
    `PRAGMA foreign_keys = ${settings.foreignKeys ? 'ON' : 'OFF'}`,
    `PRAGMA cache_size = ${settings.cacheSize}`,
    `PRAGMA mmap_size = ${settings.mmapSizeBytes}`,
    `PRAGMA temp_store = ${settings.tempStore}`,
  ];
}

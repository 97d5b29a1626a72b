import { cpus, platform, release, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { toolVersion } from '../version.js';

export const environmentFingerprintSchema = z.object({
  tool: z.string(),
  node: z.string(),
  prisma: z.string(),
  betterSqlite3: z.string(),
  sqlite: z.string(),
  os: z.string(),
  cpuModel: z.string(),
  cores: z.number().int(),
  memoryBytes: z.number(),
});
export type EnvironmentFingerprint = z.infer<typeof environmentFingerprintSchema>;

/** What a report records of the machine and software that produced it. */
export function readEnvironmentFingerprint(): EnvironmentFingerprint {
  const require = createRequire(import.meta.url);
  const versionOf = (name: string) => {
    try {
      return (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  const memory = new Database(':memory:');
  const sqlite = (memory.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  memory.close();
  const cpuList = cpus();
  return {
    tool: toolVersion,
    node: process.version,
    prisma: versionOf('@prisma/client'),
    betterSqlite3: versionOf('better-sqlite3'),
    sqlite,
    os: `${platform()} ${release()}`,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryBytes: totalmem(),
  };
}

/** The fields whose difference makes timings from two machines hard to compare. */
export function environmentDifferences(a: EnvironmentFingerprint, b: EnvironmentFingerprint): string[] {
  const keys = ['cpuModel', 'cores', 'node', 'sqlite', 'prisma', 'os'] as const;
  return keys.filter((key) => a[key] !== b[key]).map((key) => `${key}: ${String(a[key])} -> ${String(b[key])}`);
}

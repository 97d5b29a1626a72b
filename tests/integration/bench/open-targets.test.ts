import { afterEach, describe, expect, it } from 'vitest';
import { type OpenTarget, openTarget } from '../../../src/bench/open-targets.js';
import type { Environment } from '../../../src/data/settings.js';
import { buildSmallGarage } from '../../helpers/small-garage.js';

/** The pragmas `pragmaStatements` sets, read back by name. */
const pragmas = ['journal_mode', 'synchronous', 'foreign_keys', 'busy_timeout', 'cache_size', 'mmap_size', 'temp_store'];

let target: OpenTarget | undefined;

afterEach(async () => {
  await target?.close();
  target = undefined;
});

describe('openTarget', () => {
  it.each<Environment>(['test', 'production'])('gives the raw connection the pragmas of the Prisma connection (%s)', async (environment) => {
    target = await openTarget(buildSmallGarage(), environment);
    const viaPrisma: Record<string, string> = {};
    const viaRaw: Record<string, string> = {};
    for (const name of pragmas) {
      const rows = await target.client.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
      viaPrisma[name] = String(Object.values(rows[0] ?? {})[0]).toUpperCase();
      viaRaw[name] = String(target.raw.pragma(name, { simple: true })).toUpperCase();
    }
    expect(viaRaw).toEqual(viaPrisma);
    // Not SQLite's defaults (synchronous FULL, temp_store DEFAULT) but the environment's settings.
    expect(viaRaw.synchronous).toBe(String(target.database.pragmas.synchronous));
    expect(viaRaw.temp_store).toBe(String(target.database.pragmas.tempStore));
    expect(viaRaw.cache_size).toBe(String(target.database.pragmas.cacheSize));
  });
});

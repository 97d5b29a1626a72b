import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, pingDatabase } from '../../../src/data/open-database.js';
import { InputError } from '../../../src/errors.js';
import { emptyGarageDatabase, tempDir } from '../../helpers/temp-db.js';

describe('openDatabase', () => {
  it('applies the environment pragmas and reads them back', async () => {
    const database = await openDatabase({ path: emptyGarageDatabase(), environment: 'production' });
    try {
      expect(database.pragmas).toEqual({
        journalMode: 'WAL',
        synchronous: 1,
        foreignKeys: 1,
        busyTimeoutMs: 5000,
        cacheSize: -131072,
        mmapSizeBytes: 1073741824,
        tempStore: 2,
      });
      expect((await pingDatabase(database.client)).ok).toBe(true);
    } finally {
      await database.close();
    }
  });

  it('applies overrides', async () => {
    const database = await openDatabase({ path: emptyGarageDatabase(), environment: 'test', settings: { synchronous: 'FULL', cacheSize: -1000 } });
    try {
      expect(database.pragmas.synchronous).toBe(2);
      expect(database.pragmas.cacheSize).toBe(-1000);
    } finally {
      await database.close();
    }
  });

  it('enforces foreign keys through Prisma', async () => {
    const database = await openDatabase({ path: emptyGarageDatabase() });
    try {
      await expect(
        database.client.vehicle.create({ data: { ownerId: 'nobody', licensePlate: 'X1', make: 'a', model: 'b' } }),
      ).rejects.toThrow(/Foreign key constraint/i);
    } finally {
      await database.close();
    }
  });

  it('captures every statement Prisma sends, with bound values', async () => {
    const seen: string[] = [];
    const database = await openDatabase({ path: emptyGarageDatabase(), onStatement: (s) => seen.push(`${s.sql} ${JSON.stringify(s.params)}`) });
    try {
      await database.client.user.findUnique({ where: { email: 'a@b.c' } });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatch(/FROM `main`\.`users` WHERE .*"a@b\.c"/);
      database.setStatementListener(undefined);
      await database.client.user.findUnique({ where: { email: 'a@b.c' } });
      expect(seen).toHaveLength(1);
    } finally {
      await database.close();
    }
  });

  it('refuses a missing file with exit code 2 and creates nothing', async () => {
    const path = join(tempDir(), 'missing.db');
    await expect(openDatabase({ path })).rejects.toBeInstanceOf(InputError);
  });

  it('refuses to pretend a text file is a database', async () => {
    const path = join(tempDir(), 'not.db');
    writeFileSync(path, 'hello');
    await expect(openDatabase({ path })).rejects.toThrow();
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type CapturableCase, captureWorkload } from '../../../src/indexes/capture-workload.js';
import { buildSmallGarage, smallGarageNow } from '../../helpers/small-garage.js';
import { hashFiles } from '../../helpers/hash-files.js';

/** A tiny case list against the bench contract: a read with IN lists of varying length, a write in a transaction. */
const cases: CapturableCase[] = [
  {
    id: 'test.users-by-id',
    prepare: (raw) => (raw.prepare('SELECT id FROM users ORDER BY id').all() as Array<{ id: string }>).map((row) => row.id),
    orm: (client, ids, iteration) =>
      client.user.findMany({ where: { id: { in: (ids as string[]).slice(0, iteration + 1) } }, select: { id: true } }),
  },
  {
    id: 'test.rename-garage',
    prepare: () => ({ id: 'g1' }),
    orm: (client, inputs, iteration) =>
      client.$transaction([
        client.garage.update({ where: { id: (inputs as { id: string }).id }, data: { name: `Renamed ${iteration}` } }),
        client.garage.count(),
      ]),
  },
];

describe('captureWorkload', () => {
  it('captures what Prisma sends, grouped by shape with call counts, on a copy the writes never leave', async () => {
    const path = buildSmallGarage();
    const before = hashFiles(path);
    const seen: string[] = [];
    const workload = await captureWorkload({ path, name: 'tiny', cases, now: smallGarageNow, onCase: (id) => seen.push(id) });
    expect(hashFiles(path)).toEqual(before);
    expect(seen).toEqual(['test.users-by-id', 'test.rename-garage']);
    expect(workload.name).toBe('tiny');

    // IN lists of 1, 2 and 3 ids are one shape called three times, with the first parameters.
    const byId = workload.statements.filter((statement) => statement.source === 'test.users-by-id');
    expect(byId).toHaveLength(1);
    expect(byId[0]?.calls).toBe(3);
    expect(byId[0]?.sql).toMatch(/FROM `main`\.`users` WHERE `main`\.`users`\.`id` IN \(\?\)/);
    expect(byId[0]?.params[0]).toBe('u1');

    // The transaction's BEGIN / COMMIT are left out; its statements are kept with their source.
    const rename = workload.statements.filter((statement) => statement.source === 'test.rename-garage');
    expect(rename.map((statement) => statement.sql.split(' ')[0]).sort()).toEqual(['SELECT', 'UPDATE']);
    expect(rename.every((statement) => statement.calls === 3)).toBe(true);
    expect(workload.statements.some((statement) => /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|PRAGMA)/i.test(statement.sql))).toBe(false);

    const check = new Database(path, { readonly: true });
    expect((check.prepare("SELECT name FROM garages WHERE id = 'g1'").get() as { name: string }).name).not.toMatch(/^Renamed/);
    check.close();
  });
});

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GarageDatabase, openDatabase } from '../../../src/data/open-database.js';
import * as ops from '../../../src/data/operations/index.js';
import * as raw from '../../../src/data/raw/index.js';
import { buildSmallGarage, smallGarageNow as now } from '../../helpers/small-garage.js';

const day = 86_400_000;
let orm: GarageDatabase;
let twin: Database.Database;
let statements: string[];

/** Two copies of the same data: one for the Prisma operations, one for the raw twins. */
beforeEach(async () => {
  statements = [];
  orm = await openDatabase({ path: buildSmallGarage(), onStatement: (s) => statements.push(s.sql) });
  twin = new Database(buildSmallGarage());
});

afterEach(async () => {
  await orm.close();
  twin.close();
});

const withoutIds = <T extends object>(value: T, ...keys: string[]) =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

describe('operations and their raw-SQL twins return the same results', () => {
  it('authenticateUser', async () => {
    for (const email of ['ann@example.test', 'cy@example.test', 'di@example.test', 'nobody@example.test']) {
      expect(await ops.authenticateUser(orm.client, email, now), email).toEqual(raw.authenticateUserRaw(twin, email, now));
    }
    expect(await ops.authenticateUser(orm.client, 'ann@example.test', now)).toMatchObject({ id: 'u1', lastLoginAt: now });
    expect(await ops.authenticateUser(orm.client, 'cy@example.test', now)).toBeNull();
    expect(await ops.authenticateUser(orm.client, 'di@example.test', now)).toBeNull();
  });

  it('registerVehicle', async () => {
    const input = { ownerId: 'u2', licensePlate: 'ZZ000001', make: 'Kia', model: 'Ceed', type: 'COMPACT' as const };
    const a = await ops.registerVehicle(orm.client, input);
    const b = raw.registerVehicleRaw(twin, input);
    expect(withoutIds(a, 'id')).toEqual(withoutIds(b, 'id'));
    expect(a.id).toMatch(/^c[a-z0-9]{20,}$/);
    expect(b.id).toMatch(/^c[a-z0-9]{24}$/);
    await expect(ops.registerVehicle(orm.client, input)).rejects.toThrow(/Unique constraint/i);
  });

  it('startSession and endSession', async () => {
    const input = { userId: 'u1', vehicleId: 'v2', garageId: 'g1', now };
    const a = await ops.startSession(orm.client, input);
    const b = raw.startSessionRaw(twin, input);
    expect(withoutIds(a, 'sessionId')).toEqual(withoutIds(b, 'sessionId'));
    expect(a).toMatchObject({ spotId: 'g1f1s4', spotNumber: 1004, hourlyRateCents: 300 });

    const end = { now: new Date(now.getTime() + 95 * 60_000), method: 'APP' as const };
    const endedA = await ops.endSession(orm.client, { sessionId: a.sessionId, ...end });
    const endedB = raw.endSessionRaw(twin, { sessionId: b.sessionId, ...end });
    expect(withoutIds(endedA, 'sessionId', 'paymentId')).toEqual(withoutIds(endedB, 'sessionId', 'paymentId'));
    expect(endedA).toMatchObject({ durationMinutes: 95, amountCents: 600 });
    expect(await orm.client.parkingSpot.findUnique({ where: { id: 'g1f1s4' }, select: { status: true } })).toEqual({ status: 'AVAILABLE' });
  });

  it('startSession refuses a parked vehicle, a foreign vehicle and a full garage, changing nothing', async () => {
    await expect(ops.startSession(orm.client, { userId: 'u1', vehicleId: 'v1', garageId: 'g1', now })).rejects.toThrow(/vehicle-already-parked/);
    await expect(ops.startSession(orm.client, { userId: 'u2', vehicleId: 'v2', garageId: 'g1', now })).rejects.toThrow(/vehicle-not-owned/);
    expect(() => raw.startSessionRaw(twin, { userId: 'u1', vehicleId: 'v1', garageId: 'g1', now })).toThrow(/vehicle-already-parked/);
    await ops.startSession(orm.client, { userId: 'u1', vehicleId: 'v2', garageId: 'g2', now });
    await expect(ops.startSession(orm.client, { userId: 'u4', vehicleId: 'v5', garageId: 'g9', now })).rejects.toThrow(/no-free-spot/);
    expect(await orm.client.parkingSession.count({ where: { status: 'ACTIVE' } })).toBe(4);
  });

  it('listActiveSessions, by garage and by user', async () => {
    const byGarage = await ops.listActiveSessions(orm.client, { garageId: 'g1', limit: 10 });
    expect(byGarage).toEqual(raw.listActiveSessionsRaw(twin, { garageId: 'g1', limit: 10 }));
    expect(byGarage.map((row) => row.id)).toEqual(['a2', 'a1']);
    expect(byGarage[1]).toMatchObject({ spotNumber: 1001, licensePlate: 'AB12CDE', userName: 'Ann Lee' });
    const byUser = await ops.listActiveSessions(orm.client, { userId: 'u3', limit: 10 });
    expect(byUser).toEqual(raw.listActiveSessionsRaw(twin, { userId: 'u3', limit: 10 }));
    expect(await ops.listActiveSessions(orm.client, { garageId: 'g1', limit: 1 })).toHaveLength(1);
  });

  it('getUserProfile, without N+1 queries', async () => {
    const profile = await ops.getUserProfile(orm.client, 'u1');
    expect(profile).toEqual(raw.getUserProfileRaw(twin, 'u1'));
    expect(profile?.vehicles.map((v) => v.licensePlate)).toEqual(['AA11AAA', 'AB12CDE']);
    expect(profile?.vehicles[1]?.recentSessions.map((s) => s.id)).toEqual(['a1', 'c2', 'c1']);
    expect(statements).toHaveLength(3);
    expect(await ops.getUserProfile(orm.client, 'nobody')).toBeNull();
  });

  it('dailyRevenue, with zero days and both ends inclusive', async () => {
    const from = new Date(now.getTime() - 4 * day);
    const rows = await ops.dailyRevenue(orm.client, from, now);
    expect(rows).toEqual(raw.dailyRevenueRaw(twin, from, now));
    expect(rows.find((row) => row.day === '2026-11-28')).toEqual({ day: '2026-11-28', revenueCents: 1100, payments: 2 });
    expect(rows.map((row) => row.day)).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30']);
    expect(rows.reduce((sum, row) => sum + row.revenueCents, 0)).toBe(1500 + 600 + 300 + 800 + 900 + 200);
    expect(rows.reduce((sum, row) => sum + row.payments, 0)).toBe(6);
  });

  it('occupancyByFloor', async () => {
    const rows = await ops.occupancyByFloor(orm.client, 'g1');
    expect(rows).toEqual(raw.occupancyByFloorRaw(twin, 'g1'));
    expect(rows).toEqual([
      { level: 1, spots: 4, occupied: 2, occupancyPct: 50 },
      { level: 2, spots: 4, occupied: 0, occupancyPct: 0 },
    ]);
  });

  it('topCustomers, aggregated in SQL', async () => {
    const from = new Date(now.getTime() - 30 * day);
    const rows = await ops.topCustomers(orm.client, from, now, 2);
    expect(rows).toEqual(raw.topCustomersRaw(twin, from, now, 2));
    expect(rows).toEqual([
      { userId: 'u1', name: 'Ann Lee', email: 'ann@example.test', sessions: 3, spentCents: 1800 },
      { userId: 'u3', name: 'Cy Fox', email: 'cy@example.test', sessions: 1, spentCents: 1500 },
    ]);
    expect(statements).toHaveLength(2);
  });
});

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeSessionsCase } from '../../../src/bench/cases/session-cases.js';
import { defineCase } from '../../../src/bench/cases/types.js';
import { compareCounters, judgeBenchmark } from '../../../src/bench/compare/index.js';
import { measureCounters } from '../../../src/bench/counters.js';
import { type GarageDatabase, openDatabase } from '../../../src/data/open-database.js';
import { buildSmallGarage, smallGarageNow } from '../../helpers/small-garage.js';

/** sessions.active written the naive way: one query for the sessions, then three per row. */
const activeSessionsWithNPlusOne = defineCase({
  ...activeSessionsCase,
  orm: async (client, inputs: { garageIds: string[] }, i) => {
    const sessions = await client.parkingSession.findMany({
      where: { garageId: inputs.garageIds[i % inputs.garageIds.length], status: 'ACTIVE' },
      orderBy: { startTime: 'desc' },
      take: 20,
      select: { id: true, startTime: true, spotId: true, vehicleId: true, userId: true },
    });
    const rows = [];
    for (const session of sessions) {
      const spot = await client.parkingSpot.findUnique({ where: { id: session.spotId }, select: { number: true } });
      const vehicle = await client.vehicle.findUnique({ where: { id: session.vehicleId }, select: { licensePlate: true } });
      const user = await client.user.findUnique({ where: { id: session.userId }, select: { firstName: true, lastName: true } });
      rows.push({ id: session.id, startTime: session.startTime, spotNumber: spot?.number, licensePlate: vehicle?.licensePlate, userName: `${user?.firstName} ${user?.lastName}` });
    }
    return rows;
  },
});

let database: GarageDatabase;
let raw: Database.Database;

beforeEach(async () => {
  const path = buildSmallGarage();
  database = await openDatabase({ path });
  raw = new Database(path);
});

afterEach(async () => {
  raw.close();
  await database.close();
});

describe('the statement counter', () => {
  it('counts the statements, rows and plans of an operation the same way every time', async () => {
    const inputs = activeSessionsCase.prepare(raw, { now: smallGarageNow });
    const first = await measureCounters(activeSessionsCase, inputs, { database, raw });
    const second = await measureCounters(activeSessionsCase, inputs, { database, raw });
    expect(second).toEqual(first);
    expect(first.statementsPerCall).toBe(4);
    expect(first.statements[0]?.plan).toBe('SEARCH parking_sessions parking_sessions_active_idx');
  });

  it('catches an N+1 query whatever the timings say', async () => {
    const inputs = activeSessionsCase.prepare(raw, { now: smallGarageNow });
    const before = await measureCounters(activeSessionsCase, inputs, { database, raw });
    const after = await measureCounters(activeSessionsWithNPlusOne, inputs, { database, raw });
    expect(after.resultChecksum).toBe(before.resultChecksum);
    expect(after.statementsPerCall).toBeGreaterThan(before.statementsPerCall);

    const comparison = compareCounters(before, after);
    expect(comparison.verdict).toBe('regressed');
    const judged = judgeBenchmark({ id: 'sessions.active', counters: comparison });
    expect(judged.verdict).toBe('fail');
    expect(judged.failures.map((failure) => failure.check)).toContain('statements');
    expect(judged.failures[0]?.message).toMatch(/^sessions\.active: statements per call 4 -> \d+/);
  });
});

import type Database from 'better-sqlite3';
import { messages } from '../../errors.js';
import { endSession, listActiveSessions, startSession } from '../../data/operations/index.js';
import { endSessionRaw, listActiveSessionsRaw, startSessionRaw } from '../../data/raw/index.js';
import { afterNow, pick, sampleRows } from './sample-inputs.js';
import { defineCase } from './types.js';

interface Parker {
  userId: string;
  vehicleId: string;
  garageId: string;
}

interface ParkingInputs {
  now: Date;
  parkers: Parker[];
  /** The session opened by beforeEach (end) or by the measured call (start). */
  open: { sessionId: string | undefined };
}

const activeListLimit = 20;

export const startSessionCase = defineCase<ParkingInputs>({
  id: 'sessions.start',
  title: 'Session creation (claim a spot, open the session)',
  suites: ['critical'],
  budgetMs: 150,
  writes: true,
  version: 1,
  prepare: (raw, fixture) => ({ now: fixture.now, parkers: sampleParkers(raw, 'sessions.start'), open: { sessionId: undefined } }),
  orm: async (client, inputs, i) => remember(inputs, await startSession(client, startInput(inputs, i))),
  raw: (db, inputs, i) => remember(inputs, startSessionRaw(db, startInput(inputs, i))),
  afterEach: (db, inputs, i) => closeOpenSession(db, inputs, afterNow(inputs.now, i, 60)),
  stableResult: (result) => {
    const { sessionId: _id, ...rest } = result as Record<string, unknown>;
    return rest;
  },
});

export const endSessionCase = defineCase<ParkingInputs>({
  id: 'sessions.end',
  title: 'Session end (bill, record the payment, free the spot)',
  suites: ['critical'],
  budgetMs: 150,
  writes: true,
  version: 1,
  prepare: (raw, fixture) => ({ now: fixture.now, parkers: sampleParkers(raw, 'sessions.end'), open: { sessionId: undefined } }),
  beforeEach: (db, inputs, i) => {
    inputs.open.sessionId = startSessionRaw(db, startInput(inputs, i)).sessionId;
  },
  orm: (client, inputs, i) => endSession(client, endInput(inputs, i)),
  raw: (db, inputs, i) => endSessionRaw(db, endInput(inputs, i)),
  stableResult: (result) => {
    const { sessionId: _id, paymentId: _payment, ...rest } = result as Record<string, unknown>;
    return rest;
  },
});

export const activeSessionsCase = defineCase({
  id: 'sessions.active',
  title: `Active sessions of a garage, newest ${activeListLimit}`,
  suites: ['critical'],
  budgetMs: 50,
  writes: false,
  version: 1,
  prepare: (raw) => ({
    garageIds: sampleRows<{ id: string }>(raw, 'sessions.active', 'SELECT id FROM garages ORDER BY id').map((row) => row.id),
  }),
  orm: (client, inputs, i) => listActiveSessions(client, { garageId: pick(inputs.garageIds, i), limit: activeListLimit }),
  raw: (db, inputs, i) => listActiveSessionsRaw(db, { garageId: pick(inputs.garageIds, i), limit: activeListLimit }),
});

/** Vehicles not parked now, each with a garage that has a free spot of its type. */
function sampleParkers(raw: Database.Database, caseId: string): Parker[] {
  const vehicles = sampleRows<{ id: string; owner_id: string; type: string }>(
    raw,
    caseId,
    `SELECT v.id, v.owner_id, v.type FROM vehicles v
     WHERE v.rowid % 7 = 0 AND NOT EXISTS (SELECT 1 FROM parking_sessions s WHERE s.vehicle_id = v.id AND s.status = 'ACTIVE')
     ORDER BY v.rowid`,
  );
  const garagesWithRoom = raw.prepare(
    "SELECT DISTINCT garage_id FROM parking_spots WHERE type = ? AND status = 'AVAILABLE' ORDER BY garage_id",
  );
  const parkers: Parker[] = [];
  vehicles.forEach((vehicle, index) => {
    const garages = (garagesWithRoom.all(vehicle.type) as Array<{ garage_id: string }>).map((row) => row.garage_id);
    if (garages.length > 0) parkers.push({ userId: vehicle.owner_id, vehicleId: vehicle.id, garageId: pick(garages, index) });
  });
  if (parkers.length === 0) throw messages.fixtureLacksData(caseId, 'an available spot of a free vehicle\'s type');
  return parkers;
}

function startInput(inputs: ParkingInputs, i: number) {
  return { ...pick(inputs.parkers, i), now: afterNow(inputs.now, i) };
}

function endInput(inputs: ParkingInputs, i: number) {
  return { sessionId: inputs.open.sessionId ?? '', now: afterNow(inputs.now, i, 95), method: 'CARD' as const };
}

function remember<Result extends { sessionId: string }>(inputs: ParkingInputs, result: Result): Result {
  inputs.open.sessionId = result.sessionId;
  return result;
}

function closeOpenSession(db: Database.Database, inputs: ParkingInputs, at: Date): void {
  if (inputs.open.sessionId === undefined) return;
  endSessionRaw(db, { sessionId: inputs.open.sessionId, now: at, method: 'CARD' });
  inputs.open.sessionId = undefined;
}

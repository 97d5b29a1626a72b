import type Database from 'better-sqlite3';
import { OperationRefusedError } from '../operations/errors.js';
import {
  type ActiveSessionFilter,
  type ActiveSessionRow,
  billSession,
  type EndedSession,
  type EndSessionInput,
  type StartedSession,
  type StartSessionInput,
} from '../operations/types.js';
import { newId } from './ids.js';
import { prepared, toDbTime } from './statement-cache.js';

/** Raw twin of startSession, in one IMMEDIATE transaction. */
export function startSessionRaw(db: Database.Database, input: StartSessionInput): StartedSession {
  return db.transaction(() => {
    const vehicle = prepared(db, 'SELECT type FROM vehicles WHERE id = ? AND owner_id = ?').get(input.vehicleId, input.userId) as
      | { type: string }
      | undefined;
    if (!vehicle) throw new OperationRefusedError('vehicle-not-owned', `vehicle ${input.vehicleId} of user ${input.userId}`);
    const parked = prepared(db, "SELECT 1 FROM parking_sessions WHERE vehicle_id = ? AND status = 'ACTIVE' LIMIT 1").get(input.vehicleId);
    if (parked) throw new OperationRefusedError('vehicle-already-parked', input.vehicleId);
    const spot = prepared(
      db,
      `SELECT s.id, s.number, g.hourly_rate_cents FROM parking_spots s JOIN garages g ON g.id = s.garage_id
       WHERE s.garage_id = ? AND s.type = ? AND s.status = 'AVAILABLE' ORDER BY s.number LIMIT 1`,
    ).get(input.garageId, vehicle.type) as { id: string; number: number; hourly_rate_cents: number } | undefined;
    if (!spot) throw new OperationRefusedError('no-free-spot', `no ${vehicle.type} spot in garage ${input.garageId}`);
    prepared(db, "UPDATE parking_spots SET status = 'OCCUPIED' WHERE id = ? AND status = 'AVAILABLE'").run(spot.id);
    const sessionId = newId();
    const stamp = toDbTime(new Date());
    prepared(
      db,
      `INSERT INTO parking_sessions (id, user_id, vehicle_id, spot_id, garage_id, status, start_time, hourly_rate_cents, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)`,
    ).run(sessionId, input.userId, input.vehicleId, spot.id, input.garageId, toDbTime(input.now), spot.hourly_rate_cents, stamp, stamp);
    return { sessionId, spotId: spot.id, spotNumber: spot.number, startTime: input.now, hourlyRateCents: spot.hourly_rate_cents };
  }).immediate();
}

/** Raw twin of endSession, in one IMMEDIATE transaction. */
export function endSessionRaw(db: Database.Database, input: EndSessionInput): EndedSession {
  return db.transaction(() => {
    const session = prepared(db, 'SELECT status, start_time, hourly_rate_cents, spot_id FROM parking_sessions WHERE id = ?').get(
      input.sessionId,
    ) as { status: string; start_time: string; hourly_rate_cents: number; spot_id: string } | undefined;
    if (!session || session.status !== 'ACTIVE') throw new OperationRefusedError('session-not-active', input.sessionId);
    const bill = billSession(new Date(session.start_time), input.now, session.hourly_rate_cents);
    const end = toDbTime(input.now);
    prepared(
      db,
      `UPDATE parking_sessions SET status = 'COMPLETED', end_time = ?, duration_minutes = ?, amount_cents = ?, updated_at = ?
       WHERE id = ? AND status = 'ACTIVE'`,
    ).run(end, bill.durationMinutes, bill.amountCents, toDbTime(new Date()), input.sessionId);
    const paymentId = newId();
    prepared(
      db,
      `INSERT INTO payments (id, session_id, amount_cents, method, status, paid_at, created_at) VALUES (?, ?, ?, ?, 'COMPLETED', ?, ?)`,
    ).run(paymentId, input.sessionId, bill.amountCents, input.method, end, toDbTime(new Date()));
    prepared(db, "UPDATE parking_spots SET status = 'AVAILABLE' WHERE id = ?").run(session.spot_id);
    return { sessionId: input.sessionId, ...bill, paymentId };
  }).immediate();
}

/** Raw twin of listActiveSessions: one query with joins. */
export function listActiveSessionsRaw(db: Database.Database, filter: ActiveSessionFilter): ActiveSessionRow[] {
  const column = filter.garageId !== undefined ? 's.garage_id' : 's.user_id';
  const rows = prepared(
    db,
    `SELECT s.id, s.start_time, p.number, v.license_plate, u.first_name || ' ' || u.last_name AS user_name
     FROM parking_sessions s
     JOIN parking_spots p ON p.id = s.spot_id
     JOIN vehicles v ON v.id = s.vehicle_id
     JOIN users u ON u.id = s.user_id
     WHERE ${column} = ? AND s.status = 'ACTIVE'
     ORDER BY s.start_time DESC LIMIT ?`,
  ).all(filter.garageId ?? filter.userId, filter.limit) as Array<{
    id: string;
    start_time: string;
    number: number;
    license_plate: string;
    user_name: string;
  }>;
  return rows.map((row) => ({
    id: row.id,
    startTime: new Date(row.start_time),
    spotNumber: row.number,
    licensePlate: row.license_plate,
    userName: row.user_name,
  }));
}

import type Database from 'better-sqlite3';
import { profileSessionsPerVehicle } from '../operations/types.js';
import type { AuthenticatedUser, RegisteredVehicle, RegisterVehicleInput, UserProfile } from '../operations/types.js';
import { newId } from './ids.js';
import { fromDbTime, prepared, toDbTime } from './statement-cache.js';

interface UserRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: string;
  last_login_at: string;
}

/** Raw twin of authenticateUser. */
export function authenticateUserRaw(db: Database.Database, email: string, now: Date): AuthenticatedUser | null {
  const at = toDbTime(now);
  const row = prepared(
    db,
    `UPDATE users SET last_login_at = ?, failed_login_attempts = 0, locked_until = NULL, updated_at = ?
     WHERE email = ? AND status = 'ACTIVE' AND (locked_until IS NULL OR locked_until < ?)
     RETURNING id, email, first_name, last_name, role, last_login_at`,
  ).get(at, toDbTime(new Date()), email, at) as UserRow | undefined;
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    role: row.role,
    lastLoginAt: new Date(row.last_login_at),
  };
}

/** Raw twin of registerVehicle. */
export function registerVehicleRaw(db: Database.Database, input: RegisterVehicleInput): RegisteredVehicle {
  const row = prepared(
    db,
    `INSERT INTO vehicles (id, owner_id, license_plate, make, model, type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     RETURNING id, owner_id, license_plate, make, model, type`,
  ).get(newId(), input.ownerId, input.licensePlate, input.make, input.model, input.type, toDbTime(new Date())) as {
    id: string;
    owner_id: string;
    license_plate: string;
    make: string;
    model: string;
    type: string;
  };
  return { id: row.id, ownerId: row.owner_id, licensePlate: row.license_plate, make: row.make, model: row.model, type: row.type };
}

/**
 * Raw twin of getUserProfile. One LIMIT query per vehicle, not a window over all of a
 * vehicle's sessions: in-process SQLite pays microseconds per statement, and each
 * statement reads only the rows it returns.
 */
export function getUserProfileRaw(db: Database.Database, userId: string): UserProfile | null {
  const user = prepared(db, 'SELECT id, email, first_name, last_name, role FROM users WHERE id = ?').get(userId) as
    | Omit<UserRow, 'last_login_at'>
    | undefined;
  if (!user) return null;
  const vehicles = prepared(
    db,
    'SELECT id, license_plate, make, model, type FROM vehicles WHERE owner_id = ? ORDER BY license_plate',
  ).all(userId) as Array<{ id: string; license_plate: string; make: string; model: string; type: string }>;
  const recent = prepared(
    db,
    `SELECT id, status, start_time, end_time, amount_cents FROM parking_sessions
     WHERE vehicle_id = ? ORDER BY start_time DESC LIMIT ${profileSessionsPerVehicle}`,
  );
  return {
    id: user.id,
    email: user.email,
    firstName: user.first_name,
    lastName: user.last_name,
    role: user.role,
    vehicles: vehicles.map((vehicle) => ({
      id: vehicle.id,
      licensePlate: vehicle.license_plate,
      make: vehicle.make,
      model: vehicle.model,
      type: vehicle.type,
      recentSessions: (
        recent.all(vehicle.id) as Array<{ id: string; status: string; start_time: string; end_time: string | null; amount_cents: number | null }>
      ).map((session) => ({
        id: session.id,
        status: session.status,
        startTime: new Date(session.start_time),
        endTime: fromDbTime(session.end_time),
        amountCents: session.amount_cents,
      })),
    })),
  };
}

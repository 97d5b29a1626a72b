import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations } from '../../src/data/migrations.js';
import { tempDir } from './temp-db.js';

/** The fixed "now" of the small garage. */
export const smallGarageNow = new Date('2026-11-30T12:00:00.000Z');

const at = (date: Date) => date.toISOString().replace('Z', '+00:00');
const hoursBefore = (hours: number) => new Date(smallGarageNow.getTime() - hours * 3_600_000);

/**
 * A hand-made garage with known answers: 2 garages x 2 floors x 4 spots, 4 users, 5 vehicles,
 * 3 active and 6 completed sessions (with payments), 1 cancelled. Returns the file path.
 */
export function buildSmallGarage(): string {
  const path = join(tempDir(), 'small-garage.db');
  const db = new Database(path);
  applyMigrations(db);
  const stamp = at(hoursBefore(24 * 100));
  db.transaction(() => {
    const user = db.prepare(
      'INSERT INTO users (id, email, password_hash, first_name, last_name, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    user.run('u1', 'ann@example.test', 'h', 'Ann', 'Lee', 'ACTIVE', stamp, stamp);
    user.run('u2', 'bob@example.test', 'h', 'Bob', 'Ray', 'ACTIVE', stamp, stamp);
    user.run('u3', 'cy@example.test', 'h', 'Cy', 'Fox', 'SUSPENDED', stamp, stamp);
    user.run('u4', 'di@example.test', 'h', 'Di', 'Ng', 'ACTIVE', stamp, stamp);
    db.prepare("UPDATE users SET locked_until = ? WHERE id = 'u4'").run(at(new Date(smallGarageNow.getTime() + 3_600_000)));

    const garage = db.prepare('INSERT INTO garages (id, name, address, hourly_rate_cents, created_at) VALUES (?, ?, ?, ?, ?)');
    garage.run('g1', 'Central', '1 Main St', 300, stamp);
    garage.run('g2', 'Harbour', '2 Dock Rd', 200, stamp);
    const floor = db.prepare('INSERT INTO floors (id, garage_id, level) VALUES (?, ?, ?)');
    const spot = db.prepare('INSERT INTO parking_spots (id, garage_id, floor_id, number, type, status) VALUES (?, ?, ?, ?, ?, ?)');
    for (const g of ['g1', 'g2']) {
      for (const level of [1, 2]) {
        floor.run(`${g}f${level}`, g, level);
        for (let index = 1; index <= 4; index++) {
          spot.run(`${g}f${level}s${index}`, g, `${g}f${level}`, level * 1000 + index, index <= 3 ? 'STANDARD' : 'COMPACT', 'AVAILABLE');
        }
      }
    }

    const vehicle = db.prepare('INSERT INTO vehicles (id, owner_id, license_plate, make, model, type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    vehicle.run('v1', 'u1', 'AB12CDE', 'VW', 'Golf', 'STANDARD', stamp);
    vehicle.run('v2', 'u1', 'AA11AAA', 'Fiat', '500', 'COMPACT', stamp);
    vehicle.run('v3', 'u2', 'BC23DEF', 'Ford', 'Focus', 'STANDARD', stamp);
    vehicle.run('v4', 'u3', 'CD34EFG', 'Kia', 'Rio', 'STANDARD', stamp);
    vehicle.run('v5', 'u4', 'DE45FGH', 'Audi', 'A4', 'STANDARD', stamp);

    const session = db.prepare(
      `INSERT INTO parking_sessions (id, user_id, vehicle_id, spot_id, garage_id, status, start_time, end_time, hourly_rate_cents,
         duration_minutes, amount_cents, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const payment = db.prepare(
      "INSERT INTO payments (id, session_id, amount_cents, method, status, paid_at, created_at) VALUES (?, ?, ?, 'CARD', 'COMPLETED', ?, ?)",
    );
    const completed = (id: string, userId: string, vehicleId: string, spotId: string, garageId: string, startHoursAgo: number, hours: number, rate: number) => {
      const start = hoursBefore(startHoursAgo);
      const end = new Date(start.getTime() + hours * 3_600_000);
      session.run(id, userId, vehicleId, spotId, garageId, 'COMPLETED', at(start), at(end), rate, hours * 60, hours * rate, at(start), at(end));
      payment.run(`p-${id}`, id, hours * rate, at(end), at(end));
    };
    completed('c1', 'u1', 'v1', 'g1f1s1', 'g1', 72, 2, 300);
    completed('c2', 'u1', 'v1', 'g1f1s2', 'g1', 48, 1, 300);
    completed('c3', 'u1', 'v2', 'g1f1s4', 'g1', 30, 3, 300);
    completed('c4', 'u2', 'v3', 'g2f1s1', 'g2', 50, 4, 200);
    completed('c5', 'u2', 'v3', 'g2f2s1', 'g2', 26, 1, 200);
    completed('c6', 'u3', 'v4', 'g1f2s1', 'g1', 100, 5, 300);
    session.run('x1', 'u2', 'v3', 'g2f1s2', 'g2', 'CANCELLED', at(hoursBefore(20)), null, 200, null, null, stamp, stamp);
    const active = (id: string, userId: string, vehicleId: string, spotId: string, garageId: string, startHoursAgo: number, rate: number) => {
      session.run(id, userId, vehicleId, spotId, garageId, 'ACTIVE', at(hoursBefore(startHoursAgo)), null, rate, null, null, stamp, stamp);
      db.prepare("UPDATE parking_spots SET status = 'OCCUPIED' WHERE id = ?").run(spotId);
    };
    active('a1', 'u1', 'v1', 'g1f1s1', 'g1', 3, 300);
    active('a2', 'u2', 'v3', 'g1f1s2', 'g1', 1, 300);
    active('a3', 'u3', 'v4', 'g2f2s1', 'g2', 2, 200);
  })();
  db.exec('ANALYZE');
  db.pragma('journal_mode = WAL');
  db.close();
  return path;
}

import type Database from 'better-sqlite3';
import { dailyRevenueSql, occupancyByFloorSql } from '../operations/report-sql.js';
import { toOccupancyRow } from '../operations/reports.js';
import type { DailyRevenueRow, FloorOccupancyRow, TopCustomerRow } from '../operations/types.js';
import { prepared, toDbTime } from './statement-cache.js';

/** Raw twin of dailyRevenue. */
export function dailyRevenueRaw(db: Database.Database, from: Date, to: Date): DailyRevenueRow[] {
  return prepared(db, dailyRevenueSql).all(from.toISOString(), to.toISOString()) as DailyRevenueRow[];
}

/** Raw twin of occupancyByFloor. */
export function occupancyByFloorRaw(db: Database.Database, garageId: string): FloorOccupancyRow[] {
  const rows = prepared(db, occupancyByFloorSql).all(garageId) as Array<{ level: number; spots: number; occupied: number }>;
  return rows.map((row) => toOccupancyRow(row.level, row.spots, row.occupied));
}

/** Raw twin of topCustomers: the grouping and the names in one query. */
export function topCustomersRaw(db: Database.Database, from: Date, to: Date, limit: number): TopCustomerRow[] {
  return prepared(
    db,
    `SELECT s.user_id AS userId, u.first_name || ' ' || u.last_name AS name, u.email AS email,
       count(*) AS sessions, coalesce(sum(s.amount_cents), 0) AS spentCents
     FROM parking_sessions s JOIN users u ON u.id = s.user_id
     WHERE s.status = 'COMPLETED' AND s.start_time >= ? AND s.start_time < ?
     GROUP BY s.user_id
     ORDER BY spentCents DESC, s.user_id ASC
     LIMIT ?`,
  ).all(toDbTime(from), toDbTime(to), limit) as TopCustomerRow[];
}

import type { DailyRevenueRow, FloorOccupancyRow, GarageClient, TopCustomerRow } from './types.js';
import { dailyRevenueSql, occupancyByFloorSql } from './report-sql.js';

/**
 * Revenue of completed payments per UTC day from `from` to `to` inclusive, zero days
 * included. One range search on the partial payments index per day; no sort.
 */
export async function dailyRevenue(client: GarageClient, from: Date, to: Date): Promise<DailyRevenueRow[]> {
  const rows = await client.$queryRawUnsafe<Array<{ day: string; revenueCents: unknown; payments: unknown }>>(
    dailyRevenueSql,
    from.toISOString(),
    to.toISOString(),
  );
  return rows.map((row) => ({ day: row.day, revenueCents: Number(row.revenueCents), payments: Number(row.payments) }));
}

/** Spots and occupied spots per floor of a garage, lowest floor first. */
export async function occupancyByFloor(client: GarageClient, garageId: string): Promise<FloorOccupancyRow[]> {
  const rows = await client.$queryRawUnsafe<Array<{ level: unknown; spots: unknown; occupied: unknown }>>(occupancyByFloorSql, garageId);
  return rows.map((row) => toOccupancyRow(Number(row.level), Number(row.spots), Number(row.occupied)));
}

/**
 * The `limit` users who spent most on sessions completed in [from, to), with their session
 * count: one GROUP BY in SQL, then one lookup of those users' names.
 */
export async function topCustomers(client: GarageClient, from: Date, to: Date, limit: number): Promise<TopCustomerRow[]> {
  const groups = await client.parkingSession.groupBy({
    by: ['userId'],
    where: { status: 'COMPLETED', startTime: { gte: from, lt: to } },
    _sum: { amountCents: true },
    _count: { _all: true },
    orderBy: [{ _sum: { amountCents: 'desc' } }, { userId: 'asc' }],
    take: limit,
  });
  const users = await client.user.findMany({
    where: { id: { in: groups.map((group) => group.userId) } },
    select: { id: true, email: true, firstName: true, lastName: true },
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  return groups.map((group) => {
    const user = byId.get(group.userId);
    return {
      userId: group.userId,
      name: user ? `${user.firstName} ${user.lastName}` : '',
      email: user?.email ?? '',
      sessions: group._count._all,
      spentCents: group._sum.amountCents ?? 0,
    };
  });
}

/** Shared by the ORM operation and its raw twin so both round the same way. */
export function toOccupancyRow(level: number, spots: number, occupied: number): FloorOccupancyRow {
  return { level, spots, occupied, occupancyPct: spots === 0 ? 0 : Math.round((occupied / spots) * 1000) / 10 };
}

import type { ActiveSessionFilter, ActiveSessionRow, GarageClient } from './types.js';

/** Active sessions of a garage or of a user, newest first, with plate, spot and driver name. */
export async function listActiveSessions(client: GarageClient, filter: ActiveSessionFilter): Promise<ActiveSessionRow[]> {
  const where = filter.garageId !== undefined ? { garageId: filter.garageId } : { userId: filter.userId };
  const sessions = await client.parkingSession.findMany({
    where: { ...where, status: 'ACTIVE' },
    orderBy: { startTime: 'desc' },
    take: filter.limit,
    select: {
      id: true,
      startTime: true,
      spot: { select: { number: true } },
      vehicle: { select: { licensePlate: true } },
      user: { select: { firstName: true, lastName: true } },
    },
  });
  return sessions.map((session) => ({
    id: session.id,
    startTime: session.startTime,
    spotNumber: session.spot.number,
    licensePlate: session.vehicle.licensePlate,
    userName: `${session.user.firstName} ${session.user.lastName}`,
  }));
}

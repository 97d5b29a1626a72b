import { OperationRefusedError } from './errors.js';
import type { GarageClient, StartedSession, StartSessionInput } from './types.js';

/**
 * Parks a vehicle: in one transaction, checks the vehicle belongs to the user and is not
 * parked, claims the lowest-numbered available spot of the vehicle's type in the garage,
 * and opens the session at the garage's hourly rate.
 */
export async function startSession(client: GarageClient, input: StartSessionInput): Promise<StartedSession> {
  return client.$transaction(async (tx) => {
    const vehicle = await tx.vehicle.findFirst({
      where: { id: input.vehicleId, ownerId: input.userId },
      select: { type: true },
    });
    if (!vehicle) throw new OperationRefusedError('vehicle-not-owned', `vehicle ${input.vehicleId} of user ${input.userId}`);
    // A separate findFirst, not a nested `take: 1`: Prisma applies nested takes in memory
    // after fetching every matching row.
    const parked = await tx.parkingSession.findFirst({
      where: { vehicleId: input.vehicleId, status: 'ACTIVE' },
      select: { id: true },
    });
    if (parked) throw new OperationRefusedError('vehicle-already-parked', input.vehicleId);

    const spot = await tx.parkingSpot.findFirst({
      where: { garageId: input.garageId, type: vehicle.type, status: 'AVAILABLE' },
      orderBy: { number: 'asc' },
      select: { id: true, number: true, garage: { select: { hourlyRateCents: true } } },
    });
    if (!spot) throw new OperationRefusedError('no-free-spot', `no ${vehicle.type} spot in garage ${input.garageId}`);

    // The status guard makes the claim safe against a concurrent writer that took the spot.
    await tx.parkingSpot.update({ where: { id: spot.id, status: 'AVAILABLE' }, data: { status: 'OCCUPIED' }, select: { id: true } });
    const session = await tx.parkingSession.create({
      data: {
        userId: input.userId,
        vehicleId: input.vehicleId,
        spotId: spot.id,
        garageId: input.garageId,
        status: 'ACTIVE',
        startTime: input.now,
        hourlyRateCents: spot.garage.hourlyRateCents,
      },
      select: { id: true, startTime: true, hourlyRateCents: true },
    });
    return {
      sessionId: session.id,
      spotId: spot.id,
      spotNumber: spot.number,
      startTime: session.startTime,
      hourlyRateCents: session.hourlyRateCents,
    };
  });
}

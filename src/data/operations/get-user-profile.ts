import { type GarageClient, profileSessionsPerVehicle, type UserProfile } from './types.js';

/** A user with their vehicles (by plate) and each vehicle's most recent sessions. */
export async function getUserProfile(client: GarageClient, userId: string): Promise<UserProfile | null> {
  const user = await client.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      role: true,
      vehicles: {
        orderBy: { licensePlate: 'asc' },
        select: {
          id: true,
          licensePlate: true,
          make: true,
          model: true,
          type: true,
          sessions: {
            orderBy: { startTime: 'desc' },
            take: profileSessionsPerVehicle,
            select: { id: true, status: true, startTime: true, endTime: true, amountCents: true },
          },
        },
      },
    },
  });
  if (!user) return null;
  const { vehicles, ...rest } = user;
  return { ...rest, vehicles: vehicles.map(({ sessions, ...vehicle }) => ({ ...vehicle, recentSessions: sessions })) };
}

import type { GarageClient, RegisteredVehicle, RegisterVehicleInput } from './types.js';

/** Registers a vehicle for its owner; (licensePlate, ownerId) is unique. */
export async function registerVehicle(client: GarageClient, input: RegisterVehicleInput): Promise<RegisteredVehicle> {
  return client.vehicle.create({
    data: input,
    select: { id: true, ownerId: true, licensePlate: true, make: true, model: true, type: true },
  });
}

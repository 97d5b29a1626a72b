import { authenticateUser, getUserProfile, registerVehicle, vehicleTypes } from '../../data/operations/index.js';
import { authenticateUserRaw, getUserProfileRaw, registerVehicleRaw } from '../../data/raw/index.js';
import { defineCase } from './types.js';
import { pick, sampleRows } from './sample-inputs.js';

/** Plates the fixture never uses (see docs/fixtures.md): `ZZ` + a base-36 counter. */
export function benchPlate(iteration: number): string {
  return `ZZ${iteration.toString(36).toUpperCase().padStart(6, '0')}`;
}

export const authenticateCase = defineCase({
  id: 'auth.authenticate',
  title: 'User authentication (lookup by email, record the login)',
  suites: ['critical'],
  budgetMs: 100,
  writes: true,
  version: 1,
  prepare: (raw, fixture) => ({
    now: fixture.now,
    emails: sampleRows<{ email: string }>(
      raw,
      'auth.authenticate',
      "SELECT email FROM users WHERE status = 'ACTIVE' AND locked_until IS NULL AND rowid % 13 = 0 ORDER BY rowid",
    ).map((row) => row.email),
  }),
  orm: (client, inputs, i) => authenticateUser(client, pick(inputs.emails, i), inputs.now),
  raw: (db, inputs, i) => authenticateUserRaw(db, pick(inputs.emails, i), inputs.now),
});

export const registerVehicleCase = defineCase({
  id: 'vehicles.register',
  title: 'Vehicle registration',
  suites: ['critical'],
  budgetMs: 200,
  writes: true,
  version: 1,
  prepare: (raw) => ({
    ownerIds: sampleRows<{ id: string }>(raw, 'vehicles.register', 'SELECT id FROM users WHERE rowid % 11 = 0 ORDER BY rowid').map(
      (row) => row.id,
    ),
    // Each run numbers its plates from a fresh counter: a run on a fresh copy never collides.
    next: { iteration: 0 },
  }),
  orm: (client, inputs) => registerVehicle(client, vehicleInput(inputs.ownerIds, inputs.next.iteration++)),
  raw: (db, inputs) => registerVehicleRaw(db, vehicleInput(inputs.ownerIds, inputs.next.iteration++)),
  stableResult: (result) => {
    const { id: _id, licensePlate: _plate, ...rest } = result as Record<string, unknown>;
    return rest;
  },
});

export const profileCase = defineCase({
  id: 'profile.get',
  title: 'User profile with vehicles and recent sessions',
  suites: ['profile'],
  budgetMs: 50,
  writes: false,
  version: 1,
  prepare: (raw) => ({
    userIds: sampleRows<{ owner_id: string }>(
      raw,
      'profile.get',
      'SELECT DISTINCT owner_id FROM vehicles WHERE rowid % 17 = 0 ORDER BY rowid',
    ).map((row) => row.owner_id),
  }),
  orm: (client, inputs, i) => getUserProfile(client, pick(inputs.userIds, i)),
  raw: (db, inputs, i) => getUserProfileRaw(db, pick(inputs.userIds, i)),
});

function vehicleInput(ownerIds: string[], iteration: number) {
  return {
    ownerId: pick(ownerIds, iteration),
    licensePlate: benchPlate(iteration),
    make: 'Benchmark',
    model: 'Model B',
    type: pick(vehicleTypes, iteration),
  };
}

import type { GarageClient } from '../open-database.js';

export type { GarageClient };

/** The vehicle and spot types; a vehicle parks in a spot of its own type. */
export const vehicleTypes = ['COMPACT', 'STANDARD', 'OVERSIZED', 'MOTORCYCLE', 'ELECTRIC'] as const;
export type VehicleKind = (typeof vehicleTypes)[number];

export interface AuthenticatedUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  lastLoginAt: Date;
}

export interface RegisterVehicleInput {
  ownerId: string;
  licensePlate: string;
  make: string;
  model: string;
  type: VehicleKind;
}

export interface RegisteredVehicle {
  id: string;
  ownerId: string;
  licensePlate: string;
  make: string;
  model: string;
  type: string;
}

export interface StartSessionInput {
  userId: string;
  vehicleId: string;
  garageId: string;
  now: Date;
}

export interface StartedSession {
  sessionId: string;
  spotId: string;
  spotNumber: number;
  startTime: Date;
  hourlyRateCents: number;
}

export interface EndSessionInput {
  sessionId: string;
  now: Date;
  method: 'CARD' | 'CASH' | 'APP';
}

export interface EndedSession {
  sessionId: string;
  durationMinutes: number;
  amountCents: number;
  paymentId: string;
}

export type ActiveSessionFilter = ({ garageId: string; userId?: never } | { userId: string; garageId?: never }) & {
  limit: number;
};

export interface ActiveSessionRow {
  id: string;
  startTime: Date;
  spotNumber: number;
  licensePlate: string;
  userName: string;
}

export interface UserProfile {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  vehicles: Array<{
    id: string;
    licensePlate: string;
    make: string;
    model: string;
    type: string;
    recentSessions: Array<{ id: string; status: string; startTime: Date; endTime: Date | null; amountCents: number | null }>;
  }>;
}

export interface DailyRevenueRow {
  day: string;
  revenueCents: number;
  payments: number;
}

export interface FloorOccupancyRow {
  level: number;
  spots: number;
  occupied: number;
  occupancyPct: number;
}

export interface TopCustomerRow {
  userId: string;
  name: string;
  email: string;
  sessions: number;
  spentCents: number;
}

/** How many recent sessions the profile shows per vehicle. */
export const profileSessionsPerVehicle = 5;

/** Billing: every started hour at the hourly rate, at least one hour. */
export function billSession(startTime: Date, endTime: Date, hourlyRateCents: number): { durationMinutes: number; amountCents: number } {
  const durationMinutes = Math.max(0, Math.ceil((endTime.getTime() - startTime.getTime()) / 60_000));
  const hours = Math.max(1, Math.ceil(durationMinutes / 60));
  return { durationMinutes, amountCents: hours * hourlyRateCents };
}

import type { AuthenticatedUser, GarageClient } from './types.js';

/**
 * Looks a user up by email and records the login in one UPDATE ... RETURNING: sets
 * lastLoginAt and resets the failed-attempt count. Returns null for an unknown email, a
 * user who is not ACTIVE, or one whose lockout has not expired.
 */
export async function authenticateUser(client: GarageClient, email: string, now: Date): Promise<AuthenticatedUser | null> {
  const users = await client.user.updateManyAndReturn({
    where: { email, status: 'ACTIVE', OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    data: { lastLoginAt: now, failedLoginAttempts: 0, lockedUntil: null },
    select: { id: true, email: true, firstName: true, lastName: true, role: true, lastLoginAt: true },
  });
  const user = users[0];
  if (!user || !user.lastLoginAt) return null;
  return { ...user, lastLoginAt: user.lastLoginAt };
}

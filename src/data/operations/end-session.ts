import { OperationRefusedError } from './errors.js';
import { billSession, type EndedSession, type EndSessionInput, type GarageClient } from './types.js';

/**
 * Closes an active session: in one transaction, bills it, records the payment and frees
 * the spot.
 */
export async function endSession(client: GarageClient, input: EndSessionInput): Promise<EndedSession> {
  return client.$transaction(async (tx) => {
    const session = await tx.parkingSession.findUnique({
      where: { id: input.sessionId },
      select: { status: true, startTime: true, hourlyRateCents: true, spotId: true },
    });
    if (!session || session.status !== 'ACTIVE') throw new OperationRefusedError('session-not-active', input.sessionId);

    const bill = billSession(session.startTime, input.now, session.hourlyRateCents);
    await tx.parkingSession.update({
      where: { id: input.sessionId, status: 'ACTIVE' },
      data: { status: 'COMPLETED', endTime: input.now, ...bill },
      select: { id: true },
    });
    const payment = await tx.payment.create({
      data: { sessionId: input.sessionId, amountCents: bill.amountCents, method: input.method, status: 'COMPLETED', paidAt: input.now },
      select: { id: true },
    });
    await tx.parkingSpot.update({ where: { id: session.spotId }, data: { status: 'AVAILABLE' }, select: { id: true } });
    return { sessionId: input.sessionId, ...bill, paymentId: payment.id };
  });
}

import { GaragePerfError } from '../../errors.js';

/** A domain rule refused an operation (no free spot, vehicle already parked, session not active). */
export class OperationRefusedError extends GaragePerfError {
  readonly reason: 'vehicle-not-owned' | 'vehicle-already-parked' | 'no-free-spot' | 'session-not-active';

  constructor(reason: OperationRefusedError['reason'], detail: string) {
    super(`${reason}: ${detail}`);
    this.reason = reason;
  }
}

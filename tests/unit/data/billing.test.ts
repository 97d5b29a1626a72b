import { describe, expect, it } from 'vitest';
import { billSession } from '../../../src/data/operations/types.js';

const start = new Date('2026-11-30T10:00:00Z');
const after = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('billSession', () => {
  it('bills every started hour, at least one', () => {
    expect(billSession(start, after(0), 300)).toEqual({ durationMinutes: 0, amountCents: 300 });
    expect(billSession(start, after(60), 300)).toEqual({ durationMinutes: 60, amountCents: 300 });
    expect(billSession(start, after(61), 300)).toEqual({ durationMinutes: 61, amountCents: 600 });
    expect(billSession(start, after(95), 250)).toEqual({ durationMinutes: 95, amountCents: 500 });
  });

  it('rounds a partial minute up', () => {
    expect(billSession(start, new Date(start.getTime() + 30_500), 100).durationMinutes).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { normalCdf, twoSidedNormalP } from '../../../../src/bench/statistics/index.js';

describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [1.959963984540054, 0.975],
    [-2.5758293035489, 0.005],
    [-3, 0.0013498980316301],
  ])('Phi(%f) = %f (tables; scipy 1.17 norm.cdf)', (z, expected) => {
    expect(normalCdf(z)).toBeCloseTo(expected, 7);
  });

  it('keeps its relative accuracy deep in the tail, where small p-values live', () => {
    const expected = 2.866515718791939e-7; // Phi(-5)
    expect(Math.abs(normalCdf(-5) / expected - 1)).toBeLessThan(2e-7);
  });

  it('gives two-sided p-values: 0.05 at 1.96, 1 at 0, symmetric', () => {
    expect(twoSidedNormalP(1.959963984540054)).toBeCloseTo(0.05, 7);
    expect(twoSidedNormalP(-1.959963984540054)).toBeCloseTo(0.05, 7);
    expect(twoSidedNormalP(0)).toBeCloseTo(1, 7);
  });
});

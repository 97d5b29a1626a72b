import { messages } from '../../errors.js';
import { dailyRevenueCase, occupancyCase, topCustomersCase } from './report-cases.js';
import { activeSessionsCase, endSessionCase, startSessionCase } from './session-cases.js';
import { type BenchmarkCase, type SuiteName, suiteNames } from './types.js';
import { authenticateCase, profileCase, registerVehicleCase } from './user-cases.js';

export * from './types.js';
export { benchPlate } from './user-cases.js';

/** Every case, in the order benchmarks are run and reported. */
export const allCases: readonly BenchmarkCase[] = [
  authenticateCase,
  registerVehicleCase,
  startSessionCase,
  endSessionCase,
  activeSessionsCase,
  dailyRevenueCase,
  occupancyCase,
  topCustomersCase,
  profileCase,
];

/** The cases of one or more suites, each once, in registry order. */
export function benchmarkCases(...suites: SuiteName[]): BenchmarkCase[] {
  for (const suite of suites) if (!suiteNames.includes(suite)) throw messages.invalidOption('--suite', suite, suiteNames.join(', '));
  const wanted = new Set(suites.length === 0 ? ['critical'] : suites);
  return allCases.filter((c) => wanted.has('all') || c.suites.some((suite) => wanted.has(suite)));
}

import { Bench } from 'tinybench';
import { type Lane, laneName, laneTask } from './lanes.js';

export interface RoundOptions {
  rounds: number;
  /** Measured time per lane per round, in milliseconds. */
  roundTimeMs: number;
  /** Minimum iterations per lane per round. */
  roundIterations: number;
}

export interface LaneMeasurement {
  name: string;
  state: 'completed' | 'errored';
  error?: string;
  /** Latency samples in milliseconds, one array per round. */
  rounds: number[][];
}

export interface MemoryTrace {
  heapUsedBytes: number[];
  rssBytes: number[];
}

export type RoundProgress = (event: { round: number; rounds: number; lane: string }) => void;

/**
 * Measures lanes in rounds: each round runs every lane for a slice of the time, in an order
 * rotated from round to round, so that a drift of the machine's speed during the run reaches
 * every lane alike and the gate can compare round-level statistics.
 */
export async function measureRounds(
  lanes: Lane[],
  options: RoundOptions,
  onProgress?: RoundProgress,
): Promise<{ measurements: Map<string, LaneMeasurement>; memory: MemoryTrace }> {
  const measurements = new Map<string, LaneMeasurement>(
    lanes.map((lane) => [laneName(lane), { name: laneName(lane), state: 'completed', rounds: [] }]),
  );
  const memory: MemoryTrace = { heapUsedBytes: [], rssBytes: [] };
  recordMemory(memory);
  for (let round = 0; round < options.rounds; round++) {
    const order = rotate(lanes, round);
    const bench = new Bench({
      time: options.roundTimeMs,
      iterations: options.roundIterations,
      warmup: round === 0,
      warmupTime: 100,
      warmupIterations: 2,
      retainSamples: true,
      throws: false,
    });
    for (const lane of order) {
      const task = laneTask(lane);
      if (measurements.get(task.name)?.state === 'errored') continue;
      bench.add(task.name, task.fn, task.options);
    }
    bench.addEventListener('cycle', (event) => {
      const name = (event as unknown as { task?: { name: string } }).task?.name;
      if (name) onProgress?.({ round: round + 1, rounds: options.rounds, lane: name });
    });
    const tasks = await bench.run();
    for (const task of tasks) {
      const measurement = measurements.get(task.name);
      if (!measurement) continue;
      const result = task.result;
      if (result.state === 'errored') {
        measurement.state = 'errored';
        measurement.error = result.error.message.split('\n')[0];
      } else if ('latency' in result) {
        measurement.rounds.push([...(result.latency.samples ?? [])]);
      }
    }
    recordMemory(memory);
  }
  return { measurements, memory };
}

function rotate<T>(items: T[], by: number): T[] {
  if (items.length === 0) return items;
  const offset = by % items.length;
  return [...items.slice(offset), ...items.slice(0, offset)];
}

function recordMemory(memory: MemoryTrace): void {
  const usage = process.memoryUsage();
  memory.heapUsedBytes.push(usage.heapUsed);
  memory.rssBytes.push(usage.rss);
}

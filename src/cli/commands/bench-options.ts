import { z } from 'zod';
import { suiteNames, type SuiteName } from '../../bench/cases/types.js';
import type { GaragePerfConfig } from '../../config/schema.js';
import { messages } from '../../errors.js';
import { scales, type Scale } from '../../fixtures/index.js';

/** The flags of `garage-perf bench` as commander hands them over. */
export interface BenchFlags {
  suite?: string[];
  scale?: string;
  db?: string;
  seed?: string;
  time?: string;
  iterations?: string;
  rounds?: string;
  baseline?: string;
  saveBaseline?: string;
  threshold?: string;
  alpha?: string;
  compareRaw?: boolean;
  compareIndexes?: boolean;
  forceCompare?: boolean;
  reportDir?: string;
  report?: boolean;
}

export const benchDefaults = { timeMs: 2_000, iterations: 10, rounds: 10, thresholdPct: 10, alpha: 0.01, seed: 42 } as const;

/** Validates flags over the config and defaults; bad values are InputErrors (exit 2). */
export function resolveBenchFlags(flags: BenchFlags, config: GaragePerfConfig) {
  if (flags.db && flags.scale) throw messages.conflictingOptions('--db', '--scale');
  const suites = (flags.suite ?? ['critical']).flatMap((value) => value.split(',')).map((value) => value.trim());
  for (const suite of suites) if (!suiteNames.includes(suite as SuiteName)) throw messages.invalidOption('--suite', suite, suiteNames.join(', '));
  const scale = flags.scale ?? 'small';
  if (!scales.includes(scale as Scale)) throw messages.invalidOption('--scale', scale, scales.join(', '));
  return {
    suites: suites as SuiteName[],
    scale: scale as Scale,
    seed: parseNumber('--seed', flags.seed, z.coerce.number().int().min(0), 'a whole number >= 0') ?? benchDefaults.seed,
    timeMs: parseNumber('--time', flags.time, z.coerce.number().int().positive(), 'milliseconds > 0') ?? config.bench?.timeMs ?? benchDefaults.timeMs,
    iterations:
      parseNumber('--iterations', flags.iterations, z.coerce.number().int().positive(), 'a whole number > 0') ??
      config.bench?.iterations ??
      benchDefaults.iterations,
    rounds: parseNumber('--rounds', flags.rounds, z.coerce.number().int().min(2).max(1000), 'a whole number from 2 to 1000') ?? config.bench?.rounds ?? benchDefaults.rounds,
    thresholdPct:
      parseNumber('--threshold', flags.threshold, z.coerce.number().positive(), 'a percentage > 0') ?? config.bench?.thresholdPct ?? benchDefaults.thresholdPct,
    alpha: parseNumber('--alpha', flags.alpha, z.coerce.number().positive().max(0.5), 'a probability in (0, 0.5]') ?? config.bench?.alpha ?? benchDefaults.alpha,
  };
}

function parseNumber(flag: string, value: string | undefined, schema: z.ZodType<number>, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success || value.trim() === '') throw messages.invalidOption(flag, value, expected);
  return parsed.data;
}

import { z } from 'zod';
import { suiteNames, type SuiteName } from '../../bench/cases/types.js';
import type { GaragePerfConfig } from '../../config/schema.js';
import { parseNumberOption } from '../../config/parse-number-option.js';
import { messages } from '../../errors.js';
import { parseSeedOptions } from '../../fixtures/index.js';

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

export const benchDefaults = { timeMs: 2_000, iterations: 10, rounds: 10, thresholdPct: 10, alpha: 0.01 } as const;

/** Validates flags over the config and defaults; bad values are InputErrors (exit 2). */
export function resolveBenchFlags(flags: BenchFlags, config: GaragePerfConfig) {
  if (flags.db && flags.scale) throw messages.conflictingOptions('--db', '--scale');
  const suites = (flags.suite ?? ['critical']).flatMap((value) => value.split(',')).map((value) => value.trim());
  for (const suite of suites) if (!suiteNames.includes(suite as SuiteName)) throw messages.invalidOption('--suite', suite, suiteNames.join(', '));
  const { scale, seed } = parseSeedOptions({ scale: flags.scale, seed: flags.seed });
  return {
    suites: suites as SuiteName[],
    scale,
    seed,
    timeMs: parseNumberOption('--time', flags.time, z.coerce.number().int().positive(), 'milliseconds > 0') ?? config.bench?.timeMs ?? benchDefaults.timeMs,
    iterations:
      parseNumberOption('--iterations', flags.iterations, z.coerce.number().int().positive(), 'a whole number > 0') ??
      config.bench?.iterations ??
      benchDefaults.iterations,
    rounds: parseNumberOption('--rounds', flags.rounds, z.coerce.number().int().min(2).max(1000), 'a whole number from 2 to 1000') ?? config.bench?.rounds ?? benchDefaults.rounds,
    thresholdPct:
      parseNumberOption('--threshold', flags.threshold, z.coerce.number().positive(), 'a percentage > 0') ?? config.bench?.thresholdPct ?? benchDefaults.thresholdPct,
    alpha: parseNumberOption('--alpha', flags.alpha, z.coerce.number().positive().max(0.5), 'a probability in (0, 0.5]') ?? config.bench?.alpha ?? benchDefaults.alpha,
  };
}

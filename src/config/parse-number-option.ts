import type { z } from 'zod';
import { messages } from '../errors.js';

/**
 * A numeric flag's value checked by `schema`; undefined when the flag is absent. Throws an
 * InputError naming the flag and what it accepts.
 */
export function parseNumberOption(flag: string, value: string | undefined, schema: z.ZodType<number>, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success || value.trim() === '') throw messages.invalidOption(flag, value, expected);
  return parsed.data;
}

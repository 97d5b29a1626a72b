import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { formatZodError, type InputError } from '../errors.js';

/**
 * Reads a JSON file and validates it with a zod schema; a missing file, bad JSON or a shape
 * error become an InputError: `missing` for the first, `unreadable` (when given, else
 * `invalid`) for text that is not JSON, `invalid` for a shape error, built from the detail.
 */
export function readJsonFile<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  errors: { missing: () => InputError; invalid: (detail: string) => InputError; unreadable?: (detail: string) => InputError },
): z.infer<Schema> {
  if (!existsSync(path)) throw errors.missing();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw (errors.unreadable ?? errors.invalid)((error as Error).message);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw errors.invalid(formatZodError(parsed.error));
  return parsed.data;
}

import { createHash } from 'node:crypto';

/** A short hash of values in a canonical JSON form (sorted keys; Dates as ISO; bigint as text). */
export function checksumOf(values: unknown[]): string {
  return createHash('sha256').update(canonicalJson(values)).digest('hex').slice(0, 16);
}

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, current: unknown) => {
    if (typeof current === 'bigint') return current.toString();
    if (current && typeof current === 'object' && !Array.isArray(current) && !(current instanceof Date)) {
      return Object.fromEntries(Object.entries(current as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return current;
  });
}

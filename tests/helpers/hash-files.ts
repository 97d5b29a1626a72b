import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** SHA-256 of a database file and of its -wal and -shm (`absent` when there is none). */
export function hashFiles(path: string): Record<string, string> {
  return Object.fromEntries(
    ['', '-wal', '-shm'].map((suffix) => {
      const file = `${path}${suffix}`;
      return [`db${suffix}`, existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent'];
    }),
  );
}

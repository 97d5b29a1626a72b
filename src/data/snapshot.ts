import { existsSync, statSync } from 'node:fs';
import { messages } from '../errors.js';
import { makePrivateCopy, type PrivateCopy } from './private-copy.js';

const attempts = 3;

/**
 * A private byte copy of a database and its -wal, taken without opening the original:
 * even a read-only SQLite connection to a WAL database creates -wal and -shm files beside
 * it. The copy is retried when the files change while being copied (a writer committed or
 * checkpointed), so it never mixes two states; SQLite itself ignores a torn last WAL frame.
 */
export function takeSnapshot(path: string): PrivateCopy {
  if (!existsSync(path)) throw messages.fileNotFound('database', path);
  for (let attempt = 1; ; attempt++) {
    const before = fileState(path);
    const copy = makePrivateCopy(path, 'snapshot');
    if (fileState(path) === before) return copy;
    copy.dispose();
    if (attempt === attempts) throw messages.databaseChanging(path, attempts);
  }
}

function fileState(path: string): string {
  return [path, `${path}-wal`]
    .map((file) => {
      if (!existsSync(file)) return '-';
      const stat = statSync(file, { bigint: true });
      return `${stat.size}:${stat.mtimeNs}`;
    })
    .join('|');
}

import Database from 'better-sqlite3';
import { type GarageDatabase, openDatabase } from '../data/open-database.js';
import type { Environment } from '../data/settings.js';
import type { LaneTarget } from './lanes.js';
import { dropOptimizationIndexes, makePrivateCopy } from '../data/private-copy.js';

/** A private copy opened twice: through Prisma and as a raw better-sqlite3 connection. */
export interface OpenTarget extends LaneTarget {
  database: GarageDatabase;
  path: string;
  close(): Promise<void>;
}

/** Copies `source` privately, optionally drops the optimization indexes, and opens both ways. */
export async function openPrivateTarget(
  source: string,
  options: { label: string; environment: Environment; withoutIndexes?: boolean },
): Promise<OpenTarget & { droppedIndexes: string[] }> {
  const copy = makePrivateCopy(source, options.label);
  try {
    const droppedIndexes = options.withoutIndexes ? dropOptimizationIndexes(copy.path) : [];
    const database = await openDatabase({ path: copy.path, environment: options.environment });
    const raw = new Database(copy.path, { fileMustExist: true });
    raw.pragma('busy_timeout = 5000');
    raw.pragma('foreign_keys = ON');
    return {
      database,
      client: database.client,
      raw,
      path: copy.path,
      droppedIndexes,
      close: async () => {
        raw.close();
        await database.close();
        copy.dispose();
      },
    };
  } catch (error) {
    copy.dispose();
    throw error;
  }
}

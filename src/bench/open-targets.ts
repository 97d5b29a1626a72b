import Database from 'better-sqlite3';
import { type GarageDatabase, openDatabase } from '../data/open-database.js';
import { type Environment, pragmaStatements } from '../data/settings.js';
import type { LaneTarget } from './lanes.js';

/** A private database file opened twice: through Prisma and as a raw better-sqlite3 connection. */
export interface OpenTarget extends LaneTarget {
  database: GarageDatabase;
  path: string;
  close(): Promise<void>;
}

/**
 * Opens a private copy both ways, with the same pragmas on both connections so that the
 * Prisma/raw ratio compares the two clients, not two SQLite configurations. The caller owns
 * (and disposes) the file.
 */
export async function openTarget(path: string, environment: Environment): Promise<OpenTarget> {
  const database = await openDatabase({ path, environment });
  const raw = new Database(path, { fileMustExist: true });
  for (const statement of pragmaStatements(database.settings)) raw.exec(statement);
  return {
    database,
    client: database.client,
    raw,
    path,
    close: async () => {
      raw.close();
      await database.close();
    },
  };
}

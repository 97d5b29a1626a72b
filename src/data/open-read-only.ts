import Database from 'better-sqlite3';
import { messages } from '../errors.js';

/**
 * Opens a SQLite file for reading only and checks that it is one; anything else is bad
 * input, named as `shownAs` (the user's path when `path` is a private copy of it).
 */
export function openReadOnly(path: string, shownAs: string = path): Database.Database {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch {
    throw messages.notASqliteDatabase(shownAs);
  }
}

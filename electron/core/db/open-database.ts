import Database from 'better-sqlite3';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';

export class DatabaseCorruptError extends Error {}

/**
 * quick_check reads every page (about 1.3 s per GB here). Up to this size it runs at every start; a bigger database
 * (an academy's records at scale) gets the schema read at start and its full check from the health panel and before
 * every backup, so the app still opens in a second.
 */
const FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Opens (creating if needed) the learner database with the settings learner records need: WAL so readers never
 * block the writer, `synchronous=FULL` so an acknowledged event survives power loss, enforced foreign keys.
 */
export function openDatabase(filePath: string): Database.Database {
  mkdirSync(dirname(filePath), { recursive: true });
  let db: Database.Database | undefined;
  try {
    db = new Database(filePath);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -32768');
    const size = statSync(filePath, { throwIfNoEntry: false })?.size ?? 0;
    if (size <= FULL_CHECK_MAX_BYTES) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new DatabaseCorruptError(String(check));
    } else db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    if (db?.open) db.close();
    if (error instanceof DatabaseCorruptError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new DatabaseCorruptError((error as Error).message);
    }
    throw error;
  }
  const opened = db;
  try {
    migrate(opened, MIGRATIONS, filePath);
  } catch (error) {
    opened.close();
    throw error;
  }
  return opened;
}

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';

export class DatabaseCorruptError extends Error {}

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
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DatabaseCorruptError(String(check));
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

import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.ts';

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-').slice(0, 19);

/** Why a file cannot be restored, or null when it is a sound Rian database this version can open. */
export function restoreProblem(file: string): string | null {
  if (!existsSync(file)) return 'the file does not exist';
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `the file is damaged (${String(integrity)})`;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) return `the file comes from a newer Rian (data version ${version})`;
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    if (!['profiles', 'events'].every((t) => tables.some((r) => r.name === t)))
      return 'the file is not a Rian database';
    return null;
  } catch (error) {
    return `the file cannot be read as a database (${(error as Error).message})`;
  } finally {
    db?.close();
  }
}

/**
 * Online backup (SQLite's backup API, safe while learners keep writing) to `<file>.part`, checked with
 * integrity_check, then renamed: a failed or damaged backup never sits under the final name.
 */
export async function backupDatabase(db: Database.Database, file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.part`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    const problem = restoreProblem(partial);
    if (problem) throw new Error(`the backup failed its check: ${problem}`);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Replaces the (closed) database with a checked backup, keeping the replaced file aside as
 * `<db>.replaced-<time>`. Run while Rian is not using the database.
 */
export function restoreDatabase(databasePath: string, backupFile: string, now: Date): string | null {
  const problem = restoreProblem(backupFile);
  if (problem)
    throw new AppError('IMPORT_REJECTED', `This backup cannot be restored: ${problem}.`, `กู้คืนจากไฟล์นี้ไม่ได้: ${problem}`);
  let keptAside: string | null = null;
  if (existsSync(databasePath)) {
    const live = new Database(databasePath);
    live.pragma('wal_checkpoint(TRUNCATE)');
    live.close();
    keptAside = `${databasePath}.replaced-${stamp(now)}`;
    renameSync(databasePath, keptAside);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
  copyFileSync(backupFile, `${databasePath}.part`);
  renameSync(`${databasePath}.part`, databasePath);
  return keptAside;
}

export function databaseSize(databasePath: string): number {
  return ['', '-wal'].reduce((n, s) => n + (existsSync(databasePath + s) ? statSync(databasePath + s).size : 0), 0);
}

export const backupFileName = (now: Date) => `rian-${stamp(now)}.sqlite`;

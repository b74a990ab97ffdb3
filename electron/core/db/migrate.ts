import type Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import type { Migration } from './migrations/types.ts';

export class DatabaseFromFutureError extends Error {
  readonly databaseVersion: number;
  readonly supportedVersion: number;
  constructor(databaseVersion: number, supportedVersion: number) {
    super(`The database is at schema version ${databaseVersion}; this Rian supports up to ${supportedVersion}.`);
    this.databaseVersion = databaseVersion;
    this.supportedVersion = supportedVersion;
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the latest schema: all pending steps in one transaction, after copying the file aside
 * (`<file>.backup-v<from>`) when it already held data. Refuses a database written by a newer Rian.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], filePath: string | null): void {
  const latest = migrations.length;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseFromFutureError(current, latest);
  if (current === latest) return;
  if (current > 0 && filePath && existsSync(filePath)) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const backup = `${filePath}.backup-v${current}`;
    if (!existsSync(backup)) copyFileSync(filePath, backup);
  }
  db.transaction(() => {
    for (const m of migrations.slice(current)) m.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
}

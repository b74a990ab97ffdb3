import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseFromFutureError, migrate, schemaVersion } from '../../electron/core/db/migrate.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations/index.ts';
import type { Migration } from '../../electron/core/db/migrations/types.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { tempDir } from '../support/temp.ts';

let cleanup = () => {};
afterEach(() => cleanup());
function file(): string {
  const t = tempDir();
  cleanup = t.cleanup;
  return join(t.dir, 'rian.sqlite');
}

const tables = (db: Database.Database) =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name);

describe('migrations', () => {
  it('bring a fresh database to the latest version with WAL, synchronous=FULL and foreign keys', () => {
    const db = openDatabase(file());
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['events', 'profiles', 'enrolments', 'lesson_completions', 'meta', 'resume_points']),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('apply step by step: each migration leaves a database the next one accepts', () => {
    const path = file();
    for (let step = 1; step <= MIGRATIONS.length; step++) {
      const db = new Database(path);
      migrate(db, MIGRATIONS.slice(0, step), path);
      expect(schemaVersion(db)).toBe(step);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  });

  it('run all pending steps in one transaction: a failing step leaves the database as it was', () => {
    const path = file();
    openDatabase(path).close();
    const failing: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'half-done',
      up(db) {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('disk on fire');
      },
    };
    const db = new Database(path);
    expect(() => migrate(db, [...MIGRATIONS, failing], path)).toThrow('disk on fire');
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });

  it('copy the file aside before migrating a database that already holds data', () => {
    const path = file();
    openDatabase(path).close();
    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'next',
      up: (db) => db.exec('CREATE TABLE extra (x)'),
    };
    const db = new Database(path);
    migrate(db, [...MIGRATIONS, next], path);
    db.close();
    const backup = `${path}.backup-v${LATEST_SCHEMA_VERSION}`;
    expect(existsSync(backup)).toBe(true);
    const old = new Database(backup, { readonly: true });
    expect(schemaVersion(old)).toBe(LATEST_SCHEMA_VERSION);
    old.close();
  });

  it('refuse a database written by a newer Rian and leave it untouched', () => {
    const path = file();
    const db = openDatabase(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    db.close();
    expect(() => openDatabase(path)).toThrow(DatabaseFromFutureError);
    const after = new Database(path, { readonly: true });
    expect(schemaVersion(after)).toBe(LATEST_SCHEMA_VERSION + 3);
    after.close();
  });
});

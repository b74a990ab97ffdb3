import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations/index.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { startBackend } from '../support/backend.ts';
import { coursesFixture, tempDir } from '../support/temp.ts';

let cleanup = () => {};
afterEach(() => cleanup());

function setup() {
  const t = tempDir();
  cleanup = t.cleanup;
  return { dir: t.dir, courses: coursesFixture(t.dir) };
}

describe('start-up with a bad database', () => {
  it('reports a damaged file as dbCorrupt and refuses learner channels with DB_CORRUPT', async () => {
    const { dir, courses } = setup();
    writeFileSync(join(dir, 'rian.sqlite'), 'this is not a database '.repeat(500));
    const backend = startBackend(dir, courses);
    const status = await backend.call('app.status', {});
    expect(status.problem).toMatchObject({ kind: 'dbCorrupt', databasePath: join(dir, 'rian.sqlite') });
    expect(await backend.raw('profiles.list', {})).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    expect(await backend.call('settings.get', {})).toMatchObject({ language: null });
  });

  it('reports a newer database as dbFromFuture with both versions', async () => {
    const { dir, courses } = setup();
    const db = openDatabase(join(dir, 'rian.sqlite'));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const backend = startBackend(dir, courses);
    expect((await backend.call('app.status', {})).problem).toMatchObject({
      kind: 'dbFromFuture',
      databaseVersion: LATEST_SCHEMA_VERSION + 1,
      supportedVersion: LATEST_SCHEMA_VERSION,
    });
    expect(await backend.raw('profiles.list', {})).toMatchObject({ ok: false, error: { code: 'DB_FROM_FUTURE' } });
  });

  it('reports a corrupt settings file and starts with defaults', async () => {
    const { dir, courses } = setup();
    writeFileSync(join(dir, 'settings.json'), '\u0000\u0001garbage');
    const backend = startBackend(dir, courses);
    const status = await backend.call('app.status', {});
    expect(status.problem).toBeNull();
    expect(status.settingsResetBackup).toMatch(/settings\.json\.corrupt-/);
    backend.close();
  });
});

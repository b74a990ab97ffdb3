import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/paths.ts';
import { startBackend, SOMSRI } from '../support/backend.ts';
import { coursesFixture, tempDir } from '../support/temp.ts';

const t = tempDir('rian-backup-');
afterAll(() => t.cleanup());
const rian = (...args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'electron/cli/rian.ts'), ...args], { encoding: 'utf8' });

describe('backup and restore', () => {
  it('backs up while another process keeps writing, and the copy passes integrity_check', async () => {
    const data = join(t.dir, 'busy');
    const file = join(data, 'rian.sqlite');
    const writer = spawn(process.execPath, [join(PROJECT_ROOT, 'tests/support/event-writer.ts'), file], {
      stdio: 'ignore',
    });
    await new Promise((r) => setTimeout(r, 700));
    const out = join(t.dir, 'busy-backup.sqlite');
    const run = rian('backup', '--out', out, '--data', data);
    writer.kill('SIGKILL');
    expect(run.status, run.stderr).toBe(0);
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n).toBeGreaterThan(0);
    copy.close();
  });

  it('restores a checked backup and keeps the replaced database aside', async () => {
    const data = join(t.dir, 'restore');
    let backend = startBackend(data, coursesFixture(t.dir));
    await backend.call('profiles.create', SOMSRI);
    backend.close();
    const backup = join(t.dir, 'one-profile.sqlite');
    expect(rian('backup', '--out', backup, '--data', data).status).toBe(0);
    backend = startBackend(data, join(t.dir, 'courses'));
    await backend.call('profiles.create', { ...SOMSRI, nameTh: 'นายกิ๊ก', nameEn: 'Mr Kik' });
    backend.close();

    const run = rian('restore', backup, '--data', data);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(data).some((f) => f.startsWith('rian.sqlite.replaced-'))).toBe(true);
    backend = startBackend(data, join(t.dir, 'courses'));
    expect((await backend.call('profiles.list', {})).map((p) => p.nameEn)).toEqual([SOMSRI.nameEn]);
    await backend.call('admin.setPassphrase', { passphrase: 'ผู้ดูแลระบบ 2569' });
    expect(await backend.call('admin.auditLog', {})).toContainEqual(
      expect.objectContaining({ action: 'database.restore', detail: expect.objectContaining({ from: backup }) }),
    );
    backend.close();
  });

  it('refuses a damaged file or a database that is not Rian’s, and changes nothing', () => {
    const data = join(t.dir, 'restore');
    const junk = join(t.dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all '.repeat(100));
    const other = join(t.dir, 'other.sqlite');
    new Database(other).exec('CREATE TABLE t (x)');
    for (const file of [junk, other, join(t.dir, 'missing.sqlite')]) {
      const run = rian('restore', file, '--data', data);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/This backup cannot be restored: /);
    }
    expect(existsSync(join(data, 'rian.sqlite'))).toBe(true);
  });

  it('reports health and makes backups from the admin area', async () => {
    const data = join(t.dir, 'admin');
    const backend = startBackend(data, coursesFixture(join(t.dir, 'admin-courses')));
    await backend.call('admin.setPassphrase', { passphrase: 'ผู้ดูแลระบบ 2569' });
    const before = await backend.call('admin.health', {});
    expect(before).toMatchObject({ integrity: 'ok', lastBackupAt: null });
    expect(before.sizeBytes).toBeGreaterThan(0);
    const after = await backend.call('admin.backup', {});
    expect(after.lastBackupPath).toMatch(/backups\/rian-.*\.sqlite$/);
    expect(existsSync(after.lastBackupPath!)).toBe(true);
    backend.close();
  });
});

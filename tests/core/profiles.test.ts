import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../electron/core/session.ts';
import { startBackend, SOMSRI, type TestBackend } from '../support/backend.ts';
import { coursesFixture, tempDir } from '../support/temp.ts';

let backend: TestBackend;
let dir = '';
let cleanup = () => {};
beforeEach(() => {
  const t = tempDir();
  dir = t.dir;
  backend = startBackend(t.dir, coursesFixture(t.dir));
  cleanup = () => {
    backend.close();
    t.cleanup();
  };
});
afterEach(() => cleanup());

describe('learner profiles on a shared laptop', () => {
  it('creates a profile, signs it in and lists several profiles', async () => {
    const somsri = await backend.call('profiles.create', { ...SOMSRI, pin: '2569' });
    expect(somsri).toMatchObject({ nameTh: SOMSRI.nameTh, hasPin: true, email: SOMSRI.email });
    expect(await backend.call('session.current', {})).toMatchObject({ id: somsri.id });
    await backend.call('profiles.create', {
      nameTh: 'นายกิ๊ก ศักดิ์สิทธิ์',
      nameEn: 'Mr Kik Saksit',
      agency: 'สพร.',
      position: 'นักวิชาการคอมพิวเตอร์',
      email: '',
    });
    expect((await backend.call('profiles.list', {})).map((p) => p.nameEn)).toHaveLength(2);
  });

  it('never stores the PIN in clear', async () => {
    await backend.call('profiles.create', { ...SOMSRI, pin: '482913' });
    const db = new Database(join(dir, 'rian.sqlite'), { readonly: true });
    const row = db.prepare<[], { pin_hash: string }>('SELECT pin_hash FROM profiles').get()!;
    db.close();
    expect(row.pin_hash).toMatch(/^scrypt\$/);
    expect(row.pin_hash).not.toContain('482913');
  });

  it('asks for the PIN when set, refuses a wrong one, and locks after five wrong tries', async () => {
    const p = await backend.call('profiles.create', { ...SOMSRI, pin: '1234' });
    const fresh = createSession();
    expect(await backend.raw('session.signIn', { profileId: p.id }, fresh)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PIN' },
    });
    expect(await backend.raw('session.signIn', { profileId: p.id, pin: '1234' }, fresh)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await backend.raw('session.signIn', { profileId: p.id, pin: '0000' }, createSession());
    expect(await backend.raw('session.signIn', { profileId: p.id, pin: '0000' }, createSession())).toMatchObject({
      error: { code: 'WRONG_PIN' },
    });
    expect(await backend.raw('session.signIn', { profileId: p.id, pin: '1234' }, createSession())).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
  });

  it('gives a specific message for every bad field and saves nothing', async () => {
    const result = await backend.raw('profiles.create', {
      nameTh: ' ',
      nameEn: 'A',
      agency: '',
      position: 'x',
      email: 'not-mail',
      pin: '12',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.fields?.sort()).toEqual(['agency', 'email', 'nameTh', 'pin']);
    expect(await backend.call('profiles.list', {})).toEqual([]);
  });

  it('refuses a second profile for the same person with CONFLICT', async () => {
    await backend.call('profiles.create', SOMSRI);
    expect(await backend.raw('profiles.create', { ...SOMSRI, nameEn: SOMSRI.nameEn.toUpperCase() })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('resumes the last profile after a restart only when it has no PIN', async () => {
    await backend.call('profiles.create', SOMSRI);
    backend.close();
    backend = startBackend(dir, join(dir, 'courses'));
    expect(await backend.call('session.resume', {})).toMatchObject({ nameEn: SOMSRI.nameEn });

    await backend.call('profiles.create', {
      ...SOMSRI,
      nameTh: 'นายปิ่นมณี ฤๅชา',
      nameEn: 'Mr Pinmanee Ruecha',
      pin: '9999',
    });
    backend.close();
    backend = startBackend(dir, join(dir, 'courses'));
    expect(await backend.call('session.resume', {})).toBeNull();
  });

  it('signing out forgets the session, so learner channels are refused', async () => {
    await backend.call('profiles.create', SOMSRI);
    await backend.call('session.signOut', {});
    expect(await backend.raw('catalog.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await backend.call('session.resume', {})).toBeNull();
  });

  it('lists profiles most recently used first, then in Thai dictionary order', async () => {
    const names = ['นายกิ๊ก', 'นางสาวขวัญ', 'นายก้อง'];
    for (const [i, nameTh] of names.entries())
      await backend.call('profiles.create', { ...SOMSRI, nameTh, nameEn: `Person ${i}` });
    const listed = await backend.call('profiles.list', {});
    expect(listed[0]!.nameTh).toBe('นายก้อง');
  });

  it('offers at most 60 profiles to choose from, and finds anyone else by Thai or English name', async () => {
    const header = 'name_th,name_en,agency,position,email\n';
    const lines = Array.from({ length: 70 }, (_, i) => `นางสาวผู้เรียน ลำดับ${i},Ms Learner ${i},สพร.,นักวิชาการ,`);
    const csv = header + lines.join('\n') + '\n';
    await backend.call('admin.setPassphrase', { passphrase: 'ผู้ดูแลระบบ 2569' });
    await backend.call('admin.importLearners', {
      fileName: 'learners.csv',
      base64: Buffer.from(csv).toString('base64'),
    });
    await backend.call('profiles.create', { ...SOMSRI });
    const listed = await backend.call('profiles.list', {});
    expect(listed).toHaveLength(60);
    expect(listed[0]!.nameEn).toBe(SOMSRI.nameEn);
    expect((await backend.call('profiles.find', { query: 'ลำดับ69' })).map((p) => p.nameEn)).toEqual(['Ms Learner 69']);
    expect(await backend.call('profiles.find', { query: 'LEARNER 6' })).toHaveLength(11);
    expect(await backend.call('profiles.find', { query: 'ก' })).toEqual([]);
  });
});

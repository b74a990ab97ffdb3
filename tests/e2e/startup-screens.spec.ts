import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations/index.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { createProfileInEnglish, expect, startRian, test } from './fixtures.ts';

test('a damaged database gets a clear bilingual screen, not a blank window', async ({
  page,
  workspace,
  shoot,
  checkA11y,
}) => {
  const data = join(workspace.dir, 'data');
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'rian.sqlite'), 'not a database '.repeat(400));
  writeFileSync(join(data, 'settings.json'), JSON.stringify({ language: 'th' }));
  const server = await startRian(data, workspace.coursesDir);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'เปิดฐานข้อมูลผลการเรียนไม่ได้' })).toBeVisible();
    await expect(page.getByText('Your learning records could not be opened')).toBeVisible();
    await expect(page.getByText(join(data, 'rian.sqlite'))).toBeVisible();
    await shoot(page, '20-db-corrupt-th');
    await checkA11y(page);
  } finally {
    await server.stop();
  }
});

test('a database from a newer Rian is refused with both versions named', async ({ page, workspace, shoot }) => {
  const data = join(workspace.dir, 'data');
  const db = openDatabase(join(data, 'rian.sqlite'));
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  db.close();
  const server = await startRian(data, workspace.coursesDir);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'This data comes from a newer Rian' })).toBeVisible();
    await expect(page.getByText(`data version ${LATEST_SCHEMA_VERSION + 1}`)).toBeVisible();
    await shoot(page, '21-db-future-en');
    const after = new Database(join(data, 'rian.sqlite'), { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    after.close();
  } finally {
    await server.stop();
  }
});

test('a broken course package is listed as broken while the others work; corrupt settings are reported', async ({
  page,
  workspace,
  shoot,
  checkA11y,
}) => {
  const broken = join(workspace.coursesDir, 'half-written-course');
  mkdirSync(broken);
  writeFileSync(join(broken, 'course.yaml'), 'schemaVersion: 1\nid: half-written-course\ntitle: { th: ครึ่ง }\n');
  const data = join(workspace.dir, 'data');
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'settings.json'), '{ "language": "en", ');
  const server = await startRian(data, workspace.coursesDir);
  try {
    await page.goto(server.url);
    await createProfileInEnglish(page, {
      nameTh: 'นายศักดิ์สิทธิ์ มั่นคง',
      nameEn: 'Mr Saksit Mankhong',
      agency: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
      position: 'Director',
    });

    await expect(page.getByText(/Your settings file could not be read/)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Cyber-Hygiene Essentials' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Courses that could not be opened' })).toBeVisible();
    await page.getByText('half-written-course').click();
    await expect(page.getByText('course.yaml title.en')).toBeVisible();
    await shoot(page, '22-broken-course-and-settings-en');
    await checkA11y(page);
  } finally {
    await server.stop();
  }
});

test('the HTTP door refuses calls without the token or from a foreign origin', async ({ request, rian, page }) => {
  const url = `${rian.url}api/profiles.list`;
  expect((await request.post(url, { data: {} })).status()).toBe(401);
  await page.goto(rian.url);
  const token = await page.locator('meta[name="rian-token"]').getAttribute('content');
  expect(token).toBeTruthy();
  const foreign = await request.post(url, {
    data: {},
    headers: { 'x-rian-token': token!, origin: 'https://attacker.example' },
  });
  expect(foreign.status()).toBe(403);
  const own = await request.post(url, { data: {}, headers: { 'x-rian-token': token! } });
  expect(await own.json()).toEqual({ ok: true, data: [] });
});

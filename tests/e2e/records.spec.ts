import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { PROJECT_ROOT } from '../../electron/paths.ts';
import { expect, startRian, test, type RianServer } from './fixtures.ts';

const CURRICULA = [
  'ai-for-public-sector',
  'big-data-for-government',
  'digital-talent-foundations',
  'ecommerce-online-export-sme',
  'train-the-trainer-ecommerce',
];
const LEARNERS = 400;

test.use({ courseIds: CURRICULA });
test.setTimeout(240_000);

let server: RianServer | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test('an admin filters, sorts and scrolls the records, opens a learner, exports and reads the dashboard', async ({
  page,
  workspace,
  shoot,
  checkA11y,
}) => {
  const dataDir = join(workspace.dir, 'data');
  const seeded = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'dist/cli/rian.mjs'), 'seed', '--learners', String(LEARNERS), '--data', dataDir],
    { encoding: 'utf8', env: { ...process.env, RIAN_COURSES_DIR: workspace.coursesDir } },
  );
  expect(seeded.status, seeded.stderr).toBe(0);
  server = await startRian(dataDir, workspace.coursesDir);

  await page.goto(`${server.url}#/admin/records`);
  await page.getByRole('button', { name: 'English' }).first().click();
  await page.getByLabel('Passphrase').fill('ผู้ดูแลระบบ 2569 สพร.');
  await page.getByLabel('Type it again').fill('ผู้ดูแลระบบ 2569 สพร.');
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();

  const total = LEARNERS * CURRICULA.length;
  await expect(page.getByRole('status').filter({ hasText: 'record(s)' })).toHaveText(
    `${total.toLocaleString('en-GB')} record(s)`,
  );
  const table = page.getByRole('table', { name: /Completion records/ });
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  await shoot(page, '50-admin-records-en', { keepScroll: true });
  await checkA11y(page);

  // Filters: completed records of one course; the count follows.
  await page.getByLabel('Status').selectOption('completed');
  await page.getByLabel('Course', { exact: true }).selectOption({ label: 'AI for the Public Sector' });
  const count = page.getByRole('status').filter({ hasText: 'record(s)' });
  await expect(count).not.toHaveText(`${total.toLocaleString('en-GB')} record(s)`);
  const shown = Number((await count.textContent())!.replace(/\D/g, ''));
  expect(shown).toBeGreaterThan(0);
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(3)).toHaveText('Completed');

  // Sort by best score, highest first, and scroll to the very end: rows are there, not blank.
  await table.getByRole('button', { name: 'Best score' }).click();
  await table.getByRole('button', { name: 'Best score' }).click();
  await expect(table.getByRole('columnheader', { name: /Best score/ })).toHaveAttribute('aria-sort', 'descending');
  const scores = await table.getByRole('row').locator('[role=cell]:nth-child(6)').allTextContents();
  const numeric = scores.slice(0, 8).map(Number);
  expect(numeric).toEqual([...numeric].sort((a, b) => b - a));
  await page.getByLabel('Status').selectOption('');
  await page.getByLabel('Course', { exact: true }).selectOption('');
  await expect(count).toHaveText(`${total.toLocaleString('en-GB')} record(s)`);
  await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(table.locator(`[aria-rowindex="${total + 1}"] [role=cell]`).first()).not.toHaveText('Loading…');

  // The search finds a learner by name; their detail opens from the row.
  await table.evaluate((el) => el.scrollTo({ top: 0 }));
  const firstName = (await table.locator('[aria-rowindex="2"] .records-name .link-button').textContent())!;
  await page.getByLabel('Name or employee id').fill(firstName);
  await expect(count).toHaveText(`${CURRICULA.length} record(s)`);
  await table
    .getByRole('button', { name: `Open ${firstName}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: firstName });
  await expect(dialog).toBeVisible();
  await shoot(page, '51-admin-learner-detail-en', { keepScroll: true });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Export to CSV and XLSX: what downloads is exactly what the screen counts, in the screen's order.
  await page.getByLabel('Status').selectOption('inProgress');
  await expect(count).not.toHaveText(`${total.toLocaleString('en-GB')} record(s)`);
  const inProgress = Number((await count.textContent())!.replace(/\D/g, ''));
  const firstRow = (await table.locator('[aria-rowindex="2"] .records-name .link-button').textContent())!;
  await page.getByLabel('Format').selectOption('csv');
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(inProgress);
  expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['inProgress']));
  expect(rows[0]!.name_en).toBe(firstRow);
  await expect(page.getByText(/Saved to .*records-.*\.csv/)).toBeVisible();

  await page.getByLabel('Format').selectOption('xlsx');
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await xlsxDownload.path())!);
  expect(book.worksheets[0]!.rowCount).toBe(inProgress + 1);
  await shoot(page, '52-admin-records-exported-en');

  // The dashboard, in Thai, with a chart saved as PNG.
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await expect(page.getByRole('img', { name: 'Chart: Completion rate by course' })).toBeVisible();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ไทย' }).click();
  await expect(page.getByRole('heading', { name: 'แดชบอร์ด' })).toBeVisible();
  await shoot(page, '53-admin-dashboard-th');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('figure', { name: 'อัตราการเรียนจบตามหน่วยงาน' }).getByRole('button', { name: 'บันทึกเป็น PNG' }).click(),
  ]);
  const image = PNG.sync.read(readFileSync((await png.path())!));
  expect(image.width).toBe(1280);
  await png.saveAs(join(PROJECT_ROOT, 'tests/artifacts/screenshots/54-chart-agencies-th.png'));
  await page.getByRole('tab', { name: 'ผลการเรียน' }).click();
  await shoot(page, '55-admin-records-th', { keepScroll: true });
  await checkA11y(page);
});

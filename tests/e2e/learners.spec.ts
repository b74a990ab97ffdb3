import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { QUIZ_LAB } from '../support/temp.ts';
import { createProfileInEnglish, expect, test } from './fixtures.ts';

test.use({ courseIds: [QUIZ_LAB] });

const HEADER = ['ชื่อ-นามสกุล (ไทย)', 'ชื่อ-นามสกุล (อังกฤษ)', 'หน่วยงาน', 'ตำแหน่ง', 'อีเมล', 'รหัสพนักงาน'];
const PINMANEE = ['นางสาวปิ่นมณี ศักดิ์สิทธิ์', 'Ms Pinmanee Saksit', 'กรมการปกครอง', 'นักวิเคราะห์นโยบายและแผน'];
const SOMSRI_AGAIN = ['นางสาวสมศรี ใจดี', 'Somsri Jaidee', 'สำนักงานพัฒนารัฐบาลดิจิทัล', 'นักวิชาการคอมพิวเตอร์'];

async function writeWorkbook(path: string, rows: unknown[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ผู้เข้าอบรม');
  sheet.addRow(['รายชื่อผู้เข้าอบรม หลักสูตร Quiz Lab']);
  for (const row of [HEADER, ...rows]) sheet.addRow(row);
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

async function openFirstLesson(page: Page) {
  await page.getByRole('button', { name: /Quiz Lab/ }).click();
  await page.getByRole('button', { name: 'Start the course' }).click();
  await page.getByRole('button', { name: 'Mark complete' }).click();
}

const learnerItem = (page: Page, name: string): Locator =>
  page.getByRole('list', { name: 'Learners found' }).first().getByRole('listitem').filter({ hasText: name });

async function find(page: Page, query: string) {
  await page.getByLabel('Name (Thai or English) or employee id').fill(query);
}

test('an admin imports learners from Excel, then finds, edits, merges, deletes and looks at them', async ({
  page,
  rian,
  workspace,
  shoot,
  checkA11y,
}) => {
  await page.goto(rian.url);
  await createProfileInEnglish(page, {
    nameTh: 'นางสาวสมศรี ใจดี',
    nameEn: 'Ms Somsri Jaidee',
    agency: 'กรมการปกครอง',
    position: 'Policy analyst',
  });
  await openFirstLesson(page);
  await page.getByRole('button', { name: 'Switch profile' }).click();
  await page.getByRole('button', { name: 'Add a new profile' }).click();
  await page.getByLabel('Name in Thai').fill('นายกิ๊ก ฤๅชา');
  await page.getByLabel('Name in English').fill('Mr Kik Ruecha');
  await page.getByLabel('Agency (ministry / department)').fill('กรมส่งเสริมการค้าระหว่างประเทศ');
  await page.getByLabel('Position', { exact: true }).fill('Trade officer');
  await page.getByRole('button', { name: 'Create profile and start' }).click();
  await expect(page.getByText('Signed in as Mr Kik Ruecha')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Admin' }).click();
  await page.getByLabel('Passphrase').fill('ครูสอนดี 2569 รักการเรียน');
  await page.getByLabel('Type it again').fill('ครูสอนดี 2569 รักการเรียน');
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();
  await page.getByRole('tab', { name: 'Learners' }).click();

  // A workbook with a bad row: every problem listed, the import button disabled until the file is fixed.
  const bad = join(workspace.dir, 'รายชื่อ.xlsx');
  await writeWorkbook(bad, [
    [...PINMANEE, 'pinmanee@example.go.th', '6401-0042'],
    [...SOMSRI_AGAIN, '', '6401-0043'],
    ['นายไม่ครบ ข้อมูล', 'Mr Incomplete', '', 'เจ้าหน้าที่', 'not-an-email', '6401-0042'],
  ]);
  await page.getByLabel('Choose a CSV file or an Excel workbook').setInputFiles(bad);
  await expect(page.getByText('2 row(s) ready, 1 with problems')).toBeVisible();
  const badRow = page.getByRole('row').filter({ hasText: 'Mr Incomplete' });
  await expect(badRow.getByRole('listitem')).toHaveText([
    'missing agency',
    'bad e-mail address',
    'employee id 6401-0042 is also on line 3',
  ]);
  await expect(page.getByRole('button', { name: 'Import 3 learner(s)' })).toBeDisabled();
  await shoot(page, '60-learners-import-problems-en');
  await checkA11y(page);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ไทย' }).click();
  await expect(badRow.getByRole('listitem')).toHaveText([
    'ไม่มีหน่วยงาน',
    'อีเมลไม่ถูกต้อง',
    'รหัสพนักงาน 6401-0042 ซ้ำกับแถวที่ 3',
  ]);
  await shoot(page, '60-learners-import-problems-th');
  await page.getByRole('group', { name: 'ภาษา' }).getByRole('button', { name: 'English' }).click();

  const good = join(workspace.dir, 'รายชื่อ-แก้แล้ว.xlsx');
  await writeWorkbook(good, [
    [...PINMANEE, 'pinmanee@example.go.th', '6401-0042'],
    [...SOMSRI_AGAIN, '', '6401-0043'],
    ['นายครบ ข้อมูล', 'Mr Complete', 'สพร.', 'เจ้าหน้าที่', 'complete@example.go.th', '6401-0044'],
  ]);
  await page.getByLabel('Choose a CSV file or an Excel workbook').setInputFiles(good);
  await page.getByRole('button', { name: 'Import 3 learner(s)' }).click();
  await expect(page.getByText('3 learner(s) imported.')).toBeVisible();

  // Find and edit: a bad employee id is explained in place, a good one saved.
  await find(page, 'Pinmanee');
  await expect(page.getByRole('list', { name: 'Learners found' }).getByRole('listitem')).toHaveCount(1);
  await learnerItem(page, 'Ms Pinmanee Saksit').getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Ms Pinmanee Saksit' })).toBeFocused();
  await page.getByLabel('Employee id (optional)').fill('#42');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Use letters, digits and - / . only, starting with a letter or digit.')).toBeVisible();
  await expect(page.getByLabel('Employee id (optional)')).toBeFocused();
  await page.getByLabel('Employee id (optional)').fill('6401-0043');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Employee id 6401-0043 already belongs to Somsri Jaidee.')).toBeVisible();
  await page.getByLabel('Employee id (optional)').fill('6401-0142');
  await page.getByLabel('Position', { exact: true }).fill('นักวิเคราะห์นโยบายและแผนชำนาญการ');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved Ms Pinmanee Saksit.')).toBeVisible();
  await expect(learnerItem(page, 'Ms Pinmanee Saksit')).toContainText('นักวิเคราะห์นโยบายและแผนชำนาญการ · 6401-0142');

  // Merge: the imported Somsri keeps her details; the one who studied on this laptop brings her progress.
  await find(page, 'สมศรี');
  await expect(page.getByRole('list', { name: 'Learners found' }).getByRole('listitem')).toHaveCount(2);
  await learnerItem(page, 'Ms Somsri Jaidee').getByRole('button', { name: 'Merge with another profile…' }).click();
  const merge = learnerItem(page, 'Ms Somsri Jaidee');
  await merge.getByLabel('Find the other profile of the same person').fill('Somsri');
  await merge.getByRole('button', { name: 'Choose Somsri Jaidee' }).click();
  await merge.getByRole('button', { name: 'Keep the other profile’s details instead' }).click();
  await expect(merge.getByRole('region', { name: 'Kept: Somsri Jaidee' })).toContainText('6401-0043');
  await expect(merge.getByRole('region', { name: 'Merged in, then removed: Ms Somsri Jaidee' })).toBeVisible();
  await expect(merge.getByText(/Ms Somsri Jaidee’s \d+ event\(s\), 0 quiz attempt\(s\)/)).toBeVisible();
  await merge.getByRole('heading', { name: 'Merge another profile of Ms Somsri Jaidee' }).scrollIntoViewIfNeeded();
  await shoot(page, '61-learners-merge-en', { keepScroll: true });
  await checkA11y(page);
  await merge.getByRole('button', { name: 'Merge Ms Somsri Jaidee into Somsri Jaidee' }).click();
  await expect(page.getByText(/Merged: [1-9]\d* event\(s\) moved to Somsri Jaidee\./)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Learners found' }).getByRole('listitem')).toHaveCount(1);

  // Her record: the course she started before the merge, and the events that came with her.
  await learnerItem(page, 'Somsri Jaidee').getByRole('button', { name: 'View record' }).click();
  const detail = page.getByRole('region', { name: 'Somsri Jaidee' });
  await expect(detail.getByRole('heading', { name: 'Somsri Jaidee' })).toBeFocused();
  await expect(detail.getByRole('table', { name: 'Courses' }).getByRole('row', { name: /Quiz Lab/ })).toContainText(
    'In progress',
  );
  await expect(detail.getByRole('table', { name: 'Activity, most recent first' })).toContainText('Completed a lesson');
  await expect(detail.getByText('No quiz attempts yet.')).toBeVisible();
  await shoot(page, '62-learner-detail-en');
  await checkA11y(page);

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ไทย' }).click();
  const detailTh = page.getByRole('region', { name: 'นางสาวสมศรี ใจดี' });
  await expect(detailTh.getByRole('table', { name: 'กิจกรรม (ล่าสุดก่อน)' })).toContainText('เรียนจบบทเรียน');
  await expect(detailTh.getByText(/25\d\d/).first()).toBeVisible();
  await shoot(page, '63-learner-detail-th');
  await checkA11y(page);
  await page.getByRole('group', { name: 'ภาษา' }).getByRole('button', { name: 'English' }).click();
  await detail.getByRole('button', { name: 'Close' }).click();

  // Delete: nothing happens until the name is typed again.
  await find(page, '');
  await learnerItem(page, 'Mr Complete').getByRole('button', { name: 'Delete…' }).click();
  const remove = learnerItem(page, 'Mr Complete');
  await expect(remove.getByText(/This removes Mr Complete, their 0 event\(s\)/)).toBeVisible();
  await remove.getByLabel('Type Mr Complete or นายครบ ข้อมูล to confirm').fill('Mr Compl');
  await expect(remove.getByRole('button', { name: 'Delete learner' })).toBeDisabled();
  await remove.getByLabel('Type Mr Complete or นายครบ ข้อมูล to confirm').fill('นายครบ ข้อมูล');
  await page.getByRole('heading', { name: 'Delete Mr Complete' }).scrollIntoViewIfNeeded();
  await shoot(page, '64-learners-delete-en', { keepScroll: true });
  await remove.getByRole('button', { name: 'Delete learner' }).click();
  await expect(page.getByText('Deleted Mr Complete.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Learners found' }).getByRole('listitem')).toHaveText([
    /Ms Pinmanee Saksit/,
    /Somsri Jaidee/,
    /Mr Kik Ruecha/,
  ]);
});

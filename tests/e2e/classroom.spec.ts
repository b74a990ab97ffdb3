import { parse } from 'csv-parse/sync';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUIZ_LAB } from '../support/temp.ts';
import { importRoster, setTrainerPassphrase } from './trainer-steps.ts';
import { createProfileInEnglish, expect, startRian, test } from './fixtures.ts';
import { completeQuizLab } from './quiz-lab-steps.ts';

test.use({ courseIds: [QUIZ_LAB] });
test.setTimeout(240_000);

const TRAINEES = [
  { nameTh: 'นางสาวนก บินสูง', nameEn: 'Ms Nok Binsung', agency: 'กรมการค้าภายใน', position: 'นักวิชาการพาณิชย์' },
  { nameTh: 'นายต้น ไม้ใหญ่', nameEn: 'Mr Ton Maiyai', agency: 'กรมการค้าภายใน', position: 'เจ้าพนักงานธุรการ' },
  { nameTh: 'นางแก้ว ใสสะอาด', nameEn: 'Mrs Kaew Saisaat', agency: 'สำนักงานพาณิชย์จังหวัดขอนแก่น', position: 'ผู้ประสานงาน' },
];

test('a trainer runs a session: roster, attendance, presenting, three laptops’ progress (one twice), report and certificates', async ({
  page,
  browser,
  rian,
  workspace,
  shoot,
  checkA11y,
}) => {
  // Each trainee learns on their own laptop (a data folder of its own) and exports a progress file.
  const bundles: string[] = [];
  for (const [i, trainee] of TRAINEES.entries()) {
    const laptop = await startRian(join(workspace.dir, `laptop-${i}`), workspace.coursesDir);
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(laptop.url);
    await createProfileInEnglish(p, trainee);
    if (i === 0) await completeQuizLab(p);
    else {
      await p.getByRole('button', { name: /Quiz Lab/ }).click();
      await p.getByRole('button', { name: 'Start the course' }).click();
      await p.getByRole('button', { name: 'Mark complete' }).click();
    }
    await p.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Certificates' }).click();
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Export my progress for my trainer' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rian-progress-.*\.rianprogress$/);
    const file = join(workspace.dir, download.suggestedFilename());
    await download.saveAs(file);
    bundles.push(file);
    if (i === 0) await shoot(p, '90-trainee-progress-export-en');
    await context.close();
    await laptop.stop();
  }

  // The trainer: passphrase, then a two-day session.
  await setTrainerPassphrase(page, rian.url, 'วิทยากร ขอนแก่น 2569');
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByText('Fill this in.').first()).toBeVisible();
  await page.getByLabel('Course').selectOption({ label: 'Quiz Lab' });
  await page.getByLabel('Session title').fill('รุ่นที่ 3 ขอนแก่น / Khon Kaen cohort 3');
  await page.getByLabel('Venue').fill('ศูนย์ราชการจังหวัดขอนแก่น ห้องประชุม 2');
  await page.getByLabel('Target group').fill('ผู้ประสานงานธุรกิจอีคอมเมิร์ซ');
  await page.getByLabel('Trainers').fill('นางสาววิทยา สอนดี\nMr Co Trainer');
  await page.getByLabel('Day 1').fill('2026-12-01');
  await page.getByRole('button', { name: 'Add a day' }).click();
  await page.getByLabel('Day 2').fill('2026-12-02');
  await page.getByLabel('Morning and afternoon attendance').nth(1).uncheck();
  await page.getByLabel(/Attendance needed/).fill('60');
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('heading', { name: 'รุ่นที่ 3 ขอนแก่น / Khon Kaen cohort 3' })).toBeVisible();

  // Roster from a file: the three trainees.
  await importRoster(page, workspace.dir, TRAINEES);
  await shoot(page, '91-trainer-roster-en');
  await checkA11y(page);

  // Attendance by keyboard: P, P, L for the morning of day 1; the afternoon by clicks.
  await page.getByRole('tab', { name: 'Attendance' }).click();
  const rows = page.locator('.attendance-list > li');
  await rows.first().focus();
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  await page.keyboard.press('l');
  await expect(page.getByText(/Present 2 · Late 1 · Absent 0 · Excused 0 · of 3/)).toBeVisible();
  await page.getByRole('button', { name: /Afternoon/ }).click();
  await page.getByRole('button', { name: 'Mark everyone not yet marked as present' }).click();
  await page.getByRole('radiogroup', { name: 'Mr Ton Maiyai' }).getByRole('radio', { name: 'Absent' }).click();
  await expect(page.getByText(/Present 2 · Late 0 · Absent 1 · Excused 0 · of 3/)).toBeVisible();
  await page.getByRole('button', { name: /All day/ }).click();
  await page.getByRole('button', { name: 'Mark everyone not yet marked as present' }).click();
  await page.getByRole('radiogroup', { name: 'Mr Ton Maiyai' }).getByRole('radio', { name: 'Absent' }).click();
  await expect(page.getByText(/Present 2 · Late 0 · Absent 1 · Excused 0 · of 3/)).toBeVisible();
  await page.getByLabel('Find a trainee').fill('แก้ว');
  await expect(rows).toHaveCount(1);
  await shoot(page, '92-trainer-attendance-en');
  await page.getByLabel('Find a trainee').fill('');

  // The plan, its printed run-sheet, and presenting a lesson from it.
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(page.getByText('What personal data is').first()).toBeVisible();
  const [runSheet] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Print run-sheet (PDF)' }).click(),
  ]);
  const pdf = join(workspace.dir, 'run-sheet.pdf');
  await runSheet.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-raw', pdf, '-']).toString();
  expect(text).toContain('กำหนดการอบรม');
  expect(text).toContain('What personal data is');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(workspace.dir, 'run-sheet')]);
  writeFileSync(
    join(process.cwd(), 'tests/artifacts/screenshots/93-run-sheet.png'),
    readFileSync(join(workspace.dir, 'run-sheet-1.png')),
  );
  await shoot(page, '94-trainer-plan-en');
  await page.getByRole('button', { name: 'Present this lesson' }).first().click();
  await expect(page.getByRole('heading', { name: /personal data/i }).first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');

  // Progress from the three laptops; then Nok's file again, which changes nothing.
  await page.goto(`${rian.url}#/trainer`);
  await page.getByRole('button', { name: 'รุ่นที่ 3 ขอนแก่น / Khon Kaen cohort 3' }).click();
  await page.getByRole('tab', { name: 'Progress from laptops' }).click();
  await page.getByLabel('Choose files').setInputFiles(bundles);
  await expect(page.getByText('3 file(s) ready to merge, 0 not accepted.')).toBeVisible();
  await expect(page.getByText(/Matched by employee id or name/).first()).toBeVisible();
  await shoot(page, '95-trainer-bundles-preview-en');
  await page.getByRole('button', { name: 'Merge 3 file(s)' }).click();
  await expect(page.getByText(/Merged 3 file\(s\): \d+ new event\(s\)\./)).toBeVisible();
  await expect(page.locator('.merged-list').getByText(/Merged /)).toHaveCount(3);
  await page.getByLabel('Choose files').setInputFiles(bundles[0]!);
  await expect(page.getByText('Nothing new: all of it is already here')).toBeVisible();
  await page.getByRole('button', { name: 'Merge 1 file(s)' }).click();
  await expect(page.getByText('Merged 1 file(s): 0 new event(s).')).toBeVisible();

  // The report: Nok finished the course; attendance decides participation. Certificates for the eligible.
  await page.getByRole('tab', { name: 'Report and certificates' }).click();
  const nok = page.getByRole('row', { name: /Ms Nok Binsung/ });
  await expect(nok.getByRole('cell').first()).toHaveText('100%');
  await page.getByRole('button', { name: 'Issue certificates of participation (2 eligible)' }).click();
  await expect(page.getByText('2 certificate(s) issued; 1 trainee(s) not yet eligible.')).toBeVisible();
  await expect(nok).toContainText(/DGA-25\d\d-[2-9A-Z]{4}-\d{6}/);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const report = parse(readFileSync((await csv.path())!, 'utf8').slice(1), { columns: true }) as Record<
    string,
    string
  >[];
  expect(report.map((r) => [r.name_en, r.attendance_percent, r.eligible_participation, r.eligible_completion])).toEqual(
    [
      ['Mrs Kaew Saisaat', '100', 'yes', 'no'],
      ['Ms Nok Binsung', '100', 'yes', 'yes'],
      ['Mr Ton Maiyai', '33.3', 'no', 'no'],
    ],
  );
  await shoot(page, '96-trainer-report-en');
  await checkA11y(page);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ไทย' }).click();
  await expect(page.getByRole('tab', { name: 'รายงานและเกียรติบัตร' })).toBeVisible();
  await shoot(page, '97-trainer-report-th');
  await page.getByRole('tab', { name: 'เช็กชื่อ' }).click();
  await expect(page.getByRole('radiogroup', { name: 'นางสาวนก บินสูง' })).toBeVisible();
  await shoot(page, '98-trainer-attendance-th');
  await page.getByRole('tab', { name: 'แผนการอบรม' }).click();
  await expect(page.getByText('ข้อมูลส่วนบุคคลคืออะไร').first()).toBeVisible();
  await shoot(page, '99-trainer-plan-th');
});

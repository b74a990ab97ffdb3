import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DATABASE_FILE } from '../../electron/core/data-dir.ts';
import { QUIZ_LAB } from '../support/temp.ts';
import { importRoster, setTrainerPassphrase } from './trainer-steps.ts';
import { createProfileInEnglish, expect, startRian, test, type RianServer } from './fixtures.ts';

test.use({ courseIds: [QUIZ_LAB] });
test.setTimeout(300_000);

/** Trainees' own Rian, stopped even when a step fails. */
const laptops: RianServer[] = [];
test.afterEach(async () => {
  for (const laptop of laptops.splice(0)) await laptop.stop();
});

const NOK = { nameTh: 'นางสาวนก บินสูง', nameEn: 'Ms Nok Binsung', agency: 'กรมการค้าภายใน', position: 'นักวิชาการพาณิชย์' };
const TON = { nameTh: 'นายต้น ไม้ใหญ่', nameEn: 'Mr Ton Maiyai', agency: 'กรมการค้าภายใน', position: 'เจ้าพนักงานธุรการ' };
const KAEW = {
  nameTh: 'นางแก้ว ใสสะอาด',
  nameEn: 'Mrs Kaew Saisaat',
  agency: 'พาณิชย์จังหวัดขอนแก่น',
  position: 'ผู้ประสานงาน',
};

/** The ids of the events a data folder holds for the quiz-lab course, for one profile (by English name) or all. */
function eventIds(dataDir: string, nameEn?: string): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const rows = nameEn
      ? db
          .prepare<[string, string], { id: string }>(
            `SELECT e.id FROM events e JOIN profiles p ON p.id = e.profile_id WHERE p.name_en = ? AND e.course_id = ?`,
          )
          .all(nameEn, QUIZ_LAB)
      : db.prepare<[string], { id: string }>('SELECT id FROM events WHERE course_id = ?').all(QUIZ_LAB);
    return rows.map((r) => r.id).sort();
  } finally {
    db.close();
  }
}

/** A trainee's own Rian joins the classroom by address and code, and lands in the class course. */
async function joinFromRian(p: Page, port: number, code: string) {
  await p.getByRole('button', { name: 'Join a classroom' }).click();
  await p.getByLabel('Address').fill(`127.0.0.1:${port}`);
  await p.getByLabel('Join code').fill(code.toLowerCase());
  await p.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(p.getByRole('region', { name: 'Classroom' })).toContainText('Synced');
}

test('a live classroom: trainees join by code from Rian and a browser, progress and answers arrive live, and a dropped hub loses nothing', async ({
  page,
  browser,
  rian,
  workspace,
  shoot,
  checkA11y,
}) => {
  // The trainer: passphrase, a session of Quiz Lab, and a roster of three.
  await setTrainerPassphrase(page, rian.url, 'วิทยากร ห้องเรียนสด 2569');
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByLabel('Course').selectOption({ label: 'Quiz Lab' });
  await page.getByLabel('Session title').fill('รุ่นที่ 4 ห้องเรียนสด / Live cohort 4');
  await page.getByLabel('Venue').fill('ศูนย์ราชการจังหวัดขอนแก่น ห้องประชุม 2');
  await page.getByLabel('Target group').fill('ผู้ประสานงานธุรกิจอีคอมเมิร์ซ');
  await page.getByLabel('Trainers').fill('นางสาววิทยา สอนดี');
  await page.getByLabel('Day 1').fill('2026-12-01');
  await page.getByRole('button', { name: 'Create session' }).click();
  await importRoster(page, workspace.dir, [NOK, TON, KAEW]);

  // Opening the classroom: a code, an address with its port, a QR code.
  await page.getByRole('tab', { name: 'Live classroom' }).click();
  await page.getByRole('button', { name: 'Open classroom' }).click();
  const codeText = (await page.locator('.join-code').first().textContent())!;
  const code = codeText.replace('-', '');
  const port = Number((await page.locator('.join-address').textContent())!.split(':').at(-1));
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(page.getByRole('img', { name: /QR code for http/ })).toBeVisible();
  await shoot(page, '100-live-classroom-open-en');
  const hub = `http://127.0.0.1:${port}`;

  // Two trainees join from their own Rian, one from a bare browser (matched to the roster by name), and a walk-in.
  const pages: Page[] = [];
  for (const [i, trainee] of [NOK, TON].entries()) {
    const laptop = await startRian(join(workspace.dir, `laptop-${i}`), workspace.coursesDir);
    laptops.push(laptop);
    const p = await (await browser.newContext()).newPage();
    pages.push(p);
    await p.goto(laptop.url);
    await createProfileInEnglish(p, trainee);
    if (i === 0) {
      await p.getByRole('button', { name: 'Join a classroom' }).click();
      await p.getByLabel('Address').fill(`127.0.0.1:${port}`);
      await p.getByLabel('Join code').fill('KQR-T47');
      await p.getByRole('button', { name: 'Join', exact: true }).click();
      await expect(p.getByRole('alert')).toContainText('That join code is not right.');
      await shoot(p, '101-live-join-from-rian-en');
      await p.getByLabel('Join code').fill(codeText);
      await p.getByRole('button', { name: 'Join', exact: true }).click();
      await expect(p.getByRole('region', { name: 'Classroom' })).toContainText('Synced');
    } else await joinFromRian(p, port, code);
  }
  const [nok, ton] = pages as [Page, Page];
  const kaew = await (await browser.newContext()).newPage();
  await kaew.goto(`${hub}/#/join/${code}`);
  await kaew.getByRole('button', { name: 'ไทย' }).click();
  await expect(kaew.getByLabel('รหัสเข้าห้อง')).toHaveValue(codeText);
  await kaew.getByLabel('ชื่อ-นามสกุล (ภาษาไทย)').fill(KAEW.nameTh);
  await kaew.getByLabel('ชื่อ-นามสกุล (ภาษาอังกฤษ)').fill(KAEW.nameEn);
  await kaew.getByLabel('หน่วยงานหรือธุรกิจ').fill(KAEW.agency);
  await kaew.getByLabel('ตำแหน่ง').fill(KAEW.position);
  await shoot(kaew, '102-live-join-in-browser-th');
  await checkA11y(kaew);
  await kaew.getByRole('button', { name: 'เข้าร่วม', exact: true }).click();
  await expect(kaew.getByRole('button', { name: 'เริ่มเรียน' })).toBeVisible();
  const walkIn = await (await browser.newContext()).newPage();
  await walkIn.goto(`${hub}/#/join/${code}`);
  await walkIn.getByRole('button', { name: 'English' }).click();
  await walkIn.getByLabel('Name in Thai').fill('นายสมชาย มาใหม่');
  await walkIn.getByLabel('Name in English').fill('Mr Somchai Maimai');
  await walkIn.getByLabel('Agency or business').fill('ร้านสมชายผ้าไหม');
  await walkIn.getByLabel('Position').fill('เจ้าของร้าน');
  await walkIn.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(walkIn.getByText('Waiting for the trainer to admit you')).toBeVisible();

  // The trainer admits the walk-in; everyone is here.
  const walkInRow = page.getByRole('row', { name: /Mr Somchai Maimai/ });
  await expect(walkInRow).toContainText('Walk-in: waiting for you');
  await walkInRow.getByRole('button', { name: /Admit/ }).click();
  await expect(walkInRow).toContainText('Walk-in, admitted');
  await expect(walkIn.getByText('Waiting for the trainer to admit you')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Trainees: 4 here of 4 joined' })).toBeVisible();

  // Progress arrives live: Nok finishes the first lesson on her laptop; the dashboard shows it within seconds.
  await nok.getByRole('button', { name: 'Start the course' }).click();
  await nok.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByRole('row', { name: /Ms Nok Binsung/ })).toContainText('1 of 2 lessons');
  await kaew.getByRole('button', { name: 'เริ่มเรียน' }).click();
  await kaew.getByRole('button', { name: 'เรียนจบบทนี้' }).click();
  await expect(page.getByRole('row', { name: /Mrs Kaew Saisaat/ })).toContainText('1 of 2 lessons');

  // A live quiz: the first question of the module quiz goes to every screen; answers arrive; the reveal.
  await page.getByLabel('Question', { exact: true }).selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Ask the room' }).click();
  const question = nok.getByRole('region', { name: /./ }).filter({ has: nok.locator('#live-question-title') });
  await expect(question).toBeVisible();
  const prompt = (await nok.locator('#live-question-title').textContent())!;
  await expect(page.locator('.live-quiz-current h3')).toHaveText(prompt);
  await nok.locator('.live-choice').first().click();
  await nok.getByRole('button', { name: 'Send answer' }).click();
  await expect(nok.getByText('Your answer is in.')).toBeVisible();
  await ton.locator('.live-choice').nth(1).click();
  await ton.getByRole('button', { name: 'Send answer' }).click();
  await kaew.locator('.live-choice').first().click();
  await kaew.getByRole('button', { name: 'ส่งคำตอบ' }).click();
  await expect(page.getByText('3 of 4 answered')).toBeVisible();
  await shoot(page, '103-live-quiz-answers-en');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(nok.getByText('Right!')).toBeVisible();
  await expect(ton.getByText('Not this time.')).toBeVisible();
  await expect(kaew.getByText('ถูกต้อง!')).toBeVisible();
  await expect(walkIn.getByText('You did not answer this one.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Mr Ton Maiyai/ })).toContainText('Wrong');
  await shoot(nok, '104-live-quiz-revealed-trainee-en');
  await checkA11y(nok);
  await shoot(kaew, '105-live-quiz-revealed-browser-th');
  await shoot(page, '106-live-quiz-revealed-trainer-en');
  await checkA11y(page);
  await page.getByRole('button', { name: /Save the room’s answers to the report \(1 question/ }).click();
  await expect(page.getByText('Saved to the session report.')).toBeVisible();
  await page.getByRole('button', { name: 'End question' }).click();
  await expect(nok.locator('#live-question-title')).toBeHidden();

  // The network is cut: the classroom closes. Nok and Ton keep learning offline; nothing is lost meanwhile.
  await page.getByRole('button', { name: 'Close classroom' }).click();
  await expect(page.getByRole('button', { name: 'Open classroom' })).toBeVisible();
  await expect(fetch(`${hub}/`)).rejects.toThrow();
  await nok.getByRole('button', { name: 'Next lesson' }).click();
  await nok.getByRole('button', { name: 'Mark complete' }).click();
  await ton.getByRole('button', { name: 'Start the course' }).click();
  await ton.getByRole('button', { name: 'Mark complete' }).click();
  const nokBar = nok.getByRole('region', { name: 'Classroom' });
  await expect(nokBar).toContainText('The classroom is not reachable');
  await expect(nokBar).toContainText(/Waiting to sync: \d+ event\(s\)/);
  await shoot(nok, '107-live-offline-waiting-en');

  // The hub is back on the same address: everything arrives, exactly once.
  await page.getByRole('button', { name: 'Open classroom' }).click();
  await expect(page.locator('.join-address')).toHaveText(new RegExp(`:${port}$`));
  await expect(nokBar).toContainText('Synced');
  await expect(ton.getByRole('region', { name: 'Classroom' })).toContainText('Synced');
  await expect(page.getByRole('row', { name: /Ms Nok Binsung/ })).toContainText('2 of 2 lessons');
  await expect(page.getByRole('row', { name: /Mr Ton Maiyai/ })).toContainText('1 of 2 lessons');
  await shoot(page, '108-live-dashboard-after-reconnect-en');
  for (const [i, trainee] of [NOK, TON].entries()) {
    const own = eventIds(laptops[i]!.dataDir);
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(eventIds(rian.dataDir, trainee.nameEn)).toEqual(own);
  }

  // The dashboard in Thai; closing stops listening at once.
  await page.getByRole('button', { name: 'ไทย' }).first().click();
  await expect(page.getByRole('heading', { name: 'ผู้เข้าอบรม: อยู่ในห้อง 4 จากที่เข้าร่วม 4 คน' })).toBeVisible();
  await shoot(page, '109-live-dashboard-th');
  await page.getByRole('button', { name: 'ปิดห้องเรียน' }).click();
  await expect(page.getByRole('button', { name: 'เปิดห้องเรียน' })).toBeVisible();
  await expect(fetch(`${hub}/api/hub.state`, { method: 'POST' })).rejects.toThrow();
});

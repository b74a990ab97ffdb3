import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUIZ_LAB } from '../support/temp.ts';
import { createProfileInEnglish, expect, test } from './fixtures.ts';
import { completeQuizLab } from './quiz-lab-steps.ts';

test.use({ courseIds: [QUIZ_LAB] });

test('completing a course earns a certificate that downloads and verifies; a tampered credential is caught', async ({
  page,
  rian,
  workspace,
  shoot,
  checkA11y,
}) => {
  await page.goto(rian.url);
  await createProfileInEnglish(page, {
    nameTh: 'นางสาวปิ่นมณี ศักดิ์สิทธิ์',
    nameEn: 'Ms Pinmanee Saksit',
    agency: 'กรมการปกครอง',
    position: 'Policy analyst',
  });
  await completeQuizLab(page);

  await page.getByRole('button', { name: 'Certificate issued. Find it under My certificates.' }).click();
  await expect(page.getByRole('heading', { name: 'My certificates' })).toBeVisible();
  await expect(page.getByText(/No\. DGA-25\d\d-[2-9A-Z]{4}-000001/)).toBeVisible();
  await shoot(page, '40-my-certificates-en');
  await checkA11y(page);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const pdfPath = join(workspace.dir, 'certificate.pdf');
  await (await pdfDownload).saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download credential (JSON)' }).click();
  const jsonPath = join(workspace.dir, 'certificate.credential.json');
  await (await jsonDownload).saveAs(jsonPath);

  // Verify the PDF on the verify screen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Verify' }).click();
  await page.getByLabel('Or open a PDF or credential (.json) file').setInputFiles(pdfPath);
  await expect(page.getByRole('heading', { name: 'Valid certificate' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'นางสาวปิ่นมณี ศักดิ์สิทธิ์' })).toBeVisible();
  await shoot(page, '41-verify-valid-en');
  await checkA11y(page);

  // Change one character of the name in the credential: invalid, and the field is named.
  const credential = JSON.parse(readFileSync(jsonPath, 'utf8'));
  credential.credentialSubject.identifier[1].identityHash = 'Ms Pinmanee Saksil';
  const tamperedPath = join(workspace.dir, 'tampered.json');
  writeFileSync(tamperedPath, JSON.stringify(credential));
  await page.getByLabel('Or open a PDF or credential (.json) file').setInputFiles(tamperedPath);
  await expect(page.getByRole('heading', { name: 'Not valid' })).toBeVisible();
  await expect(page.getByText('Changed: Name (English)')).toBeVisible();
  await shoot(page, '42-verify-tampered-en');

  // The same check in Thai, from the code itself.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ไทย' }).click();
  await page.getByLabel('รหัสเกียรติบัตร (ขึ้นต้นด้วย RIAN1.)').fill(credential.rianCertificate.code);
  await page.getByRole('button', { name: 'ตรวจสอบรหัส' }).click();
  await expect(page.getByRole('heading', { name: 'เกียรติบัตรถูกต้อง' })).toBeVisible();
  await shoot(page, '43-verify-valid-th');
});

test('an admin sets the passphrase, configures the issuer, revokes, reissues and exports certificates', async ({
  page,
  rian,
  workspace,
  shoot,
  checkA11y,
}) => {
  await page.goto(rian.url);
  await createProfileInEnglish(page, {
    nameTh: 'นายกิ๊ก ฤๅชา',
    nameEn: 'Mr Kik Ruecha',
    agency: 'กรมส่งเสริมการค้าระหว่างประเทศ',
    position: 'Trade officer',
  });
  await completeQuizLab(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { name: 'Set the admin passphrase' })).toBeVisible();
  await page.getByLabel('Passphrase').fill('short');
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await page.getByLabel('Passphrase').fill('ครูสอนดี 2569 รักการเรียน');
  await page.getByLabel('Type it again').fill('ครูสอนดี 2569 รักการเรียน');
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();
  await page.getByRole('tab', { name: 'Certificates' }).click();
  await expect(page.getByRole('cell', { name: /DGA-25\d\d-[2-9A-Z]{4}-000001/ })).toBeVisible();
  await shoot(page, '44-admin-en');
  await checkA11y(page);

  // Issuer: a bad prefix is explained, a good one saved.
  await page.getByRole('tab', { name: 'Settings and health' }).click();
  await page.getByLabel('Certificate number prefix').fill('x');
  await page.getByRole('button', { name: 'Save issuer' }).click();
  await expect(page.getByText('Use 2–10 capital letters or digits.')).toBeVisible();
  await page.getByLabel('Certificate number prefix').fill('TDGA');
  await page.getByRole('button', { name: 'Save issuer' }).click();
  await expect(page.getByText('Saved. New certificates use these details.')).toBeVisible();

  // Reissue under the new prefix, then revoke the new one with a reason.
  await page.getByRole('tab', { name: 'Certificates' }).click();
  await page.getByRole('button', { name: 'Reissue' }).click();
  await expect(page.getByText(/Reissued as TDGA-25\d\d-[2-9A-Z]{4}-000001\./)).toBeVisible();
  await page.getByRole('button', { name: 'Revoke' }).click();
  await page.getByLabel(/Reason for revoking TDGA/).fill('issued to the wrong person');
  await page.getByRole('button', { name: 'Revoke certificate' }).click();
  await expect(page.getByText('Revoked: issued to the wrong person')).toBeVisible();

  // Export as a ZIP in the background.
  await page.getByRole('button', { name: 'Export ZIP' }).click();
  await expect(page.getByText(/Saved to .*certificates-all-.*\.zip/)).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();
  await page.getByRole('tab', { name: 'Settings and health' }).click();
  await expect(page.getByRole('cell', { name: 'certificate.revoke' })).toBeVisible();
  await shoot(page, '45-admin-after-actions-en');

  // Learners from a CSV: the problem row is shown, nothing imported until it is fixed.
  await page.getByRole('tab', { name: 'Learners' }).click();
  const bad = join(workspace.dir, 'learners-bad.csv');
  writeFileSync(
    bad,
    '\uFEFFname_th,name_en,agency,position,email\nนางสาวใหม่ หนึ่ง,Ms New One,กรมการปกครอง,นักวิเคราะห์,x@\n',
  );
  await page.getByLabel('Choose a CSV file').setInputFiles(bad);
  await expect(page.getByText('0 row(s) ready, 1 with problems')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'bad e-mail address' })).toBeVisible();
  await shoot(page, '47-admin-import-preview-en');
  const good = join(workspace.dir, 'learners.csv');
  writeFileSync(good, 'name_th,name_en,agency,position,email\nนางสาวใหม่ หนึ่ง,Ms New One,กรมการปกครอง,นักวิเคราะห์,\n');
  await page.getByLabel('Choose a CSV file').setInputFiles(good);
  await page.getByRole('button', { name: 'Import 1 learner(s)' }).click();
  await expect(page.getByText('1 learner(s) imported.')).toBeVisible();

  await page.getByRole('tab', { name: 'Settings and health' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/Backed up to .*backups\/rian-.*\.sqlite/)).toBeVisible();
  await expect(page.getByText('ok', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Lock the admin area' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock the admin area' })).toBeVisible();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ไทย' }).click();
  await shoot(page, '46-admin-locked-th');
});

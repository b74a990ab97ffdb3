import { createProfileInEnglish, expect, startRian, test } from './fixtures.ts';

const NAME_TH = 'นางสาวปิ่นมณี ศักดิ์สิทธิ์';
const NAME_EN = 'Ms Pinmanee Saksit';

test('a learner goes from first run to a completed course, and a restart brings them back where they were', async ({
  page,
  rian,
  shoot,
  checkA11y,
}) => {
  await page.goto(rian.url);

  // First run: language, then the profile form, in Thai.
  await page.getByRole('button', { name: 'ภาษาไทย' }).click();
  await expect(page.getByRole('heading', { name: 'ยินดีต้อนรับสู่ “เรียน”' })).toBeVisible();
  await shoot(page, '01-first-run-th');
  await checkA11y(page);

  // Bad input gets a specific message per field, in Thai, and nothing is created.
  await page.getByLabel('อีเมล (ไม่บังคับ)').fill('not-an-email');
  await page.getByLabel('รหัส PIN (ไม่บังคับ 4–6 หลัก)').fill('12');
  await page.getByRole('button', { name: 'สร้างโปรไฟล์และเริ่มเรียน' }).click();
  await expect(page.getByText('กรุณากรอกข้อมูลช่องนี้')).toHaveCount(4);
  await expect(page.getByText('รูปแบบอีเมลไม่ถูกต้อง')).toBeVisible();
  await expect(page.getByText('PIN ต้องเป็นตัวเลข 4–6 หลัก')).toBeVisible();
  await shoot(page, '02-first-run-errors-th');

  await page.getByLabel('ชื่อ–นามสกุล (ภาษาไทย)').fill(NAME_TH);
  await page.getByLabel('ชื่อ–นามสกุล (ภาษาอังกฤษ)').fill(NAME_EN);
  await page.getByLabel('หน่วยงาน (กระทรวง/กรม)').fill('สำนักงานพัฒนารัฐบาลดิจิทัล');
  await page.getByLabel('ตำแหน่ง', { exact: true }).fill('นักวิเคราะห์ระบบ');
  await page.getByLabel('อีเมล (ไม่บังคับ)').fill('pinmanee@example.go.th');
  await page.getByLabel('รหัส PIN (ไม่บังคับ 4–6 หลัก)').fill('');
  await page.getByRole('button', { name: 'สร้างโปรไฟล์และเริ่มเรียน' }).click();

  // Catalogue, in Thai, with progress.
  await expect(page.getByRole('heading', { name: 'หลักสูตรของท่าน' })).toBeVisible();
  await expect(page.getByText(`ผู้เรียน: ${NAME_TH}`)).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: 'สุขอนามัยไซเบอร์ฉบับย่อ' });
  await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  await expect(card.getByText('ยังไม่เริ่ม')).toBeVisible();
  // Thai is set in the bundled Sarabun, not a system fallback.
  const thaiInSarabun = await page.evaluate(() =>
    [...document.fonts].some(
      (f) => f.family.replace(/["']/g, '') === 'Sarabun' && f.status === 'loaded' && /E01-E5B/i.test(f.unicodeRange),
    ),
  );
  expect(thaiInSarabun).toBe(true);
  await shoot(page, '03-catalogue-th');
  await checkA11y(page);

  // Course outline, then the first lesson.
  await card.getByRole('button', { name: /เข้าสู่หลักสูตร/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'สุขอนามัยไซเบอร์ฉบับย่อ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'วัตถุประสงค์การเรียนรู้' })).toBeVisible();
  await shoot(page, '04-course-th');
  await checkA11y(page);
  await page.getByRole('button', { name: 'เริ่มเรียน' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'รหัสผ่านแบบวลีและโปรแกรมจัดการรหัสผ่าน' })).toBeVisible();
  await expect(page.locator('.prose table')).toHaveCount(1);
  await expect(page.locator('.callout').first()).toBeVisible();
  await shoot(page, '05-lesson-th');
  await checkA11y(page);
  await page.getByRole('button', { name: 'เรียนจบบทนี้' }).click();
  await expect(page.getByText('เรียนจบบทนี้แล้ว')).toBeVisible();
  await expect(page.locator('.lesson-sidebar').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25');

  // Switch to English mid-lesson: the UI and the lesson change at once.
  await page
    .getByRole('button', { name: 'Next lesson' })
    .or(page.getByRole('button', { name: 'บทถัดไป' }))
    .click();
  await page.getByRole('group', { name: 'ภาษา' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Multi-factor authentication' })).toBeVisible();
  await expect(page.locator('.prose img').first()).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(page.locator('.prose img').first()).toHaveAttribute('alt', /.+/);
  await shoot(page, '06-lesson-en-image');
  await checkA11y(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, '06-lesson-en-dark', { keepScroll: true });
  await checkA11y(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('Lesson complete')).toBeVisible();
  await expect(page.locator('.lesson-sidebar').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');

  // Third lesson, read part of the way down.
  await page.getByRole('button', { name: 'Next lesson' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /phishing/i })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.6));
  await page.waitForTimeout(900);
  const lessonUrl = page.url().split('#')[1];

  // Restart the server (as if the app was closed): back on the same lesson, in English, at the same place.
  await rian.stop();
  const again = await startRian(rian.dataDir, rian.coursesDir);
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { level: 1, name: /phishing/i })).toBeVisible();
    expect(page.url().split('#')[1]).toBe(lessonUrl);
    await expect(page.locator('.lesson-sidebar').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    await expect
      .poll(() => page.evaluate(() => window.scrollY / (document.documentElement.scrollHeight - window.innerHeight)))
      .toBeGreaterThan(0.5);
    await shoot(page, '07-lesson-restored-en', { keepScroll: true });

    // Finish the course.
    await page.getByRole('button', { name: 'Mark complete' }).click();
    await page.getByRole('button', { name: 'Next lesson' }).click();
    await page.getByRole('button', { name: 'Mark complete' }).click();
    await expect(page.getByText('You have completed this course. Well done!')).toBeVisible();
    await expect(page.getByText('This is the last lesson of the course.')).toBeVisible();
    await shoot(page, '08-course-complete-en');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Courses' }).click();
    const done = page.getByRole('listitem').filter({ hasText: 'Cyber-Hygiene Essentials' });
    await expect(done.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    await expect(done.getByText('Completed')).toBeVisible();
    await shoot(page, '09-catalogue-complete-en');
    await checkA11y(page);
  } finally {
    await again.stop();
  }
});

test('several people share a laptop: profile picker, PIN, switching', async ({ page, rian, shoot, checkA11y }) => {
  await page.goto(rian.url);
  await createProfileInEnglish(page, {
    nameTh: 'นายกิ๊ก ฤๅชา',
    nameEn: 'Mr Kik Ruecha',
    agency: 'กรมส่งเสริมการค้าระหว่างประเทศ',
    position: 'Trade officer',
    pin: '2569',
  });
  await expect(page.getByRole('heading', { name: 'Your courses' })).toBeVisible();

  await page.getByRole('button', { name: 'Switch profile' }).click();
  await expect(page.getByRole('heading', { name: 'Who is learning?' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a new profile' }).click();
  await page.getByLabel('Name in Thai').fill('นางผู้ใหญ่บ้าน ใจดี');
  await page.getByLabel('Name in English').fill('Mrs Phuyaiban Jaidee');
  await page.getByLabel('Agency (ministry / department)').fill('กรมการปกครอง');
  await page.getByLabel('Position', { exact: true }).fill('Village headwoman');
  await page.getByRole('button', { name: 'Create profile and start' }).click();
  await expect(page.getByText('Signed in as Mrs Phuyaiban Jaidee')).toBeVisible();

  await page.getByRole('button', { name: 'Switch profile' }).click();
  await expect(page.getByRole('button', { name: /Mr Kik Ruecha/ })).toBeVisible();
  await shoot(page, '10-profile-picker-en');
  await checkA11y(page);

  await page.getByRole('button', { name: /Mr Kik Ruecha/ }).click();
  await page.getByLabel('Enter the PIN for Mr Kik Ruecha').fill('1111');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right.');
  await shoot(page, '11-profile-wrong-pin-en');
  await page.getByLabel('Enter the PIN for Mr Kik Ruecha').fill('2569');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Signed in as Mr Kik Ruecha')).toBeVisible();

  // A reload keeps the session; after a restart a PIN-protected profile asks for its PIN again.
  await page.reload();
  await expect(page.getByText('Signed in as Mr Kik Ruecha')).toBeVisible();
  await rian.stop();
  const again = await startRian(rian.dataDir, rian.coursesDir);
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { name: 'Who is learning?' })).toBeVisible();
  } finally {
    await again.stop();
  }
});

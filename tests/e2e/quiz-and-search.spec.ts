import type { Locator, Page } from '@playwright/test';
import { QUIZ_LAB, SAMPLE_COURSE } from '../support/temp.ts';
import { createProfileInEnglish, expect, test } from './fixtures.ts';

test.use({ courseIds: [SAMPLE_COURSE, QUIZ_LAB] });

async function createProfile(page: Page) {
  await createProfileInEnglish(page, {
    nameTh: 'นางสาวฤๅชา ใจดี',
    nameEn: 'Ms Ruecha Jaidee',
    agency: 'สำนักงานพัฒนารัฐบาลดิจิทัล',
    position: 'Data analyst',
  });
  await expect(page.getByRole('heading', { name: 'Your courses' })).toBeVisible();
}

const question = (page: Page, prompt: string): Locator =>
  page.locator('li.question').filter({ has: page.getByText(prompt, { exact: true }) });

async function putInOrder(q: Locator, texts: string[]) {
  for (const [target, text] of texts.entries()) {
    const current = await q.locator('.order-text').allTextContents();
    for (let at = current.indexOf(text); at > target; at--) {
      await q.getByRole('button', { name: `Move up: ${text}` }).click();
    }
  }
}

async function answerModuleQuizCorrectly(page: Page) {
  await question(page, 'Which is personal data?').getByLabel('A national ID number').check();
  const multiple = question(page, 'Which identify a person? (Choose all that apply.)');
  await multiple.getByLabel('Full name').check();
  await multiple.getByLabel('Home address').check();
  await question(page, 'Once posted publicly, data is no longer personal data.').getByLabel('False').check();
  const matching = question(page, 'Match each role to its meaning');
  await matching.getByLabel('Data subject').selectOption({ label: 'The person the data is about' });
  await matching.getByLabel('Data controller').selectOption({ label: 'Who decides how data is used' });
  await matching.getByLabel('Data processor').selectOption({ label: "Who acts on the controller's instructions" });
  await putInOrder(question(page, 'Put the steps after finding a breach in order'), [
    'Contain the damage',
    'Assess the risk',
    'Notify the Office',
  ]);
  const short = question(page, "What is Thailand's personal data law called for short?").getByLabel('Your answer');
  await short.fill(' p d p a ');
  await short.press('Tab');
  await question(page, 'Is this a personal data breach?').getByLabel('True').check();
  await question(page, 'What should come first?')
    .getByLabel('Report to the supervisor and try to recover the file')
    .check();
  await expect(page.getByText('Not answered yet')).toHaveCount(0);
}

test('a learner fails a quiz of every question type, reviews, retakes and passes, then passes the final exam', async ({
  page,
  rian,
  shoot,
  checkA11y,
}) => {
  await page.goto(rian.url);
  await createProfile(page);
  await page.getByRole('button', { name: /Quiz Lab/ }).click();

  // Lessons first.
  await page.getByRole('button', { name: 'Start the course' }).click();
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await page.getByRole('button', { name: 'Next lesson' }).click();
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.locator('.lesson-sidebar').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '66');

  // The module quiz: first attempt, mostly unanswered.
  await page.getByRole('button', { name: /← Quiz Lab/ }).click();
  await page.getByRole('button', { name: /Module quiz Module 1 quiz/ }).click();
  await expect(page.getByRole('heading', { name: 'Module 1 quiz' })).toBeVisible();
  await shoot(page, '30-quiz-overview-en');
  await checkA11y(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.locator('li.question')).toHaveCount(8);
  await shoot(page, '31-quiz-every-question-type-en');
  await checkA11y(page);
  await question(page, 'Which is personal data?').getByLabel('A national ID number').check();
  const short = question(page, "What is Thailand's personal data law called for short?").getByLabel('Your answer');
  await short.fill('พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล');
  await short.press('Tab');
  await expect(page.getByText('Saved')).toHaveCount(2);

  // Answers survive a reload mid-attempt.
  await page.reload();
  await expect(question(page, 'Which is personal data?').getByLabel('A national ID number')).toBeChecked();

  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByText('5 question(s) have no answer. Submit anyway?')).toBeVisible();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
  // Two right answers out of eight, plus whatever the untouched ordering question's shown order earns (0 or 1/3).
  await expect(page.getByText(/^Your score: (25|29\.2)% \(pass mark 80%\)$/)).toBeVisible();
  await expect(page.getByText('Stop the damage first, then assess, then notify.')).toBeVisible();
  await shoot(page, '32-quiz-failed-review-en');
  await checkA11y(page);

  // Retake and pass.
  await page.getByRole('button', { name: 'Your attempts' }).click();
  await page.getByRole('button', { name: 'Take it again' }).click();
  await answerModuleQuizCorrectly(page);
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  await expect(page.getByText('Your score: 100% (pass mark 80%)')).toBeVisible();
  await shoot(page, '33-quiz-passed-en');

  // The same review in Thai.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ไทย' }).click();
  await expect(page.getByRole('heading', { name: 'ผ่าน', exact: true })).toBeVisible();
  await shoot(page, '34-quiz-passed-th');
  await page.getByRole('group', { name: 'ภาษา' }).getByRole('button', { name: 'English' }).click();

  // The final exam: timed, two questions drawn from three.
  await page.getByRole('button', { name: 'Back to the course' }).click();
  await page.getByRole('button', { name: /Final exam Final exam/ }).click();
  await expect(page.getByText('20 minutes')).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('timer')).toContainText('Time left: 19:');
  const truths: Record<string, boolean> = {
    'The PDPA protects personal data.': true,
    'A national ID number is personal data.': true,
    'A weather forecast is personal data.': false,
  };
  for (const prompt of await page.locator('.question-prompt').allTextContents()) {
    await question(page, prompt)
      .getByLabel(truths[prompt] ? 'True' : 'False')
      .check();
  }
  await shoot(page, '35-final-exam-timed-en');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  await expect(page.getByText('You have completed this course. Well done!')).toBeVisible();
  await shoot(page, '36-final-exam-passed-course-complete-en');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Courses' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Quiz Lab' });
  await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(card.getByText('Completed')).toBeVisible();
});

test('search finds a Thai word inside a Thai sentence and an English word, and opens the lesson', async ({
  page,
  rian,
  shoot,
  checkA11y,
}) => {
  await page.goto(rian.url);
  await createProfile(page);

  await page.getByRole('searchbox', { name: 'Search lessons, glossary and quiz topics' }).fill('อารมณ์');
  await page.keyboard.press('Enter');
  const thaiHit = page.locator('.search-result').filter({ hasText: 'ฟิชชิงและมิจฉาชีพทาง SMS ไลน์ และโทรศัพท์' });
  await expect(thaiHit).toBeVisible();
  await expect(thaiHit.locator('mark').first()).toHaveText('อารมณ์');
  await shoot(page, '37-search-thai');
  await checkA11y(page);
  await thaiHit.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phishing and scam messages and calls' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search lessons, glossary and quiz topics' }).fill('passphrase');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-result').filter({ hasText: 'Passphrases and password managers' })).toBeVisible();
  const glossary = page.locator('.search-result').filter({ hasText: 'Glossary' }).first();
  await shoot(page, '38-search-english');
  await glossary.getByRole('link').click();
  await expect(page.locator('.glossary .is-focused')).toBeVisible();
  await shoot(page, '39-glossary-term', { keepScroll: true });
});

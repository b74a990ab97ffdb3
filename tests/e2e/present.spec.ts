import type { Page } from '@playwright/test';
import { QUIZ_LAB } from '../support/temp.ts';
import { expect, test } from './fixtures.ts';

const COURSE = 'train-the-trainer-ecommerce';
const NOTE_EN = /Allow about 45 minutes\. Open by asking participants to recall the best training/;

test.use({ courseIds: [COURSE, QUIZ_LAB] });

const slide = (page: Page) => page.locator('.present-stage .slide, .present-console-current .slide, .audience .slide');
const counter = (page: Page) => page.locator('.present-count');

async function unlockAsTrainer(page: Page) {
  await expect(page.getByRole('heading', { name: 'Set the trainer passphrase' })).toBeVisible();
  await page.getByLabel('Trainer passphrase', { exact: true }).fill('วิทยากร ห้องเรียน 2569');
  await page.getByLabel('Type the passphrase again').fill('วิทยากร ห้องเรียน 2569');
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
}

test('a trainer presents a lesson with the notes on their own screen only, and runs a quiz for the room', async ({
  page,
  rian,
  shoot,
  checkA11y,
}) => {
  await page.goto(`${rian.url}#/present/${COURSE}/m1-l1-andragogy`);
  await page.getByRole('group', { name: 'Language', exact: true }).getByRole('button', { name: 'English' }).click();
  await unlockAsTrainer(page);

  // The title slide, then the keys move through the deck; the address keeps the place.
  await expect(slide(page).getByRole('heading', { name: 'Andragogy: how adults learn' })).toBeVisible();
  await expect(counter(page)).toHaveText(/^Slide 1 of \d+$/);
  const total = Number((await counter(page).textContent())!.match(/of (\d+)/)![1]);
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toContainText('The SME owners you will train are not schoolchildren.');
  await page.keyboard.press(' ');
  await expect(slide(page).getByRole('heading', { name: 'The six principles of andragogy' })).toBeVisible();
  await expect(page).toHaveURL(/#\/present\/train-the-trainer-ecommerce\/m1-l1-andragogy\/2$/);
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(`Slide 4 of ${total}`);
  await expect(slide(page)).toContainText('(continued)');
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(`Slide ${total} of ${total}`);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');

  // One screen: the notes stay hidden (they would be projected) until N shows them.
  await expect(page.getByText(NOTE_EN)).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'Facilitator notes' })).toBeVisible();
  await expect(page.getByText(NOTE_EN)).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByText(NOTE_EN)).toHaveCount(0);
  await shoot(page, '70-presenter-en', { keepScroll: true });
  await checkA11y(page);

  // Full screen shows the slide alone; F again (or Esc) brings the controls back.
  await page.keyboard.press('f');
  await expect(page.locator('.present')).toHaveClass(/is-fullscreen/);
  await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toHaveCount(0);
  await page.keyboard.press('f');
  await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toBeVisible();

  // Languages: Thai, then both side by side, then both stacked.
  await page.keyboard.press('t');
  await expect(slide(page).getByRole('heading', { name: 'หลักการเรียนรู้ของผู้ใหญ่หกข้อ' })).toBeVisible();
  await expect(slide(page).getByRole('heading', { name: 'The six principles of andragogy' })).toHaveCount(0);
  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true');
  await expect(slide(page).locator('.slide-side')).toHaveCount(2);
  await shoot(page, '71-presenter-side-by-side', { keepScroll: true });
  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: 'Stacked' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('e');

  // The audience window: only the slide there, the notes and the next slide on the presenter's screen.
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Open audience window' }).click();
  const audience = await opened;
  await expect(audience.locator('.slide-heading')).toHaveText('The six principles of andragogy');
  await expect(page.getByRole('heading', { name: 'Coming next' })).toBeVisible();
  await expect(page.getByText(NOTE_EN)).toBeVisible();
  await expect(audience.getByText(NOTE_EN)).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(audience.locator('.slide-counter')).toHaveText(`4 / ${total}`);
  // Keys pressed on the projector's window move the presentation too.
  await audience.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText(`Slide 3 of ${total}`);
  await expect(audience.locator('.slide-counter')).toHaveText(`3 / ${total}`);
  await shoot(page, '72-presenter-console-en', { keepScroll: true });
  await checkA11y(page);
  await shoot(audience, '73-audience-en', { keepScroll: true });
  await checkA11y(audience);
  await page.keyboard.press('t');
  await expect(audience.locator('.slide-heading')).toHaveText('หลักการเรียนรู้ของผู้ใหญ่หกข้อ');
  await shoot(audience, '74-audience-th', { keepScroll: true });

  // Across lessons: past the last slide is the next lesson, and the audience window follows.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/m1-l2-experiential-learning-cycle$/);
  await expect(audience.locator('.slide-title')).toHaveText('วงจรการเรียนรู้จากประสบการณ์');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/m1-l1-andragogy\/-1$/);
  await expect(counter(page)).toHaveText(`Slide ${total} of ${total}`);
  const closed = audience.waitForEvent('close');
  await page.getByRole('button', { name: 'Close audience window' }).click();
  await closed;
  await expect(page.getByRole('heading', { name: 'Coming next' })).toHaveCount(0);

  // The room quiz for this module: a question, then its answer and explanation.
  await page.getByRole('button', { name: 'Quiz for the room' }).click();
  await expect(page.locator('.present-count')).toHaveText(/^Question 1 of \d+$/);
  await expect(page.locator('.room-reveal')).toHaveCount(0);
  await page.keyboard.press('e');
  await shoot(page, '75-room-quiz-en', { keepScroll: true });
  await checkA11y(page);
  await page.keyboard.press('PageDown');
  await expect(page.locator('.room-reveal')).toContainText('Why');
  await expect(page.locator('.room-choices li.is-correct, .room-reveal li').first()).toBeVisible();
  await shoot(page, '76-room-quiz-revealed-en', { keepScroll: true });
  await page.keyboard.press('PageDown');
  await expect(page.locator('.present-count')).toHaveText(/^Question 2 of \d+$/);
  await expect(page.locator('.room-reveal')).toHaveCount(0);

  // In Thai: the screen's own words and the question both.
  await page.getByRole('group', { name: 'Language', exact: true }).getByRole('button', { name: 'ไทย' }).click();
  await page.keyboard.press('t');
  await page.keyboard.press('r');
  await expect(page.locator('.room-reveal')).toContainText('คำอธิบาย');
  await expect(page.locator('.present-count')).toHaveText(/^ข้อ 2 จาก \d+$/);
  await shoot(page, '77-room-quiz-revealed-th', { keepScroll: true });
  await checkA11y(page);
  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { name: 'จบแบบทดสอบ' })).toBeVisible();

  // Back to the lesson in Thai, both languages stacked, with the notes shown.
  await page.keyboard.press('Escape');
  await expect(counter(page)).toHaveText(`สไลด์ ${total} จาก ${total}`);
  await page.keyboard.press('b');
  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: 'บน–ล่าง' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'คำแนะนำสำหรับวิทยากร' })).toBeVisible();
  await shoot(page, '78-presenter-stacked-th', { keepScroll: true });
  await checkA11y(page);
});

test('the room quiz shows every question type, with the answer only once revealed', async ({
  page,
  rian,
  shoot,
  checkA11y,
}) => {
  await page.goto(`${rian.url}#/room-quiz/${QUIZ_LAB}/m1-quiz`);
  await page.getByRole('group', { name: 'Language', exact: true }).getByRole('button', { name: 'English' }).click();
  await unlockAsTrainer(page);
  await expect(page.locator('.present-count')).toHaveText('Question 1 of 8');
  await page.keyboard.press('e');
  const stage = page.locator('.room-stage');
  const reveal = stage.locator('.room-reveal');

  // PageDown twice per question: the first reveals the answer, the second moves on.
  const goTo = async (number: number, prompt: string) => {
    await page.keyboard.press('Home');
    for (let i = 1; i < number; i += 1) {
      await page.keyboard.press('PageDown');
      await expect(reveal).toHaveCount(1);
      await page.keyboard.press('PageDown');
      await expect(page.locator('.present-count')).toHaveText(new RegExp(`^Question ${i + 1} of 8$`));
    }
    await expect(stage.getByRole('heading', { name: prompt })).toBeVisible();
    await expect(reveal).toHaveCount(0);
  };
  await goTo(4, 'Match each role to its meaning');
  await expect(stage.locator('.room-matching ol').nth(1).locator('li')).toHaveCount(3);
  await shoot(page, '79-room-quiz-matching-en', { keepScroll: true });
  await page.keyboard.press('r');
  await expect(reveal.locator('.room-pairs li').first()).toHaveText('Data subject → The person the data is about');

  await goTo(5, 'Put the steps after finding a breach in order');
  await expect(stage.locator('.room-lettered li')).not.toHaveText([
    'Contain the damage',
    'Assess the risk',
    'Notify the Office',
  ]);
  await page.keyboard.press('PageDown');
  await expect(reveal.locator('ol li')).toHaveText(['Contain the damage', 'Assess the risk', 'Notify the Office']);

  await goTo(6, "What is Thailand's personal data law called for short?");
  await page.keyboard.press('PageDown');
  await expect(reveal.locator('.room-accepted li')).toHaveText(['PDPA', 'พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล']);

  await goTo(8, 'What should come first?');
  await expect(stage.locator('.room-scenario')).toHaveText("An officer leaves a file of visitors' names on a bus.");
  await page.keyboard.press('b');
  await page.keyboard.press('b');
  await page.keyboard.press('PageDown');
  await expect(stage.locator('.room-choices li.is-correct')).toContainText('Report to the supervisor');
  await shoot(page, '80-room-quiz-case-stacked', { keepScroll: true });
  await checkA11y(page);
  await page.keyboard.press('PageDown');
  await expect(stage.getByRole('heading', { name: 'End of the quiz' })).toBeVisible();
});

import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Completes the quiz-lab test course in the UI: both lessons, then the final exam with every answer right. */
export async function completeQuizLab(page: Page) {
  await page.getByRole('button', { name: /Quiz Lab/ }).click();
  await page.getByRole('button', { name: 'Start the course' }).click();
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await page.getByRole('button', { name: 'Next lesson' }).click();
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await page.getByRole('button', { name: /← Quiz Lab/ }).click();
  await page.getByRole('button', { name: /Final exam Final exam/ }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.locator('li.question')).toHaveCount(2);
  const truths: Record<string, boolean> = {
    'The PDPA protects personal data.': true,
    'A national ID number is personal data.': true,
    'A weather forecast is personal data.': false,
  };
  for (const prompt of await page.locator('.question-prompt').allTextContents()) {
    const question = page.locator('li.question').filter({ has: page.getByText(prompt, { exact: true }) });
    await question.getByLabel(truths[prompt] ? 'True' : 'False').check();
  }
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByText('You have completed this course. Well done!')).toBeVisible();
}

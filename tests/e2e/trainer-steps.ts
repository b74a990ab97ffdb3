import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from './fixtures.ts';

type Trainee = { nameTh: string; nameEn: string; agency: string; position: string };

/** Opens the trainer area in English and sets its passphrase (the first visit on a laptop). */
export async function setTrainerPassphrase(page: Page, url: string, passphrase: string) {
  await page.goto(`${url}#/trainer`);
  await page.getByRole('button', { name: 'English' }).first().click();
  await page.getByLabel('Trainer passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
}

/** Builds the open session's roster from a CSV list, as a trainer brings one on a USB stick. */
export async function importRoster(page: Page, dir: string, trainees: readonly Trainee[]) {
  const file = join(dir, 'roster.csv');
  writeFileSync(
    file,
    '\uFEFFname_th,name_en,agency,position\n' +
      trainees.map((t) => `${t.nameTh},${t.nameEn},${t.agency},${t.position}`).join('\n') +
      '\n',
  );
  await page.getByLabel('Import a list (CSV or Excel)').setInputFiles(file);
  await expect(page.getByText(`${trainees.length} row(s) ready, 0 with problems`)).toBeVisible();
  await page.getByRole('button', { name: `Add ${trainees.length} to the roster` }).click();
  await expect(page.getByRole('heading', { name: `Roster (${trainees.length})` })).toBeVisible();
}

import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../electron/paths.ts';
import { coursesFixture, SAMPLE_COURSE, tempDir } from '../support/temp.ts';

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'tests', 'artifacts', 'screenshots');

export type RianServer = { url: string; dataDir: string; coursesDir: string; stop(): Promise<void> };

/** Starts the built `rian serve` (dist/cli, made by `npm run build`) on a random port and reads the URL it prints. */
export function startRian(dataDir: string, coursesDir: string, env: Record<string, string> = {}): Promise<RianServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'dist/cli/rian.mjs'), 'serve', '--port', '0', '--data', dataDir, '--courses', coursesDir],
    // A live classroom opened in a test listens on any free port, so tests never fight over 47470.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RIAN_CLASSROOM_PORT: '0', ...env } },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(/serving at (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
      if (url) {
        child.stdout!.off('data', onData);
        resolve({
          url,
          dataDir,
          coursesDir,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`rian serve exited with ${code}:\n${output}`)));
  });
}

type Fixtures = {
  /** Which course packages the test's courses folder holds (bundled ones, or the quiz-lab test course). */
  courseIds: string[];
  workspace: { dir: string; coursesDir: string };
  rian: RianServer;
  /** Full page from the top, or (keepScroll) the viewport exactly as the learner sees it. */
  shoot(page: Page, name: string, options?: { keepScroll?: boolean }): Promise<void>;
  checkA11y(page: Page): Promise<void>;
};

export const test = base.extend<Fixtures>({
  courseIds: [[SAMPLE_COURSE], { option: true }],
  workspace: async ({ courseIds }, use) => {
    const t = tempDir('rian-e2e-');
    await use({ dir: t.dir, coursesDir: coursesFixture(t.dir, courseIds) });
    t.cleanup();
  },
  rian: async ({ workspace }, use) => {
    const server = await startRian(join(workspace.dir, 'data'), workspace.coursesDir);
    await use(server);
    await server.stop();
  },
  shoot: async ({}, use) => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await use(async (page, name, options) => {
      await page.evaluate(async () => {
        await document.fonts.ready;
        (document.activeElement as HTMLElement | null)?.blur();
      });
      if (!options?.keepScroll) await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: !options?.keepScroll });
    });
  },
  checkA11y: async ({}, use) => {
    await use(async (page) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  },
});

export { expect };

/** First run in English: chooses English and creates a profile with the given details. */
export async function createProfileInEnglish(
  page: Page,
  p: { nameTh: string; nameEn: string; agency: string; position: string; pin?: string },
): Promise<void> {
  await page.getByRole('button', { name: 'English' }).first().click();
  await page.getByLabel('Name in Thai').fill(p.nameTh);
  await page.getByLabel('Name in English').fill(p.nameEn);
  await page.getByLabel('Agency (ministry / department)').fill(p.agency);
  await page.getByLabel('Position', { exact: true }).fill(p.position);
  if (p.pin) await page.getByLabel('PIN (optional, 4–6 digits)').fill(p.pin);
  await page.getByRole('button', { name: 'Create profile and start' }).click();
}

import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { BUNDLED_COURSES_DIR, RENDERER_BUILD_DIR } from '../../electron/paths.ts';
import { CHROMIUM_LAUNCH } from '../e2e/playwright.config.ts';
import { startRian } from '../e2e/fixtures.ts';
import { startBackend, SOMSRI } from '../support/backend.ts';
import { tempDir } from '../support/temp.ts';
import type { Figure } from './run.ts';
import { percentile } from './stats.ts';

const RUNS = 5;

/** The JavaScript the page loads before it can paint: the entry chunk (and any chunk it imports statically). */
function initialJsGzipKb(): number {
  const html = readFileSync(join(RENDERER_BUILD_DIR, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = scripts.reduce((n, file) => n + gzipSync(readFileSync(join(RENDERER_BUILD_DIR, file))).length, 0);
  return bytes / 1024;
}

/** From launching `rian serve` to the catalogue painted in Chromium, for a returning learner, with every bundled course. */
async function serveToCatalogueMs(): Promise<number[]> {
  const t = tempDir('rian-bench-');
  const coursesDir = BUNDLED_COURSES_DIR;
  const dataDir = join(t.dir, 'data');
  const seed = startBackend(dataDir, coursesDir);
  await seed.call('profiles.create', SOMSRI);
  seed.close();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      const start = performance.now();
      const server = await startRian(dataDir, coursesDir);
      await page.goto(server.url);
      await page.locator('.course-card').first().waitFor();
      await page.evaluate(() => new Promise(requestAnimationFrame));
      times.push(performance.now() - start);
      await page.close();
      await server.stop();
    }
  } finally {
    await browser.close();
    t.cleanup();
  }
  return times;
}

export async function benchRenderer(): Promise<Figure[]> {
  const times = await serveToCatalogueMs();
  return [
    {
      name: '`rian serve` start to catalogue painted, median',
      value: percentile(times, 50),
      unit: 'ms',
      budget: 1500,
      better: 'lower',
    },
    {
      name: 'renderer initial JS, gzipped',
      value: Math.round(initialJsGzipKb() * 10) / 10,
      unit: 'KB',
      budget: 250,
      better: 'lower',
    },
  ];
}

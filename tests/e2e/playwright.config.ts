import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../electron/server/chromium-pdf.ts';

/** Debian's Chromium, never a downloaded browser. Flags keep it off the (absent) network. */
export const CHROMIUM_LAUNCH = {
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
};

export default defineConfig({
  outputDir: '../../test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-results.json' }]],
  use: {
    launchOptions: CHROMIUM_LAUNCH,
    viewport: { width: 1366, height: 768 },
    trace: 'off',
  },
  projects: [
    { name: 'browser', testDir: '.' },
    { name: 'electron', testDir: '../electron' },
  ],
});

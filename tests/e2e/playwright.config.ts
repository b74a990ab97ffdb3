import { defineConfig } from '@playwright/test';

/** Debian's Chromium, never a downloaded browser. Flags keep it off the (absent) network. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.RIAN_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
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

/**
 * Runs every suite (Vitest unit+core, Playwright browser+Electron) and ends with one plain line totalling them:
 * `N passed, N failed, N skipped`. Exit code 1 when anything failed or a suite could not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../electron/paths.ts';

type Counts = { passed: number; failed: number; skipped: number };
const RESULTS = join(PROJECT_ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });
const bin = (name: string) => join(PROJECT_ROOT, 'node_modules', '.bin', name);

function run(
  name: string,
  command: string,
  args: string[],
  resultFile: string,
  read: (json: any) => Counts,
): Counts & { ok: boolean } {
  rmSync(resultFile, { force: true });
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (!existsSync(resultFile)) {
    console.log(`${name}: the runner produced no results (exit ${result.status}).`);
    return { passed: 0, failed: 1, skipped: 0, ok: false };
  }
  const counts = read(JSON.parse(readFileSync(resultFile, 'utf8')));
  return { ...counts, ok: result.status === 0 || counts.failed > 0 };
}

const unit = run(
  'Vitest (unit and core)',
  bin('vitest'),
  [
    'run',
    '--config',
    'tests/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(RESULTS, 'unit-results.json')}`,
  ],
  join(RESULTS, 'unit-results.json'),
  (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + (j.numTodoTests ?? 0) }),
);
const e2e = run(
  'Playwright (browser end-to-end and Electron)',
  bin('playwright'),
  ['test', '--config', 'tests/e2e/playwright.config.ts'],
  join(RESULTS, 'e2e-results.json'),
  (j) => ({ passed: j.stats.expected + j.stats.flaky, failed: j.stats.unexpected, skipped: j.stats.skipped }),
);

const total: Counts = {
  passed: unit.passed + e2e.passed,
  failed: unit.failed + e2e.failed,
  skipped: unit.skipped + e2e.skipped,
};
console.log(`\nunit+core: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`end-to-end: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 || !unit.ok || !e2e.ok ? 1 : 0;

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_COURSES_DIR } from '../../electron/paths.ts';

export const SAMPLE_COURSE = 'cyber-hygiene-essentials';
/** A small test course with a module quiz of every question type and a timed, limited final exam. */
export const QUIZ_LAB = 'quiz-lab';
const TEST_COURSES_DIR = join(import.meta.dirname, '..', 'fixtures', 'courses');

/** A fresh folder under the system temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'rian-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A courses folder holding copies of the named bundled packages, so a test can also break one safely. */
export function coursesFixture(root: string, ids: string[] = [SAMPLE_COURSE]): string {
  const dir = join(root, 'courses');
  for (const id of ids) {
    const source = id === QUIZ_LAB ? join(TEST_COURSES_DIR, id) : join(BUNDLED_COURSES_DIR, id);
    cpSync(source, join(dir, id), { recursive: true });
  }
  return dir;
}

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project folder when running from source (the CLI and `rian serve`). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const RENDERER_BUILD_DIR = join(PROJECT_ROOT, 'dist', 'renderer');
export const BUNDLED_COURSES_DIR = join(PROJECT_ROOT, 'courses');

export function appVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding Rian's package.json, found from source (electron/) or from the built CLI (dist/cli/). */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'rian') {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`Rian's package.json was not found above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);
export const RENDERER_BUILD_DIR = join(PROJECT_ROOT, 'dist', 'renderer');
export const BUNDLED_COURSES_DIR = join(PROJECT_ROOT, 'courses');

export function appVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

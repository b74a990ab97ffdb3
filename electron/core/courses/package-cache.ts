import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { COURSE_SCHEMA_VERSION, type CourseManifest, type Glossary, type Quiz } from '../../shared/course-package.ts';

/** Bump when validation rules change, so packages validated by older rules are checked again. */
const VALIDATION_RULES_VERSION = 2;

export type CachedPackage = {
  fingerprint: string;
  manifest: CourseManifest;
  quizzes: [string, Quiz][];
  glossary: Glossary | null;
};
type CacheFile = { version: string; packages: Record<string, CachedPackage> };

/** Every file's path, size and modification time: any edit to a package changes it. */
export function packageFingerprint(dir: string): string {
  const hash = createHash('sha256').update(`${COURSE_SCHEMA_VERSION}/${VALIDATION_RULES_VERSION}`);
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        hash.update(`${relative(dir, full)}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * Validated packages remembered between starts, keyed by fingerprint: an unchanged package is not parsed and
 * validated again, which keeps start-up fast with large question banks. A missing or unreadable cache only costs time.
 */
export function createPackageCache(file: string) {
  const version = `${COURSE_SCHEMA_VERSION}/${VALIDATION_RULES_VERSION}`;
  let packages: Record<string, CachedPackage> = {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (parsed.version === version && typeof parsed.packages === 'object') packages = parsed.packages;
  } catch {
    // absent or unreadable: start empty
  }
  const seen = new Map<string, CachedPackage>();
  let changed = false;
  return {
    get(folder: string, fingerprint: string): CachedPackage | null {
      const hit = packages[folder];
      if (hit?.fingerprint !== fingerprint) return null;
      seen.set(folder, hit);
      return hit;
    },
    set(folder: string, entry: CachedPackage): void {
      seen.set(folder, entry);
      changed = true;
    },
    /** Writes what this load saw (dropping removed or broken packages), atomically. */
    save(): void {
      if (!changed && seen.size === Object.keys(packages).length) return;
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ version, packages: Object.fromEntries(seen) } satisfies CacheFile));
      renameSync(tmp, file);
    },
  };
}
export type PackageCache = ReturnType<typeof createPackageCache>;

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrokenCourse, LessonContent } from '../../shared/catalog.ts';
import { LANGUAGES } from '../../shared/bilingual.ts';
import { AppError } from '../../shared/errors.ts';
import {
  assetMimeType,
  assetReferences,
  lessonFile,
  readCoursePackage,
  resolveAsset,
  type CoursePackage,
  type PackageReadResult,
} from './read-package.ts';
import { packageFingerprint, type PackageCache } from './package-cache.ts';

export type CourseLibrary = {
  courses: CoursePackage[];
  broken: BrokenCourse[];
  get(courseId: string): CoursePackage;
  lesson(courseId: string, lessonId: string): LessonContent;
};

function loadPackage(dir: string, folder: string, cache: PackageCache | null): PackageReadResult {
  const fingerprint = cache ? packageFingerprint(dir) : '';
  const hit = cache?.get(folder, fingerprint);
  if (hit) {
    return { ok: true, pkg: { dir, manifest: hit.manifest, quizzes: new Map(hit.quizzes), glossary: hit.glossary } };
  }
  const result = readCoursePackage(dir);
  if (result.ok && cache) {
    const { manifest, quizzes, glossary } = result.pkg;
    cache.set(folder, { fingerprint, manifest, quizzes: [...quizzes], glossary });
  }
  return result;
}

/**
 * Loads every package under `root`. A broken package is reported, never thrown: the others keep working. With a
 * cache, packages unchanged since they were last validated are taken from it.
 */
export function loadCourseLibrary(root: string, cache: PackageCache | null = null): CourseLibrary {
  const courses: CoursePackage[] = [];
  const broken: BrokenCourse[] = [];
  const folders = existsSync(root)
    ? readdirSync(root)
        .filter((name) => !name.startsWith('.') && name !== 'schema' && statSync(join(root, name)).isDirectory())
        .sort()
    : [];
  for (const folder of folders) {
    try {
      const result = loadPackage(join(root, folder), folder, cache);
      if (result.ok) courses.push(result.pkg);
      else broken.push({ folder, problems: result.problems });
    } catch (error) {
      broken.push({ folder, problems: [{ file: folder, path: '(folder)', message: (error as Error).message }] });
    }
  }
  cache?.save();
  const byId = new Map(courses.map((c) => [c.manifest.id, c]));

  function get(courseId: string): CoursePackage {
    const pkg = byId.get(courseId);
    if (!pkg) throw new AppError('NOT_FOUND', `There is no course "${courseId}".`, `ไม่พบหลักสูตร "${courseId}"`);
    return pkg;
  }

  function lesson(courseId: string, lessonId: string): LessonContent {
    const pkg = get(courseId);
    const order = pkg.manifest.modules.flatMap((m) => m.lessons);
    const index = order.findIndex((l) => l.id === lessonId);
    const ref = order[index];
    if (!ref) throw new AppError('NOT_FOUND', `There is no lesson "${lessonId}".`, `ไม่พบบทเรียน "${lessonId}"`);
    const markdown = { th: '', en: '' };
    const assets: Record<string, string> = {};
    for (const language of LANGUAGES) {
      const text = readFileSync(lessonFile(pkg.dir, lessonId, language), 'utf8');
      markdown[language] = text;
      for (const asset of assetReferences(text)) {
        const file = resolveAsset(pkg.dir, asset);
        const mime = assetMimeType(asset);
        if (file && mime) assets[asset] = `data:${mime};base64,${readFileSync(file).toString('base64')}`;
      }
    }
    return {
      courseId,
      lessonId,
      title: ref.title,
      markdown,
      assets,
      previousLessonId: order[index - 1]?.id ?? null,
      nextLessonId: order[index + 1]?.id ?? null,
    };
  }

  return { courses, broken, get, lesson };
}

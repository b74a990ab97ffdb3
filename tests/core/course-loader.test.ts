import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coursesCheck } from '../../electron/cli/courses-check.ts';
import { loadCourseLibrary } from '../../electron/core/courses/course-library.ts';
import { BUNDLED_COURSES_DIR } from '../../electron/paths.ts';
import { coursesFixture, SAMPLE_COURSE, tempDir } from '../support/temp.ts';

let cleanup = () => {};
afterEach(() => cleanup());
function fixture(): string {
  const t = tempDir();
  cleanup = t.cleanup;
  return coursesFixture(t.dir);
}

describe('course packages', () => {
  it('every bundled package is valid', () => {
    const lines: string[] = [];
    const code = coursesCheck(BUNDLED_COURSES_DIR, (l) => lines.push(l));
    expect(lines.filter((l) => l.includes('BROKEN') || l.startsWith('    '))).toEqual([]);
    expect(code).toBe(0);
  });

  it('resolves lesson images to data: URLs and links lessons in order', () => {
    const library = loadCourseLibrary(fixture());
    const course = library.get(SAMPLE_COURSE);
    const lessons = course.manifest.modules.flatMap((m) => m.lessons);
    const withImage = lessons
      .map((l) => library.lesson(SAMPLE_COURSE, l.id))
      .find((l) => Object.keys(l.assets).length > 0)!;
    expect(Object.values(withImage.assets)[0]).toMatch(/^data:image\/svg\+xml;base64,/);
    const first = library.lesson(SAMPLE_COURSE, lessons[0]!.id);
    expect(first.previousLessonId).toBeNull();
    expect(first.nextLessonId).toBe(lessons[1]!.id);
  });

  it('lists a broken package with every problem (file and path) while the others still load', () => {
    const dir = fixture();
    const broken = join(dir, 'broken-course');
    mkdirSync(join(broken, 'lessons'), { recursive: true });
    const manifest = readFileSync(join(dir, SAMPLE_COURSE, 'course.yaml'), 'utf8')
      .replace(`id: ${SAMPLE_COURSE}`, 'id: broken-course')
      .replace(/^hours: .*$/m, 'hours: -3');
    writeFileSync(join(broken, 'course.yaml'), manifest);
    const library = loadCourseLibrary(dir);
    expect(library.courses.map((c) => c.manifest.id)).toEqual([SAMPLE_COURSE]);
    expect(library.broken).toEqual([
      { folder: 'broken-course', problems: [expect.objectContaining({ file: 'course.yaml', path: 'hours' })] },
    ]);
  });

  it('reports a missing language, an unreadable YAML file and a missing asset by file', () => {
    const dir = fixture();
    const pkg = join(dir, SAMPLE_COURSE);
    const lesson = readFileSync(join(pkg, 'course.yaml'), 'utf8').match(/- id: (m1-l1[\w-]*)/)![1]!;
    rmSync(join(pkg, 'lessons', `${lesson}.en.md`));
    writeFileSync(join(pkg, 'lessons', `${lesson}.th.md`), 'ดูภาพ ![แผนภาพ](assets/nothing-here.svg)');
    let library = loadCourseLibrary(dir);
    const messages = library.broken[0]!.problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContain(`lessons/${lesson}.en.md: the English lesson file is missing`);
    expect(messages).toContain(`lessons/${lesson}.th.md: the asset is missing or outside the package`);

    writeFileSync(join(pkg, 'course.yaml'), 'title: [unclosed');
    library = loadCourseLibrary(dir);
    expect(library.broken[0]!.problems[0]).toMatchObject({
      file: 'course.yaml',
      message: expect.stringContaining('not valid YAML'),
    });
  });

  it('never serves a file from outside the package, even through a symlink or ../', () => {
    const dir = fixture();
    const pkg = join(dir, SAMPLE_COURSE);
    const lesson = readFileSync(join(pkg, 'course.yaml'), 'utf8').match(/- id: (m1-l1[\w-]*)/)![1]!;
    writeFileSync(join(dir, 'secret.svg'), '<svg/>');
    symlinkSync(join(dir, 'secret.svg'), join(pkg, 'assets', 'link.svg'));
    writeFileSync(join(pkg, 'lessons', `${lesson}.th.md`), '![a](assets/link.svg) ![b](assets/../../secret.svg)');
    const library = loadCourseLibrary(dir);
    const problems = library.broken[0]!.problems.map((p) => p.path);
    expect(problems).toEqual(expect.arrayContaining(['assets/link.svg', 'assets/../../secret.svg']));
  });

  it('prints a summary per course and exits 1 when any package is broken', () => {
    const dir = fixture();
    const lines: string[] = [];
    expect(coursesCheck(dir, (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toMatch(
      new RegExp(`ok  ${SAMPLE_COURSE} 1\\.0\\.0: 2 modules, 4 lessons, words th \\d+ / en \\d+`),
    );
    mkdirSync(join(dir, 'empty-folder'));
    expect(coursesCheck(dir, () => {})).toBe(1);
  });
});

describe('the validated-package cache', () => {
  it('re-validates a package edited since it was cached, and ignores a corrupt cache file', async () => {
    const { createPackageCache } = await import('../../electron/core/courses/package-cache.ts');
    const dir = fixture();
    const cacheFile = join(dir, '..', 'cache.json');
    expect(loadCourseLibrary(dir, createPackageCache(cacheFile)).courses).toHaveLength(1);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).packages[SAMPLE_COURSE]).toBeDefined();

    const fromCache = loadCourseLibrary(dir, createPackageCache(cacheFile));
    expect(fromCache.courses[0]!.manifest.id).toBe(SAMPLE_COURSE);

    const manifestPath = join(dir, SAMPLE_COURSE, 'course.yaml');
    writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replace(/^hours: .*$/m, 'hours: 0'));
    const edited = loadCourseLibrary(dir, createPackageCache(cacheFile));
    expect(edited.broken[0]?.problems[0]).toMatchObject({ file: 'course.yaml', path: 'hours' });

    writeFileSync(cacheFile, '{ not json');
    expect(loadCourseLibrary(dir, createPackageCache(cacheFile)).broken).toHaveLength(1);
  });
});

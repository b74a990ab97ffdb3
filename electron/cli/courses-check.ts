import { readFileSync } from 'node:fs';
import { LANGUAGES, type Language } from '../shared/bilingual.ts';
import { loadCourseLibrary } from '../core/courses/course-library.ts';
import { lessonFile, type CoursePackage } from '../core/courses/read-package.ts';
import { countWords } from '../shared/word-count.ts';

function summarise(pkg: CoursePackage): string {
  const m = pkg.manifest;
  const lessons = m.modules.flatMap((mod) => mod.lessons);
  const words: Record<Language, number> = { th: 0, en: 0 };
  for (const lesson of lessons) {
    for (const language of LANGUAGES) {
      words[language] += countWords(readFileSync(lessonFile(pkg.dir, lesson.id, language), 'utf8'), language);
    }
  }
  const types = new Map<string, number>();
  for (const quiz of pkg.quizzes.values()) {
    for (const q of quiz.questions) types.set(q.type, (types.get(q.type) ?? 0) + 1);
  }
  const questions = [...types].map(([t, n]) => `${t} ${n}`).join(', ') || 'none';
  return (
    `  ok  ${m.id} ${m.version}: ${m.modules.length} modules, ${lessons.length} lessons, ` +
    `words th ${words.th} / en ${words.en}, glossary ${pkg.glossary?.terms.length ?? 0} terms, questions: ${questions}`
  );
}

/** Validates every package under `dir`; prints each problem with file and path. Returns the exit code. */
export function coursesCheck(dir: string, out: (line: string) => void): number {
  const library = loadCourseLibrary(dir);
  for (const pkg of library.courses) out(summarise(pkg));
  for (const broken of library.broken) {
    out(`  BROKEN  ${broken.folder}: ${broken.problems.length} problem(s)`);
    for (const p of broken.problems) out(`    ${broken.folder}/${p.file} ${p.path}: ${p.message}`);
  }
  const total = library.courses.length + library.broken.length;
  if (total === 0) out(`No course packages found in ${dir}.`);
  out(`${library.courses.length} of ${total} course package(s) valid.`);
  return library.broken.length > 0 || total === 0 ? 1 : 0;
}

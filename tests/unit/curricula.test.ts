import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCourseLibrary } from '../../electron/core/courses/course-library.ts';
import { lessonFile } from '../../electron/core/courses/read-package.ts';
import { BUNDLED_COURSES_DIR } from '../../electron/paths.ts';
import { LANGUAGES } from '../../electron/shared/bilingual.ts';
import { countWords } from '../../electron/shared/word-count.ts';

/** The Academy's five curricula and the standard each must meet (content is tested like code). */
const CURRICULA = [
  'digital-talent-foundations',
  'big-data-for-government',
  'ai-for-public-sector',
  'ecommerce-online-export-sme',
  'train-the-trainer-ecommerce',
];
const QUESTION_TYPES = ['single', 'multiple', 'trueFalse', 'matching', 'ordering', 'shortText', 'scenario'];
const library = loadCourseLibrary(BUNDLED_COURSES_DIR);

describe.each(CURRICULA)('curriculum %s', (id) => {
  const pkg = library.courses.find((c) => c.manifest.id === id);

  it('is a valid package', () => {
    expect(pkg, JSON.stringify(library.broken.find((b) => b.folder === id)?.problems)).toBeDefined();
  });

  it('has objectives, at least 4 modules and 12 lessons, each with a quiz', () => {
    const m = pkg!.manifest;
    expect(m.objectives.length).toBeGreaterThanOrEqual(3);
    expect(m.modules.length).toBeGreaterThanOrEqual(4);
    expect(m.modules.flatMap((mod) => mod.lessons).length).toBeGreaterThanOrEqual(12);
    for (const mod of m.modules) expect(mod.quiz, mod.id).toBeDefined();
  });

  it('has at least 350 words per lesson in each language', () => {
    for (const lesson of pkg!.manifest.modules.flatMap((mod) => mod.lessons)) {
      for (const language of LANGUAGES) {
        const words = countWords(readFileSync(lessonFile(pkg!.dir, lesson.id, language), 'utf8'), language);
        expect(words, `${lesson.id}.${language}`).toBeGreaterThanOrEqual(350);
      }
    }
  });

  it('requires a final exam drawn from a bank of at least 25 questions, and uses every question type', () => {
    const m = pkg!.manifest;
    const exam = pkg!.quizzes.get(m.finalExam!);
    expect(m.completion.requiredQuizzes).toContain(m.finalExam);
    expect(exam!.questions.length).toBeGreaterThanOrEqual(25);
    expect(exam!.draw).toBeLessThan(exam!.questions.length);
    const types = new Set([...pkg!.quizzes.values()].flatMap((q) => q.questions.map((question) => question.type)));
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it('has a bilingual glossary', () => {
    expect(pkg!.glossary?.terms.length ?? 0).toBeGreaterThanOrEqual(15);
  });
});

import { AppError } from '../../shared/errors.ts';
import type { PresentLesson, PresentOutline, PresentQuiz } from '../../shared/present.ts';
import type { CourseLibrary } from '../courses/course-library.ts';
import { splitLesson } from './slides.ts';

/**
 * What a trainer projects in class: lessons as slides with their facilitator notes, and quizzes with their answers
 * and explanations. Reached only through trainer channels, so no learner sees an answer key this way.
 */
export function createPresentService(library: CourseLibrary) {
  function outline(courseId: string): PresentOutline {
    const { manifest, quizzes } = library.get(courseId);
    const quizLink = (quizId: string | undefined) => {
      const quiz = quizId ? quizzes.get(quizId) : undefined;
      return quizId && quiz ? { id: quizId, title: quiz.title } : null;
    };
    return {
      courseId,
      title: manifest.title,
      modules: manifest.modules.map((m) => ({
        id: m.id,
        title: m.title,
        lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, minutes: l.minutes })),
        quiz: quizLink(m.quiz),
      })),
      finalExam: quizLink(manifest.finalExam),
    };
  }

  function lesson(courseId: string, lessonId: string): PresentLesson {
    const content = library.lesson(courseId, lessonId);
    const { manifest } = library.get(courseId);
    const module = manifest.modules.find((m) => m.lessons.some((l) => l.id === lessonId))!;
    const ref = module.lessons.find((l) => l.id === lessonId)!;
    return {
      courseId,
      lessonId,
      title: ref.title,
      moduleTitle: module.title,
      minutes: ref.minutes,
      facilitatorNotes: ref.facilitatorNotes ?? null,
      slides: splitLesson(content.markdown),
      assets: content.assets,
      previousLessonId: content.previousLessonId,
      nextLessonId: content.nextLessonId,
      outline: outline(courseId),
    };
  }

  function quiz(courseId: string, quizId: string): PresentQuiz {
    const found = library.get(courseId).quizzes.get(quizId);
    if (!found) {
      throw new AppError('NOT_FOUND', `There is no quiz "${quizId}" in this course.`, `ไม่พบแบบทดสอบ "${quizId}"`);
    }
    return { courseId, quizId, title: found.title, passMark: found.passMark, questions: found.questions };
  }

  return { outline, lesson, quiz };
}

export type PresentService = ReturnType<typeof createPresentService>;

import type { CourseManifest } from './course-package.ts';
import type { CourseProgress } from './progress.ts';

export function requiredLessonIds(manifest: CourseManifest): string[] {
  return manifest.modules.flatMap((m) => m.lessons.filter((l) => l.required).map((l) => l.id));
}

/**
 * The course's completion rule, evaluated from what the learner has done. Pure: the same inputs always give the
 * same answer, so rollups can be rebuilt from the event log at any time.
 */
export function evaluateCourseProgress(
  manifest: CourseManifest,
  completedLessonIds: ReadonlySet<string>,
  passedQuizIds: ReadonlySet<string>,
  lastLessonId: string | null,
  completedAt: string | null,
): CourseProgress {
  const required = requiredLessonIds(manifest);
  const known = new Set(manifest.modules.flatMap((m) => m.lessons.map((l) => l.id)));
  const completed = [...completedLessonIds].filter((id) => known.has(id));
  const completedRequired = required.filter((id) => completedLessonIds.has(id)).length;
  const lessonsDone = !manifest.completion.requireAllLessons || completedRequired === required.length;
  const quizzesDone = manifest.completion.requiredQuizzes.every((q) => passedQuizIds.has(q));
  const units = required.length + manifest.completion.requiredQuizzes.length;
  const unitsDone = completedRequired + manifest.completion.requiredQuizzes.filter((q) => passedQuizIds.has(q)).length;
  const isComplete = lessonsDone && quizzesDone;
  const percent = isComplete ? 100 : units === 0 ? 0 : Math.min(99, Math.floor((unitsDone * 100) / units));
  const started = completed.length > 0 || lastLessonId !== null;
  return {
    courseId: manifest.id,
    completedLessonIds: completed,
    requiredLessonCount: required.length,
    completedRequiredCount: completedRequired,
    percent,
    status: isComplete ? 'completed' : started ? 'inProgress' : 'notStarted',
    lastLessonId,
    completedAt: isComplete ? completedAt : null,
  };
}

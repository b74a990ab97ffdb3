import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { CourseCard, CourseOutline } from '../../shared/catalog.ts';
import { evaluateCourseProgress } from '../../shared/completion.ts';
import type { CourseProgress, EventType, ProgressEvent, ResumePoint } from '../../shared/progress.ts';
import type { CourseLibrary } from '../courses/course-library.ts';
import type { CoursePackage } from '../courses/read-package.ts';
import type { AttemptRepository } from '../repositories/attempt-repository.ts';
import type { EventRepository } from '../repositories/event-repository.ts';
import type { createResumeRepository } from '../repositories/resume-repository.ts';

type Deps = {
  db: Database.Database;
  events: EventRepository;
  attempts: AttemptRepository;
  resume: ReturnType<typeof createResumeRepository>;
  library: CourseLibrary;
  deviceId: string;
  now: () => Date;
  /** Runs inside the transaction that recorded `course.completed` (the certificate is issued there). */
  onCourseCompleted(profileId: string, pkg: CoursePackage, completedAt: string): void;
};

export function createProgressService({
  db,
  events,
  attempts,
  resume,
  library,
  deviceId,
  now,
  onCourseCompleted,
}: Deps) {
  function progressOf(profileId: string, pkg: CoursePackage): CourseProgress {
    const enrolment = events.enrolment(profileId, pkg.manifest.id);
    return evaluateCourseProgress(
      pkg.manifest,
      events.completedLessons(profileId, pkg.manifest.id),
      attempts.passedQuizIds(profileId, pkg.manifest.id),
      enrolment?.lastLessonId ?? null,
      enrolment?.completedAt ?? null,
    );
  }

  function record(
    profileId: string,
    pkg: CoursePackage,
    type: EventType,
    lessonId: string | null,
    payload: Record<string, unknown> = {},
  ): ProgressEvent {
    const event: ProgressEvent = {
      id: uuidv7(),
      profileId,
      courseId: pkg.manifest.id,
      courseVersion: pkg.manifest.version,
      lessonId,
      type,
      deviceId,
      occurredAt: now().toISOString(),
      payload,
    };
    events.append(event);
    return event;
  }

  /**
   * Call inside the transaction that changed the learner's progress: when that change satisfied the course's
   * completion rule, records `course.completed` (once) and returns the progress after it.
   */
  function settleCompletion(profileId: string, pkg: CoursePackage, before: CourseProgress): CourseProgress {
    const after = progressOf(profileId, pkg);
    if (after.status !== 'completed' || before.status === 'completed') return after;
    const completed = record(profileId, pkg, 'course.completed', null);
    onCourseCompleted(profileId, pkg, completed.occurredAt);
    return progressOf(profileId, pkg);
  }

  function lessonPackage(courseId: string, lessonId: string): CoursePackage {
    library.lesson(courseId, lessonId);
    return library.get(courseId);
  }

  return {
    progressOf,
    record,
    settleCompletion,

    catalog(profileId: string): CourseCard[] {
      const summary = events.profileSummary(profileId);
      return library.courses.map((pkg) => {
        const m = pkg.manifest;
        const mine = summary.get(m.id);
        return {
          id: m.id,
          version: m.version,
          title: m.title,
          description: m.description,
          audience: m.audience,
          hours: m.hours,
          moduleCount: m.modules.length,
          lessonCount: m.modules.reduce((n, mod) => n + mod.lessons.length, 0),
          progress: evaluateCourseProgress(
            m,
            mine?.lessons ?? new Set(),
            attempts.passedQuizIds(profileId, m.id),
            mine?.lastLessonId ?? null,
            mine?.completedAt ?? null,
          ),
        };
      });
    },

    outline(profileId: string, courseId: string): CourseOutline {
      const pkg = library.get(courseId);
      const m = pkg.manifest;
      const results = attempts.results(profileId, courseId);
      const quizRef = (quizId: string | undefined) => {
        const quiz = quizId ? pkg.quizzes.get(quizId) : undefined;
        if (!quizId || !quiz) return null;
        const result = results.get(quizId);
        return {
          id: quizId,
          title: quiz.title,
          required: m.completion.requiredQuizzes.includes(quizId),
          passed: result?.passed ?? false,
          bestPercent: result?.bestPercent ?? null,
        };
      };
      return {
        id: m.id,
        version: m.version,
        title: m.title,
        description: m.description,
        audience: m.audience,
        hours: m.hours,
        objectives: m.objectives,
        modules: m.modules.map((mod) => ({
          id: mod.id,
          title: mod.title,
          summary: mod.summary ?? null,
          lessons: mod.lessons.map((l) => ({ id: l.id, title: l.title, minutes: l.minutes, required: l.required })),
          quiz: quizRef(mod.quiz),
        })),
        finalExam: quizRef(m.finalExam),
        glossary: pkg.glossary?.terms ?? [],
        progress: progressOf(profileId, pkg),
      };
    },

    openLesson(profileId: string, courseId: string, lessonId: string): CourseProgress {
      const pkg = lessonPackage(courseId, lessonId);
      return db
        .transaction(() => {
          record(profileId, pkg, 'lesson.opened', lessonId);
          const previous = resume.get(profileId);
          const sameLesson = previous?.courseId === courseId && previous.lessonId === lessonId;
          resume.save(profileId, { courseId, lessonId, scroll: sameLesson ? previous.scroll : 0 }, now().toISOString());
          return progressOf(profileId, pkg);
        })
        .immediate();
    },

    /**
     * Records the lesson as complete (once: pressing again changes nothing) and, when that satisfies the course's
     * completion rule, records `course.completed` in the same transaction.
     */
    completeLesson(profileId: string, courseId: string, lessonId: string): CourseProgress {
      const pkg = lessonPackage(courseId, lessonId);
      return db
        .transaction(() => {
          const before = progressOf(profileId, pkg);
          if (before.completedLessonIds.includes(lessonId)) return before;
          record(profileId, pkg, 'lesson.completed', lessonId);
          return settleCompletion(profileId, pkg, before);
        })
        .immediate();
    },

    saveScroll(profileId: string, point: ResumePoint): void {
      lessonPackage(point.courseId, point.lessonId);
      resume.save(profileId, point, now().toISOString());
    },

    resumePoint(profileId: string): ResumePoint | null {
      const point = resume.get(profileId);
      if (!point) return null;
      const pkg = library.courses.find((c) => c.manifest.id === point.courseId);
      const exists = pkg?.manifest.modules.some((m) => m.lessons.some((l) => l.id === point.lessonId));
      return exists ? point : null;
    },
  };
}
export type ProgressService = ReturnType<typeof createProgressService>;

import type { ProgressEvent } from '../../shared/progress.ts';

export type EnrolmentDelta = {
  profileId: string;
  courseId: string;
  courseVersion: string;
  startedAt: string;
  lastActivityAt: string;
  lastLessonId: string | null;
  lastLessonAt: string | null;
  completedAt: string | null;
};
export type CompletionDelta = {
  profileId: string;
  courseId: string;
  lessonId: string;
  completedAt: string;
  eventId: string;
};

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);
/** (time, key) ordering, the same as SQLite's row-value comparison in the upserts. */
const isAfter = (at: string, key: string, thanAt: string, thanKey: string) =>
  at > thanAt || (at === thanAt && key > thanKey);

/**
 * Folds new events into one change per enrolment and per completed lesson. Every field is a min or max (ties broken
 * by id), so applying the deltas is commutative: any order or batching of the same events gives the same rollups.
 */
export function foldEvents(events: readonly ProgressEvent[]) {
  const enrolments = new Map<string, EnrolmentDelta>();
  const completions = new Map<string, CompletionDelta>();
  for (const e of events) {
    const key = `${e.profileId}\u0000${e.courseId}`;
    const current = enrolments.get(key);
    const delta: EnrolmentDelta = current ?? {
      profileId: e.profileId,
      courseId: e.courseId,
      courseVersion: e.courseVersion,
      startedAt: e.occurredAt,
      lastActivityAt: e.occurredAt,
      lastLessonId: null,
      lastLessonAt: null,
      completedAt: null,
    };
    if (current) {
      if (isAfter(e.occurredAt, e.courseVersion, delta.lastActivityAt, delta.courseVersion)) {
        delta.courseVersion = e.courseVersion;
      }
      delta.startedAt = earlier(delta.startedAt, e.occurredAt);
      delta.lastActivityAt = later(delta.lastActivityAt, e.occurredAt);
    }
    if (
      e.lessonId &&
      (delta.lastLessonAt === null || isAfter(e.occurredAt, e.lessonId, delta.lastLessonAt, delta.lastLessonId!))
    ) {
      delta.lastLessonAt = e.occurredAt;
      delta.lastLessonId = e.lessonId;
    }
    if (e.type === 'course.completed') {
      delta.completedAt = delta.completedAt ? earlier(delta.completedAt, e.occurredAt) : e.occurredAt;
    }
    enrolments.set(key, delta);
    if (e.type === 'lesson.completed' && e.lessonId) {
      const lessonKey = `${key}\u0000${e.lessonId}`;
      const seen = completions.get(lessonKey);
      if (!seen || isAfter(seen.completedAt, seen.eventId, e.occurredAt, e.id)) {
        completions.set(lessonKey, {
          profileId: e.profileId,
          courseId: e.courseId,
          lessonId: e.lessonId,
          completedAt: e.occurredAt,
          eventId: e.id,
        });
      }
    }
  }
  return { enrolments: [...enrolments.values()], completions: [...completions.values()] };
}

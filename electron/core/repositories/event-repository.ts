import type Database from 'better-sqlite3';
import type { EventType, ProgressEvent } from '../../shared/progress.ts';
import { createAttemptRollups } from './attempt-rollups.ts';
import { foldEvents } from './event-rollups.ts';

export type EventRow = {
  seq: number;
  id: string;
  profile_id: string;
  course_id: string;
  course_version: string;
  lesson_id: string | null;
  type: string;
  device_id: string;
  occurred_at: string;
  payload: string;
};

export function toEvent(row: EventRow): ProgressEvent {
  return {
    id: row.id,
    profileId: row.profile_id,
    courseId: row.course_id,
    courseVersion: row.course_version,
    lessonId: row.lesson_id,
    type: row.type as EventType,
    deviceId: row.device_id,
    occurredAt: row.occurred_at,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
  };
}

/**
 * The append-only event log and the rollups derived from it. Callers wrap writes in one transaction. Rollup
 * upserts only ever move a value to an earlier start, a later activity or an earlier completion, so replaying,
 * merging or batching the same events in any order gives the same rollups.
 */
export function createEventRepository(db: Database.Database) {
  const insertEvent = db.prepare<[string, string, string, string, string | null, string, string, string, string]>(
    `INSERT OR IGNORE INTO events (id, profile_id, course_id, course_version, lesson_id, type, device_id, occurred_at, payload)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const upsertEnrolment = db.prepare(
    `INSERT INTO enrolments (profile_id, course_id, course_version, started_at, last_activity_at, last_lesson_id, last_lesson_at, completed_at)
     VALUES (@profileId, @courseId, @courseVersion, @startedAt, @lastActivityAt, @lastLessonId, @lastLessonAt, @completedAt)
     ON CONFLICT (profile_id, course_id) DO UPDATE SET
       course_version = CASE WHEN (excluded.last_activity_at, excluded.course_version) > (last_activity_at, course_version)
                             THEN excluded.course_version ELSE course_version END,
       started_at = min(started_at, excluded.started_at),
       last_activity_at = max(last_activity_at, excluded.last_activity_at),
       last_lesson_id = CASE WHEN excluded.last_lesson_at IS NOT NULL AND (last_lesson_at IS NULL
                                  OR (excluded.last_lesson_at, excluded.last_lesson_id) > (last_lesson_at, last_lesson_id))
                             THEN excluded.last_lesson_id ELSE last_lesson_id END,
       last_lesson_at = CASE WHEN excluded.last_lesson_at IS NOT NULL AND (last_lesson_at IS NULL
                                  OR (excluded.last_lesson_at, excluded.last_lesson_id) > (last_lesson_at, last_lesson_id))
                             THEN excluded.last_lesson_at ELSE last_lesson_at END,
       completed_at = CASE WHEN excluded.completed_at IS NOT NULL AND (completed_at IS NULL OR excluded.completed_at < completed_at)
                           THEN excluded.completed_at ELSE completed_at END`,
  );
  const upsertCompletion = db.prepare(
    `INSERT INTO lesson_completions (profile_id, course_id, lesson_id, completed_at, event_id)
     VALUES (@profileId, @courseId, @lessonId, @completedAt, @eventId)
     ON CONFLICT (profile_id, course_id, lesson_id) DO UPDATE SET
       completed_at = excluded.completed_at, event_id = excluded.event_id
     WHERE (excluded.completed_at, excluded.event_id) < (lesson_completions.completed_at, lesson_completions.event_id)`,
  );
  const completions = db.prepare<[string, string], { lesson_id: string }>(
    'SELECT lesson_id FROM lesson_completions WHERE profile_id = ? AND course_id = ?',
  );
  const enrolment = db.prepare<
    [string, string],
    { last_lesson_id: string | null; completed_at: string | null; started_at: string }
  >('SELECT last_lesson_id, completed_at, started_at FROM enrolments WHERE profile_id = ? AND course_id = ?');
  const enrolmentsForProfile = db.prepare<
    [string],
    { course_id: string; last_lesson_id: string | null; completed_at: string | null }
  >('SELECT course_id, last_lesson_id, completed_at FROM enrolments WHERE profile_id = ?');
  const completionsForProfile = db.prepare<[string], { course_id: string; lesson_id: string }>(
    'SELECT course_id, lesson_id FROM lesson_completions WHERE profile_id = ?',
  );

  const markWindow = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO activity_windows (profile_id, course_id, window) VALUES (?, ?, substr(?, 1, 15))',
  );
  const markStale = db.prepare<[string, string]>('INSERT OR IGNORE INTO record_stale VALUES (?, ?)');
  const applyQuizEvent = createAttemptRollups(db);

  function applyToRollups(events: readonly ProgressEvent[]): void {
    const { enrolments, completions: done } = foldEvents(events);
    for (const delta of enrolments) upsertEnrolment.run(delta);
    for (const delta of done) upsertCompletion.run(delta);
    // Many events share a learner, course and ten minutes: each window is written once per batch.
    const windows = new Set<string>();
    for (const event of events) {
      const window = `${event.profileId}\u0000${event.courseId}\u0000${event.occurredAt.slice(0, 15)}`;
      if (!windows.has(window)) {
        windows.add(window);
        markWindow.run(event.profileId, event.courseId, event.occurredAt);
      }
      if (event.type.startsWith('quiz.')) applyQuizEvent(event);
    }
    // The records table recomputes what these events may have changed, once per learner and course.
    for (const e of enrolments) markStale.run(e.profileId, e.courseId);
  }

  /** Appends the events that are new (by id) and folds them into the rollups; returns how many were new. */
  function appendMany(events: readonly ProgressEvent[]): number {
    const inserted = events.filter(
      (e) =>
        insertEvent.run(
          e.id,
          e.profileId,
          e.courseId,
          e.courseVersion,
          e.lessonId,
          e.type,
          e.deviceId,
          e.occurredAt,
          JSON.stringify(e.payload),
        ).changes === 1,
    );
    applyToRollups(inserted);
    return inserted.length;
  }

  return {
    appendMany,
    /** Appends one event; false when an event with this id was already recorded. */
    append: (event: ProgressEvent): boolean => appendMany([event]) === 1,
    completedLessons(profileId: string, courseId: string): Set<string> {
      return new Set(completions.all(profileId, courseId).map((r) => r.lesson_id));
    },
    enrolment(profileId: string, courseId: string) {
      const row = enrolment.get(profileId, courseId);
      return row
        ? { lastLessonId: row.last_lesson_id, completedAt: row.completed_at, startedAt: row.started_at }
        : null;
    },
    /** Everything the catalogue needs for one profile in two queries. */
    profileSummary(profileId: string) {
      const byCourse = new Map<
        string,
        { lastLessonId: string | null; completedAt: string | null; lessons: Set<string> }
      >();
      for (const e of enrolmentsForProfile.all(profileId)) {
        byCourse.set(e.course_id, { lastLessonId: e.last_lesson_id, completedAt: e.completed_at, lessons: new Set() });
      }
      for (const c of completionsForProfile.all(profileId)) byCourse.get(c.course_id)?.lessons.add(c.lesson_id);
      return byCourse;
    },
    /** Recomputes one learner's rollups from their events (after a merge moved events onto them). Caller's transaction. */
    rebuildRollupsFor(profileId: string): void {
      for (const sql of [
        'DELETE FROM attempt_answers WHERE attempt_id IN (SELECT attempt_id FROM quiz_attempts WHERE profile_id = ?)',
        'DELETE FROM quiz_attempts WHERE profile_id = ?',
        'DELETE FROM lesson_completions WHERE profile_id = ?',
        'DELETE FROM enrolments WHERE profile_id = ?',
        'DELETE FROM activity_windows WHERE profile_id = ?',
      ])
        db.prepare(sql).run(profileId);
      const events = db
        .prepare<[string], EventRow>('SELECT * FROM events WHERE profile_id = ? ORDER BY seq')
        .all(profileId)
        .map(toEvent);
      applyToRollups(events);
    },
    /** Drops and recomputes every rollup from the log: the log is the truth. */
    rebuildRollups(): void {
      const page = db.prepare<[number], EventRow>('SELECT * FROM events WHERE seq > ? ORDER BY seq LIMIT 10000');
      db.transaction(() => {
        db.exec(
          `DELETE FROM lesson_completions; DELETE FROM enrolments; DELETE FROM attempt_answers; DELETE FROM quiz_attempts;
           DELETE FROM activity_windows;`,
        );
        for (let rows = page.all(0); rows.length > 0; rows = page.all(rows.at(-1)!.seq)) {
          applyToRollups(rows.map(toEvent));
        }
      }).immediate();
    },
  };
}
export type EventRepository = ReturnType<typeof createEventRepository>;

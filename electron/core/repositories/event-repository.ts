import type Database from 'better-sqlite3';
import type { EventType, ProgressEvent } from '../../shared/progress.ts';

type EventRow = {
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

function toEvent(row: EventRow): ProgressEvent {
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

/** The append-only event log and the rollups derived from it. Callers wrap writes in one transaction. */
export function createEventRepository(db: Database.Database) {
  const insertEvent = db.prepare(
    `INSERT OR IGNORE INTO events (id, profile_id, course_id, course_version, lesson_id, type, device_id, occurred_at, payload)
     VALUES (@id, @profileId, @courseId, @courseVersion, @lessonId, @type, @deviceId, @occurredAt, @payload)`,
  );
  const forProfileCourse = db.prepare<[string, string], EventRow>(
    'SELECT * FROM events WHERE profile_id = ? AND course_id = ? ORDER BY occurred_at, id',
  );
  const byId = db.prepare<[string], EventRow>('SELECT * FROM events WHERE id = ?');
  const upsertEnrolment = db.prepare(
    `INSERT INTO enrolments (profile_id, course_id, course_version, started_at, last_activity_at, last_lesson_id)
     VALUES (@profileId, @courseId, @courseVersion, @occurredAt, @occurredAt, @lessonId)
     ON CONFLICT (profile_id, course_id) DO UPDATE SET
       course_version = excluded.course_version,
       started_at = min(started_at, excluded.started_at),
       last_activity_at = max(last_activity_at, excluded.last_activity_at),
       last_lesson_id = CASE WHEN excluded.last_activity_at >= last_activity_at AND excluded.last_lesson_id IS NOT NULL
                             THEN excluded.last_lesson_id ELSE last_lesson_id END`,
  );
  const markCourseCompleted = db.prepare<{ occurredAt: string; profileId: string; courseId: string }>(
    `UPDATE enrolments
     SET completed_at = CASE WHEN completed_at IS NULL OR completed_at > @occurredAt THEN @occurredAt ELSE completed_at END
     WHERE profile_id = @profileId AND course_id = @courseId`,
  );
  const insertCompletion = db.prepare(
    `INSERT INTO lesson_completions (profile_id, course_id, lesson_id, completed_at, event_id)
     VALUES (@profileId, @courseId, @lessonId, @occurredAt, @id)
     ON CONFLICT (profile_id, course_id, lesson_id) DO UPDATE SET
       completed_at = excluded.completed_at, event_id = excluded.event_id
     WHERE excluded.completed_at < lesson_completions.completed_at`,
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

  /** Applies one event to the rollups. Idempotent and order-independent, so the log can be replayed or merged. */
  function applyToRollups(event: ProgressEvent): void {
    const { payload: _payload, ...params } = event;
    upsertEnrolment.run(params);
    if (event.type === 'lesson.completed' && event.lessonId) insertCompletion.run(params);
    if (event.type === 'course.completed') markCourseCompleted.run(event);
  }

  return {
    /** Appends an event and updates the rollups; returns false when an event with this id was already recorded. */
    append(event: ProgressEvent): boolean {
      const inserted = insertEvent.run({ ...event, payload: JSON.stringify(event.payload) }).changes === 1;
      if (inserted) applyToRollups(event);
      return inserted;
    },
    find(id: string): ProgressEvent | null {
      const row = byId.get(id);
      return row ? toEvent(row) : null;
    },
    forCourse(profileId: string, courseId: string): ProgressEvent[] {
      return forProfileCourse.all(profileId, courseId).map(toEvent);
    },
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
    /** Drops and recomputes every rollup from the log: the log is the truth. */
    rebuildRollups(): void {
      const page = db.prepare<[number], EventRow & { rowid: number }>(
        'SELECT rowid, * FROM events WHERE rowid > ? ORDER BY rowid LIMIT 5000',
      );
      db.transaction(() => {
        db.exec('DELETE FROM lesson_completions; DELETE FROM enrolments;');
        for (let rows = page.all(0); rows.length > 0; rows = page.all(rows.at(-1)!.rowid)) {
          for (const row of rows) applyToRollups(toEvent(row));
        }
      }).immediate();
    },
  };
}
export type EventRepository = ReturnType<typeof createEventRepository>;

import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { evaluateCourseProgress } from '../../shared/completion.ts';
import type { CourseManifest } from '../../shared/course-package.ts';
import type { CourseLibrary } from '../courses/course-library.ts';

/** Each ten-minute window with any activity counts as ten minutes spent. */
export const WINDOW_MINUTES = 10;
/** Beyond this many stale rows one pass over every table beats a handful of lookups per row. */
const BULK_THRESHOLD = 2_000;

export const STATUS_CODES = { notStarted: 0, inProgress: 1, completed: 2 } as const;

type Facts = {
  lessons: Set<string>;
  passed: Set<string>;
  best: Map<string, number>;
  enrolment: {
    started_at: string;
    completed_at: string | null;
    last_lesson_id: string | null;
    last_activity_at: string;
  } | null;
  certificateId: string | null;
  windows: number;
};

const emptyFacts = (): Facts => ({
  lessons: new Set(),
  passed: new Set(),
  best: new Map(),
  enrolment: null,
  certificateId: null,
  windows: 0,
});
const key = (profileId: string, courseId: string) => `${profileId}\u0000${courseId}`;

/** What the records row says for one learner and course: the same rule the learner's own screen uses. */
export function recordFor(manifest: CourseManifest, f: Facts) {
  const progress = evaluateCourseProgress(
    manifest,
    f.lessons,
    f.passed,
    f.enrolment?.last_lesson_id ?? null,
    f.enrolment?.completed_at ?? null,
  );
  return {
    status: STATUS_CODES[progress.status],
    progressPercent: progress.percent,
    bestScore: manifest.finalExam ? (f.best.get(manifest.finalExam) ?? null) : null,
    startedAt: f.enrolment?.started_at ?? null,
    completedAt: progress.completedAt,
    lastActivityAt: f.enrolment?.last_activity_at ?? null,
    minutesSpent: f.windows * WINDOW_MINUTES,
    certificateId: f.certificateId,
  };
}

const manifestFingerprint = (m: CourseManifest) => createHash('sha256').update(JSON.stringify(m)).digest('hex');

/**
 * The records table: one row per learner per course, materialised so the admin's screen pages, sorts and counts in
 * SQL over hundreds of thousands of rows. Triggers mark the pairs whose rollups changed; `refresh` recomputes just
 * those before anything reads the table.
 */
export function createRecordProjection(db: Database.Database, library: CourseLibrary) {
  const manifests = new Map(library.courses.map((c) => [c.manifest.id, c.manifest]));
  const upsertCourse = db.prepare<[string, string, string, string, number]>(
    `INSERT INTO course_catalog (course_id, title_th, title_en, fingerprint, position) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (course_id) DO UPDATE SET title_th = excluded.title_th, title_en = excluded.title_en,
       fingerprint = excluded.fingerprint, position = excluded.position
     WHERE (title_th, title_en, fingerprint, position) IS NOT (excluded.title_th, excluded.title_en, excluded.fingerprint, excluded.position)`,
  );
  const staleCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM record_stale');
  const staleKeys = db.prepare<[], { profile_id: string; course_id: string }>(
    'SELECT profile_id, course_id FROM record_stale',
  );
  const writeRow = db.prepare(
    `INSERT OR REPLACE INTO course_records (profile_id, course_id, status, progress_percent, best_score, started_at,
       completed_at, last_activity_at, minutes_spent, certificate_id)
     VALUES (@profileId, @courseId, @status, @progressPercent, @bestScore, @startedAt, @completedAt, @lastActivityAt,
       @minutesSpent, @certificateId)`,
  );
  const profileExists = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM profiles WHERE id = ?');

  const one = {
    lessons: db.prepare<[string, string], { lesson_id: string }>(
      'SELECT lesson_id FROM lesson_completions WHERE profile_id = ? AND course_id = ?',
    ),
    quizzes: db.prepare<[string, string], { quiz_id: string; best: number; passed: number }>(
      `SELECT quiz_id, max(percent) AS best, max(passed) AS passed FROM quiz_attempts
       WHERE profile_id = ? AND course_id = ? AND submitted_at IS NOT NULL GROUP BY quiz_id`,
    ),
    enrolment: db.prepare<[string, string], NonNullable<Facts['enrolment']>>(
      'SELECT started_at, completed_at, last_lesson_id, last_activity_at FROM enrolments WHERE profile_id = ? AND course_id = ?',
    ),
    certificate: db.prepare<[string, string], { id: string }>(
      `SELECT id FROM certificates WHERE profile_id = ? AND course_id = ? AND kind = 'completion'
       AND superseded_by IS NULL ORDER BY issued_at DESC LIMIT 1`,
    ),
    windows: db.prepare<[string, string], { n: number }>(
      'SELECT count(*) AS n FROM activity_windows WHERE profile_id = ? AND course_id = ?',
    ),
  };

  function factsFor(profileId: string, courseId: string): Facts {
    const f = emptyFacts();
    for (const r of one.lessons.iterate(profileId, courseId)) f.lessons.add(r.lesson_id);
    for (const q of one.quizzes.iterate(profileId, courseId)) {
      f.best.set(q.quiz_id, q.best);
      if (q.passed === 1) f.passed.add(q.quiz_id);
    }
    f.enrolment = one.enrolment.get(profileId, courseId) ?? null;
    f.certificateId = one.certificate.get(profileId, courseId)?.id ?? null;
    f.windows = one.windows.get(profileId, courseId)?.n ?? 0;
    return f;
  }

  /** Every table read once, grouped by learner and course: for large refreshes and full rebuilds. */
  function allFacts(): Map<string, Facts> {
    const facts = new Map<string, Facts>();
    const get = (p: string, c: string) => {
      const k = key(p, c);
      return facts.get(k) ?? facts.set(k, emptyFacts()).get(k)!;
    };
    for (const r of db
      .prepare<[], { profile_id: string; course_id: string; lesson_id: string }>(
        'SELECT profile_id, course_id, lesson_id FROM lesson_completions',
      )
      .iterate())
      get(r.profile_id, r.course_id).lessons.add(r.lesson_id);
    for (const q of db
      .prepare<[], { profile_id: string; course_id: string; quiz_id: string; best: number; passed: number }>(
        `SELECT profile_id, course_id, quiz_id, max(percent) AS best, max(passed) AS passed FROM quiz_attempts
         WHERE submitted_at IS NOT NULL GROUP BY profile_id, course_id, quiz_id`,
      )
      .iterate()) {
      const f = get(q.profile_id, q.course_id);
      f.best.set(q.quiz_id, q.best);
      if (q.passed === 1) f.passed.add(q.quiz_id);
    }
    for (const e of db
      .prepare<[], NonNullable<Facts['enrolment']> & { profile_id: string; course_id: string }>(
        'SELECT profile_id, course_id, started_at, completed_at, last_lesson_id, last_activity_at FROM enrolments',
      )
      .iterate())
      get(e.profile_id, e.course_id).enrolment = e;
    for (const c of db
      .prepare<[], { profile_id: string; course_id: string; id: string }>(
        `SELECT profile_id, course_id, id FROM certificates WHERE kind = 'completion' AND superseded_by IS NULL
         ORDER BY issued_at`,
      )
      .iterate())
      get(c.profile_id, c.course_id).certificateId = c.id;
    for (const w of db
      .prepare<[], { profile_id: string; course_id: string; n: number }>(
        'SELECT profile_id, course_id, count(*) AS n FROM activity_windows GROUP BY profile_id, course_id',
      )
      .iterate())
      get(w.profile_id, w.course_id).windows = w.n;
    return facts;
  }

  function write(profileId: string, courseId: string, f: Facts) {
    const manifest = manifests.get(courseId);
    if (manifest) writeRow.run({ profileId, courseId, ...recordFor(manifest, f) });
  }

  return {
    /** Copies the library's course list into SQL; a new or changed course marks its rows stale (by trigger). */
    syncCatalog(): void {
      db.transaction(() => {
        const present = library.courses.map((c) => c.manifest.id);
        db.prepare(`DELETE FROM course_catalog WHERE course_id NOT IN (SELECT value FROM json_each(?))`).run(
          JSON.stringify(present),
        );
        library.courses.forEach((c, i) =>
          upsertCourse.run(c.manifest.id, c.manifest.title.th, c.manifest.title.en, manifestFingerprint(c.manifest), i),
        );
      }).immediate();
    },
    /** Recomputes the rows marked stale; returns how many. Cheap when nothing changed. */
    refresh(forceBulk = false): number {
      const n = staleCount.get()?.n ?? 0;
      if (n === 0) return 0;
      db.transaction(() => {
        const keys = staleKeys.all();
        const bulk = forceBulk || n > BULK_THRESHOLD ? allFacts() : null;
        for (const { profile_id: p, course_id: c } of keys) {
          if (profileExists.get(p)?.n !== 1) continue;
          write(p, c, bulk ? (bulk.get(key(p, c)) ?? emptyFacts()) : factsFor(p, c));
        }
        db.exec('DELETE FROM record_stale');
      }).immediate();
      return n;
    },
  };
}
export type RecordProjection = ReturnType<typeof createRecordProjection>;

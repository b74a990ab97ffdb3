import type Database from 'better-sqlite3';
import { evaluateCourseProgress } from '../../shared/completion.ts';
import type { CourseLibrary } from '../courses/course-library.ts';

export type RecordStatus = 'notStarted' | 'inProgress' | 'completed';

export type RecordRow = {
  learnerId: string;
  nameTh: string;
  nameEn: string;
  agency: string;
  position: string;
  courseId: string;
  courseTitleTh: string;
  courseTitleEn: string;
  status: RecordStatus;
  progressPercent: number;
  bestScore: number | null;
  startedAt: string | null;
  completedAt: string | null;
  certificateId: string | null;
};

export type RecordFilter = {
  courseId?: string | null;
  agency?: string | null;
  status?: RecordStatus | null;
  /** Completed on or after / before these dates (YYYY-MM-DD, inclusive). */
  from?: string | null;
  to?: string | null;
  query?: string | null;
};

const key = (profileId: string, courseId: string) => `${profileId}\u0000${courseId}`;

/**
 * One row per learner per course, with the same progress rule the learner sees (evaluateCourseProgress), so the
 * numbers on any report equal the numbers on the learner's screen.
 */
export function completionRecords(
  db: Database.Database,
  library: CourseLibrary,
  filter: RecordFilter = {},
): RecordRow[] {
  const enrolments = new Map<
    string,
    { started_at: string; completed_at: string | null; last_lesson_id: string | null }
  >();
  for (const e of db
    .prepare<
      [],
      {
        profile_id: string;
        course_id: string;
        started_at: string;
        completed_at: string | null;
        last_lesson_id: string | null;
      }
    >('SELECT profile_id, course_id, started_at, completed_at, last_lesson_id FROM enrolments')
    .iterate()) {
    enrolments.set(key(e.profile_id, e.course_id), e);
  }
  const lessons = new Map<string, Set<string>>();
  for (const c of db
    .prepare<[], { profile_id: string; course_id: string; lesson_id: string }>(
      'SELECT profile_id, course_id, lesson_id FROM lesson_completions',
    )
    .iterate()) {
    const k = key(c.profile_id, c.course_id);
    (lessons.get(k) ?? lessons.set(k, new Set()).get(k)!).add(c.lesson_id);
  }
  const quizzes = new Map<string, Map<string, { best: number; passed: boolean }>>();
  for (const q of db
    .prepare<[], { profile_id: string; course_id: string; quiz_id: string; best: number; passed: number }>(
      `SELECT profile_id, course_id, quiz_id, max(percent) AS best, max(passed) AS passed FROM quiz_attempts
       WHERE submitted_at IS NOT NULL GROUP BY profile_id, course_id, quiz_id`,
    )
    .iterate()) {
    const k = key(q.profile_id, q.course_id);
    (quizzes.get(k) ?? quizzes.set(k, new Map()).get(k)!).set(q.quiz_id, { best: q.best, passed: q.passed === 1 });
  }
  const certificates = new Map<string, string>();
  for (const c of db
    .prepare<[], { profile_id: string; course_id: string; id: string }>(
      "SELECT profile_id, course_id, id FROM certificates WHERE kind = 'completion' AND superseded_by IS NULL",
    )
    .iterate()) {
    certificates.set(key(c.profile_id, c.course_id), c.id);
  }

  const needle = filter.query?.trim().toLocaleLowerCase('th') ?? '';
  const courses = library.courses.filter((c) => !filter.courseId || c.manifest.id === filter.courseId);
  const rows: RecordRow[] = [];
  for (const p of db
    .prepare<[], { id: string; name_th: string; name_en: string; agency: string; position: string }>(
      'SELECT id, name_th, name_en, agency, position FROM profiles',
    )
    .iterate()) {
    if (filter.agency && p.agency !== filter.agency) continue;
    if (needle && !`${p.name_th} ${p.name_en}`.toLocaleLowerCase('th').includes(needle)) continue;
    for (const pkg of courses) {
      const m = pkg.manifest;
      const k = key(p.id, m.id);
      const enrolment = enrolments.get(k);
      const results = quizzes.get(k);
      const passed = new Set([...(results ?? [])].filter(([, r]) => r.passed).map(([id]) => id));
      const progress = evaluateCourseProgress(
        m,
        lessons.get(k) ?? new Set(),
        passed,
        enrolment?.last_lesson_id ?? null,
        enrolment?.completed_at ?? null,
      );
      const completedOn = progress.completedAt?.slice(0, 10) ?? null;
      if (filter.status && progress.status !== filter.status) continue;
      if (
        (filter.from || filter.to) &&
        (!completedOn || (filter.from && completedOn < filter.from) || (filter.to && completedOn > filter.to))
      )
        continue;
      rows.push({
        learnerId: p.id,
        nameTh: p.name_th,
        nameEn: p.name_en,
        agency: p.agency,
        position: p.position,
        courseId: m.id,
        courseTitleTh: m.title.th,
        courseTitleEn: m.title.en,
        status: progress.status,
        progressPercent: progress.percent,
        bestScore: m.finalExam ? (results?.get(m.finalExam)?.best ?? null) : null,
        startedAt: enrolment?.started_at ?? null,
        completedAt: progress.completedAt,
        certificateId: certificates.get(k) ?? null,
      });
    }
  }
  return rows;
}

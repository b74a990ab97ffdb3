import type Database from 'better-sqlite3';
import { answerSchema, type Answer } from '../../shared/assessment/answers.ts';
import type { AttemptDraw } from '../../shared/assessment/draw.ts';

type AttemptRow = {
  attempt_id: string;
  profile_id: string;
  course_id: string;
  course_version: string;
  quiz_id: string;
  started_at: string | null;
  deadline_at: string | null;
  draw: string | null;
  submitted_at: string | null;
  points: number | null;
  max_points: number | null;
  percent: number | null;
  passed: number | null;
  timed_out: number | null;
};

export type StoredAttempt = {
  attemptId: string;
  profileId: string;
  courseId: string;
  quizId: string;
  startedAt: string;
  deadline: string | null;
  draw: AttemptDraw;
  submission: {
    at: string;
    points: number;
    maxPoints: number;
    percent: number;
    passed: boolean;
    timedOut: boolean;
  } | null;
};

function toAttempt(row: AttemptRow): StoredAttempt | null {
  // A submission merged in before its start event has no draw yet: not presentable, still counted in results.
  if (!row.started_at || !row.draw) return null;
  return {
    attemptId: row.attempt_id,
    profileId: row.profile_id,
    courseId: row.course_id,
    quizId: row.quiz_id,
    startedAt: row.started_at,
    deadline: row.deadline_at,
    draw: JSON.parse(row.draw) as AttemptDraw,
    submission:
      row.submitted_at === null
        ? null
        : {
            at: row.submitted_at,
            points: row.points ?? 0,
            maxPoints: row.max_points ?? 0,
            percent: row.percent ?? 0,
            passed: row.passed === 1,
            timedOut: row.timed_out === 1,
          },
  };
}

export function createAttemptRepository(db: Database.Database) {
  const byId = db.prepare<[string], AttemptRow>('SELECT * FROM quiz_attempts WHERE attempt_id = ?');
  const forQuiz = db.prepare<[string, string, string], AttemptRow>(
    `SELECT * FROM quiz_attempts WHERE profile_id = ? AND course_id = ? AND quiz_id = ?
     ORDER BY coalesce(started_at, submitted_at)`,
  );
  const passed = db.prepare<[string, string], { quiz_id: string }>(
    'SELECT DISTINCT quiz_id FROM quiz_attempts WHERE profile_id = ? AND course_id = ? AND passed = 1',
  );
  const best = db.prepare<[string, string], { quiz_id: string; best: number; passed: number }>(
    `SELECT quiz_id, max(percent) AS best, max(passed) AS passed FROM quiz_attempts
     WHERE profile_id = ? AND course_id = ? AND submitted_at IS NOT NULL GROUP BY quiz_id`,
  );
  const answers = db.prepare<[string], { question_id: string; answer: string }>(
    'SELECT question_id, answer FROM attempt_answers WHERE attempt_id = ?',
  );
  return {
    find(attemptId: string): StoredAttempt | null {
      const row = byId.get(attemptId);
      return row ? toAttempt(row) : null;
    },
    forQuiz(profileId: string, courseId: string, quizId: string): StoredAttempt[] {
      return forQuiz
        .all(profileId, courseId, quizId)
        .map(toAttempt)
        .filter((a): a is StoredAttempt => a !== null);
    },
    passedQuizIds(profileId: string, courseId: string): Set<string> {
      return new Set(passed.all(profileId, courseId).map((r) => r.quiz_id));
    },
    /** quiz id → best percent and whether any attempt passed. */
    results(profileId: string, courseId: string): Map<string, { bestPercent: number; passed: boolean }> {
      return new Map(
        best.all(profileId, courseId).map((r) => [r.quiz_id, { bestPercent: r.best, passed: r.passed === 1 }]),
      );
    },
    answers(attemptId: string): Map<string, Answer> {
      return new Map(answers.all(attemptId).map((r) => [r.question_id, answerSchema.parse(JSON.parse(r.answer))]));
    },
  };
}
export type AttemptRepository = ReturnType<typeof createAttemptRepository>;

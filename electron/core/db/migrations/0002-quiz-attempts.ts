import type { Migration } from './types.ts';

/** Quiz attempts and their saved answers: rollups of the quiz.* events, rebuildable from the log. */
export const quizAttempts: Migration = {
  version: 2,
  name: 'quiz-attempts',
  up(db) {
    db.exec(`
      CREATE TABLE quiz_attempts (
        attempt_id TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES profiles(id),
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        quiz_id TEXT NOT NULL,
        started_at TEXT,
        deadline_at TEXT,
        draw TEXT,
        submitted_at TEXT,
        points REAL,
        max_points INTEGER,
        percent REAL,
        passed INTEGER,
        timed_out INTEGER
      ) STRICT;
      CREATE INDEX quiz_attempts_by_learner ON quiz_attempts(profile_id, course_id, quiz_id);

      CREATE TABLE attempt_answers (
        attempt_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        answered_at TEXT NOT NULL,
        event_id TEXT NOT NULL,
        PRIMARY KEY (attempt_id, question_id)
      ) STRICT;
    `);
  },
};

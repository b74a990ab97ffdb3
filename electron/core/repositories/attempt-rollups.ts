import type Database from 'better-sqlite3';
import { quizAnsweredPayload, quizStartedPayload, quizSubmittedPayload } from '../../shared/assessment/quiz-events.ts';
import type { ProgressEvent } from '../../shared/progress.ts';

/**
 * Applies quiz events to the attempt rollups. Each upsert is order-independent: the earliest start wins, a later answer (by time, then id) replaces an earlier one, and the earliest submission wins.
 */
export function createAttemptRollups(db: Database.Database) {
  const started = db.prepare(
    `INSERT INTO quiz_attempts (attempt_id, profile_id, course_id, course_version, quiz_id, started_at, deadline_at, draw)
     VALUES (@attemptId, @profileId, @courseId, @courseVersion, @quizId, @occurredAt, @deadline, @draw)
     ON CONFLICT (attempt_id) DO UPDATE SET
       started_at = excluded.started_at, deadline_at = excluded.deadline_at, draw = excluded.draw
     WHERE quiz_attempts.started_at IS NULL OR excluded.started_at < quiz_attempts.started_at`,
  );
  const answered = db.prepare(
    `INSERT INTO attempt_answers (attempt_id, question_id, answer, answered_at, event_id)
     VALUES (@attemptId, @questionId, @answer, @occurredAt, @id)
     ON CONFLICT (attempt_id, question_id) DO UPDATE SET
       answer = excluded.answer, answered_at = excluded.answered_at, event_id = excluded.event_id
     WHERE (excluded.answered_at, excluded.event_id) > (attempt_answers.answered_at, attempt_answers.event_id)`,
  );
  const submitted = db.prepare(
    `INSERT INTO quiz_attempts (attempt_id, profile_id, course_id, course_version, quiz_id, submitted_at, points,
                                max_points, percent, passed, timed_out)
     VALUES (@attemptId, @profileId, @courseId, @courseVersion, @quizId, @occurredAt, @points, @maxPoints, @percent,
             @passed, @timedOut)
     ON CONFLICT (attempt_id) DO UPDATE SET
       submitted_at = excluded.submitted_at, points = excluded.points, max_points = excluded.max_points,
       percent = excluded.percent, passed = excluded.passed, timed_out = excluded.timed_out
     WHERE quiz_attempts.submitted_at IS NULL OR excluded.submitted_at < quiz_attempts.submitted_at`,
  );
  const common = (e: ProgressEvent) => ({
    id: e.id,
    profileId: e.profileId,
    courseId: e.courseId,
    courseVersion: e.courseVersion,
    occurredAt: e.occurredAt,
  });

  return (event: ProgressEvent): void => {
    switch (event.type) {
      case 'quiz.started': {
        const p = quizStartedPayload.parse(event.payload);
        started.run({
          ...common(event),
          attemptId: p.attemptId,
          quizId: p.quizId,
          deadline: p.deadline,
          draw: JSON.stringify(p.draw),
        });
        return;
      }
      case 'quiz.answered': {
        const p = quizAnsweredPayload.parse(event.payload);
        answered.run({
          ...common(event),
          attemptId: p.attemptId,
          questionId: p.questionId,
          answer: JSON.stringify(p.answer),
        });
        return;
      }
      case 'quiz.submitted': {
        const p = quizSubmittedPayload.parse(event.payload);
        submitted.run({
          ...common(event),
          attemptId: p.attemptId,
          quizId: p.quizId,
          points: p.points,
          maxPoints: p.maxPoints,
          percent: p.percent,
          passed: p.passed ? 1 : 0,
          timedOut: p.timedOut ? 1 : 0,
        });
        return;
      }
      default:
        return;
    }
  };
}

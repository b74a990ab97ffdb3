import type Database from 'better-sqlite3';
import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Answer } from '../../shared/assessment/answers.ts';
import { attemptDeadline, canStartAttempt, mayReview } from '../../shared/assessment/attempt-policy.ts';
import type { AttemptView, QuizOverview } from '../../shared/assessment/attempt-view.ts';
import { drawAttempt, seededRandom } from '../../shared/assessment/draw.ts';
import { scoreAttempt, scoringUnits } from '../../shared/assessment/scoring.ts';
import { AppError } from '../../shared/errors.ts';
import type { CourseLibrary } from '../courses/course-library.ts';
import type { AttemptRepository, StoredAttempt } from '../repositories/attempt-repository.ts';
import type { ProgressService } from './progress-service.ts';
import { answerProblem, drawnQuestions, presentQuestions, reviewOf } from './quiz-presentation.ts';

type Deps = {
  db: Database.Database;
  attempts: AttemptRepository;
  library: CourseLibrary;
  progress: ProgressService;
  now: () => Date;
};

const notFound = () => new AppError('NOT_FOUND', 'There is no such quiz attempt.', 'ไม่พบการทำแบบทดสอบนี้');

export function createQuizService({ db, attempts, library, progress, now }: Deps) {
  function quizOf(courseId: string, quizId: string) {
    const pkg = library.get(courseId);
    const quiz = pkg.quizzes.get(quizId);
    if (!quiz)
      throw new AppError('NOT_FOUND', `There is no quiz "${quizId}" in this course.`, `ไม่พบแบบทดสอบ "${quizId}"`);
    return { pkg, quiz };
  }

  function ownAttempt(profileId: string, attemptId: string): StoredAttempt {
    const attempt = attempts.find(attemptId);
    if (!attempt || attempt.profileId !== profileId) throw notFound();
    return attempt;
  }

  function isExpired(attempt: StoredAttempt): boolean {
    return attempt.submission === null && attempt.deadline !== null && new Date(attempt.deadline) <= now();
  }

  /** Scores the saved answers and records the submission; completes the course when this pass was the last step. */
  function submitAttempt(profileId: string, attempt: StoredAttempt, timedOut: boolean): void {
    const { pkg, quiz } = quizOf(attempt.courseId, attempt.quizId);
    db.transaction(() => {
      const before = progress.progressOf(profileId, pkg);
      const score = scoreAttempt(
        drawnQuestions(quiz, attempt.draw),
        attempts.answers(attempt.attemptId),
        quiz.passMark,
      );
      progress.record(profileId, pkg, 'quiz.submitted', null, {
        attemptId: attempt.attemptId,
        quizId: quiz.id,
        points: score.points,
        maxPoints: score.maxPoints,
        percent: score.percent,
        passed: score.passed,
        timedOut,
      });
      progress.settleCompletion(profileId, pkg, before);
    }).immediate();
  }

  function view(profileId: string, attemptId: string): AttemptView {
    let attempt = ownAttempt(profileId, attemptId);
    if (isExpired(attempt)) {
      submitAttempt(profileId, attempt, true);
      attempt = ownAttempt(profileId, attemptId);
    }
    const { pkg, quiz } = quizOf(attempt.courseId, attempt.quizId);
    const questions = drawnQuestions(quiz, attempt.draw);
    const answers = attempts.answers(attemptId);
    const s = attempt.submission;
    return {
      attemptId,
      courseId: attempt.courseId,
      quizId: attempt.quizId,
      title: quiz.title,
      passMark: quiz.passMark,
      startedAt: attempt.startedAt,
      deadline: attempt.deadline,
      submittedAt: s?.at ?? null,
      questions: presentQuestions(questions, attempt.draw),
      answers: Object.fromEntries(answers),
      result: s && {
        points: s.points,
        maxPoints: s.maxPoints,
        percent: s.percent,
        passed: s.passed,
        timedOut: s.timedOut,
        review: mayReview(quiz, s.passed) ? reviewOf(questions, answers) : null,
      },
      progress: progress.progressOf(profileId, pkg),
    };
  }

  function openAttempt(profileId: string, attemptId: string): StoredAttempt {
    const attempt = ownAttempt(profileId, attemptId);
    if (isExpired(attempt)) {
      submitAttempt(profileId, attempt, true);
      throw new AppError(
        'CONFLICT',
        'Time is up: the attempt was submitted with the answers saved so far.',
        'หมดเวลาแล้ว ระบบส่งคำตอบที่บันทึกไว้ให้โดยอัตโนมัติ',
      );
    }
    if (attempt.submission) {
      throw new AppError('CONFLICT', 'This attempt has already been submitted.', 'ส่งคำตอบของรอบนี้ไปแล้ว');
    }
    return attempt;
  }

  return {
    overview(profileId: string, courseId: string, quizId: string): QuizOverview {
      const { pkg, quiz } = quizOf(courseId, quizId);
      for (const open of attempts.forQuiz(profileId, courseId, quizId))
        if (isExpired(open)) submitAttempt(profileId, open, true);
      const past = attempts.forQuiz(profileId, courseId, quizId);
      const submitted = past.filter((a) => a.submission !== null);
      return {
        courseId,
        quizId,
        title: quiz.title,
        isFinalExam: pkg.manifest.finalExam === quizId,
        passMark: quiz.passMark,
        questionCount: Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length),
        timeLimitMinutes: quiz.timeLimitMinutes ?? null,
        attemptLimit: quiz.attemptLimit ?? null,
        cooldownMinutes: quiz.cooldownMinutes ?? null,
        review: quiz.review,
        attempts: past.map((a) => ({
          attemptId: a.attemptId,
          startedAt: a.startedAt,
          submittedAt: a.submission?.at ?? null,
          percent: a.submission?.percent ?? null,
          passed: a.submission?.passed ?? null,
        })),
        verdict: canStartAttempt(
          quiz,
          past.map((a) => ({ attemptId: a.attemptId, startedAt: a.startedAt, submittedAt: a.submission?.at ?? null })),
          now(),
        ),
        passed: submitted.some((a) => a.submission!.passed),
        bestPercent: submitted.length ? Math.max(...submitted.map((a) => a.submission!.percent)) : null,
      };
    },

    start(profileId: string, courseId: string, quizId: string): AttemptView {
      const { pkg, quiz } = quizOf(courseId, quizId);
      const attemptId = uuidv7();
      db.transaction(() => {
        const past = attempts.forQuiz(profileId, courseId, quizId);
        const verdict = canStartAttempt(
          quiz,
          past.map((a) => ({ attemptId: a.attemptId, startedAt: a.startedAt, submittedAt: a.submission?.at ?? null })),
          now(),
        );
        if (!verdict.canStart) {
          throw verdict.reason === 'attemptLimit'
            ? new AppError(
                'CONFLICT',
                `All ${verdict.limit} attempts have been used.`,
                `ใช้สิทธิ์ทำครบ ${verdict.limit} ครั้งแล้ว`,
              )
            : verdict.reason === 'cooldown'
              ? new AppError('CONFLICT', 'Please wait before the next attempt.', 'กรุณารอก่อนเริ่มทำครั้งถัดไป')
              : new AppError('CONFLICT', 'An attempt is already in progress.', 'มีการทำแบบทดสอบที่ยังไม่ส่งอยู่');
        }
        const startedAt = now().toISOString();
        progress.record(profileId, pkg, 'quiz.started', null, {
          attemptId,
          quizId,
          draw: drawAttempt(quiz, seededRandom(randomInt(2 ** 31))),
          deadline: attemptDeadline(quiz, startedAt),
        });
      }).immediate();
      return view(profileId, attemptId);
    },

    view,

    /** Saves one answer at once, so nothing is lost if the app closes mid-attempt. */
    answer(profileId: string, attemptId: string, questionId: string, answer: Answer): { savedAt: string } {
      const attempt = openAttempt(profileId, attemptId);
      const { pkg, quiz } = quizOf(attempt.courseId, attempt.quizId);
      const unit = drawnQuestions(quiz, attempt.draw)
        .flatMap(scoringUnits)
        .find((q) => q.id === questionId);
      if (!unit)
        throw new AppError('NOT_FOUND', 'That question is not part of this attempt.', 'คำถามนี้ไม่อยู่ในแบบทดสอบรอบนี้');
      const problem = answerProblem(unit, answer);
      if (problem)
        throw new AppError('INVALID_INPUT', `Invalid answer: ${problem}.`, 'คำตอบไม่ถูกต้องตามรูปแบบของคำถาม', ['answer']);
      const event = db
        .transaction(() =>
          progress.record(profileId, pkg, 'quiz.answered', null, { attemptId, quizId: quiz.id, questionId, answer }),
        )
        .immediate();
      return { savedAt: event.occurredAt };
    },

    submit(profileId: string, attemptId: string): AttemptView {
      submitAttempt(profileId, openAttempt(profileId, attemptId), false);
      return view(profileId, attemptId);
    },
  };
}

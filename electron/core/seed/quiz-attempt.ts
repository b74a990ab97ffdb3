import { attemptDeadline } from '../../shared/assessment/attempt-policy.ts';
import { drawAttempt } from '../../shared/assessment/draw.ts';
import { scoreAttempt, scoringUnits } from '../../shared/assessment/scoring.ts';
import type { Answer } from '../../shared/assessment/answers.ts';
import type { Quiz } from '../../shared/course-package.ts';
import { drawnQuestions } from '../services/quiz-presentation.ts';
import { answerFor } from './answers.ts';
import { MINUTE } from './calendar.ts';
import type { Journal } from './journal.ts';
import type { Random } from './random.ts';
import { seededUuidV7 } from './seed-ids.ts';

/**
 * One attempt as the quiz service records it: quiz.started with its draw, a quiz.answered per question as it is
 * answered, quiz.submitted with the score the real scoring gives those answers. `skill` is the chance of getting a
 * question right. Returns whether it passed, or null when the period ended before it was submitted.
 */
export function takeQuiz(journal: Journal, quiz: Quiz, skill: number, random: Random): boolean | null {
  const attemptId = seededUuidV7(random, journal.at);
  const draw = drawAttempt(quiz, random.next);
  const deadline = attemptDeadline(quiz, new Date(journal.at).toISOString());
  if (!journal.record('quiz.started', null, { attemptId, quizId: quiz.id, draw, deadline })) return null;
  const questions = drawnQuestions(quiz, draw);
  const units = questions.flatMap(scoringUnits);
  // A timed attempt is paced to finish before its deadline.
  const longestThink = quiz.timeLimitMinutes ? Math.min(90, (quiz.timeLimitMinutes * 60) / (units.length + 2)) : 90;
  const answers = new Map<string, Answer>();
  for (const unit of units) {
    journal.wait(random.between(10, longestThink) * 1000);
    if (random.chance(0.02)) continue;
    const answer = answerFor(unit, random.chance(skill), random);
    answers.set(unit.id, answer);
    if (!journal.record('quiz.answered', null, { attemptId, quizId: quiz.id, questionId: unit.id, answer })) {
      return null;
    }
  }
  journal.wait(random.between(0.2, 1) * MINUTE);
  const score = scoreAttempt(questions, answers, quiz.passMark);
  const submitted = journal.record('quiz.submitted', null, {
    attemptId,
    quizId: quiz.id,
    points: score.points,
    maxPoints: score.maxPoints,
    percent: score.percent,
    passed: score.passed,
    timedOut: false,
  });
  return submitted ? score.passed : null;
}

import type { z } from 'zod';
import type { Quiz } from '../course-package.ts';
import type { startVerdictSchema } from './attempt-view.ts';

export type PastAttempt = { attemptId: string; startedAt: string; submittedAt: string | null };
export type StartVerdict = z.infer<typeof startVerdictSchema>;

/**
 * Whether a new attempt may start now: one at a time, within the attempt limit, after the cooldown since the last
 * submission. Retaking a passed quiz is allowed; with an attempt limit, retakes use it up.
 */
export function canStartAttempt(quiz: Quiz, past: readonly PastAttempt[], now: Date): StartVerdict {
  const open = past.find((a) => a.submittedAt === null);
  if (open) return { canStart: false, reason: 'inProgress', attemptId: open.attemptId };
  if (quiz.attemptLimit !== undefined && past.length >= quiz.attemptLimit) {
    return { canStart: false, reason: 'attemptLimit', limit: quiz.attemptLimit };
  }
  if (quiz.cooldownMinutes !== undefined) {
    const last = past
      .map((a) => a.submittedAt)
      .filter((t): t is string => t !== null)
      .sort()
      .at(-1);
    if (last) {
      const until = new Date(new Date(last).getTime() + quiz.cooldownMinutes * 60_000);
      if (until > now) return { canStart: false, reason: 'cooldown', until: until.toISOString() };
    }
  }
  return { canStart: true, reason: 'ok' };
}

/** When a timed attempt must end; null when the quiz has no time limit. */
export function attemptDeadline(quiz: Quiz, startedAt: string): string | null {
  if (quiz.timeLimitMinutes === undefined) return null;
  return new Date(new Date(startedAt).getTime() + quiz.timeLimitMinutes * 60_000).toISOString();
}

/** Whether explanations and correct answers may be shown for a submitted attempt. */
export function mayReview(quiz: Quiz, passed: boolean): boolean {
  return quiz.review === 'afterSubmit' || (quiz.review === 'afterPass' && passed);
}

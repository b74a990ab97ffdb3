import { z } from 'zod';
import { answerSchema } from './answers.ts';

/** Payloads of the quiz events in the log. Parsed on the way into the rollups, since merged logs are untrusted. */
export const quizStartedPayload = z.strictObject({
  attemptId: z.string(),
  quizId: z.string(),
  draw: z.strictObject({ questionIds: z.array(z.string()), order: z.record(z.string(), z.array(z.string())) }),
  deadline: z.string().nullable(),
});
export const quizAnsweredPayload = z.strictObject({
  attemptId: z.string(),
  quizId: z.string(),
  questionId: z.string(),
  answer: answerSchema,
});
export const quizSubmittedPayload = z.strictObject({
  attemptId: z.string(),
  quizId: z.string(),
  points: z.number(),
  maxPoints: z.number().int(),
  percent: z.number(),
  passed: z.boolean(),
  timedOut: z.boolean(),
});

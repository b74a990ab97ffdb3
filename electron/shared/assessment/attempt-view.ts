import { z } from 'zod';
import { bilingualSchema } from '../bilingual.ts';
import { courseProgressSchema } from '../progress.ts';
import { answerSchema } from './answers.ts';

const choice = z.strictObject({ id: z.string(), text: bilingualSchema });
const base = { id: z.string(), topic: bilingualSchema, prompt: bilingualSchema };

/** A question as the learner sees it during an attempt: no answer key, options in the attempt's order. */
export const presentedSimpleQuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('single'), options: z.array(choice) }),
  z.strictObject({ ...base, type: z.literal('multiple'), options: z.array(choice), correctCount: z.number().int() }),
  z.strictObject({ ...base, type: z.literal('trueFalse') }),
  z.strictObject({ ...base, type: z.literal('matching'), left: z.array(choice), right: z.array(choice) }),
  z.strictObject({ ...base, type: z.literal('ordering'), items: z.array(choice) }),
  z.strictObject({ ...base, type: z.literal('shortText') }),
]);
export const presentedQuestionSchema = z.union([
  presentedSimpleQuestionSchema,
  z.strictObject({
    id: z.string(),
    type: z.literal('scenario'),
    topic: bilingualSchema,
    scenario: bilingualSchema,
    questions: z.array(presentedSimpleQuestionSchema),
  }),
]);
export type PresentedQuestion = z.infer<typeof presentedQuestionSchema>;
export type PresentedSimpleQuestion = z.infer<typeof presentedSimpleQuestionSchema>;

export const reviewItemSchema = z.strictObject({
  credit: z.number().min(0).max(1),
  correct: answerSchema,
  /** For short answers: every accepted answer. */
  accepted: z.array(z.string()).nullable(),
  explanation: bilingualSchema,
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const attemptResultSchema = z.strictObject({
  points: z.number(),
  maxPoints: z.number().int(),
  percent: z.number(),
  passed: z.boolean(),
  timedOut: z.boolean(),
  /** Per scored question id; null when the quiz's review policy withholds answers and explanations. */
  review: z.record(z.string(), reviewItemSchema).nullable(),
});

export const attemptViewSchema = z.strictObject({
  attemptId: z.string(),
  courseId: z.string(),
  quizId: z.string(),
  title: bilingualSchema,
  passMark: z.number(),
  startedAt: z.string(),
  deadline: z.string().nullable(),
  submittedAt: z.string().nullable(),
  questions: z.array(presentedQuestionSchema),
  answers: z.record(z.string(), answerSchema),
  result: attemptResultSchema.nullable(),
  progress: courseProgressSchema,
});
export type AttemptView = z.infer<typeof attemptViewSchema>;

export const startVerdictSchema = z.discriminatedUnion('reason', [
  z.strictObject({ canStart: z.literal(true), reason: z.literal('ok') }),
  z.strictObject({ canStart: z.literal(false), reason: z.literal('attemptLimit'), limit: z.number().int() }),
  z.strictObject({ canStart: z.literal(false), reason: z.literal('cooldown'), until: z.string() }),
  z.strictObject({ canStart: z.literal(false), reason: z.literal('inProgress'), attemptId: z.string() }),
]);

export const quizOverviewSchema = z.strictObject({
  courseId: z.string(),
  quizId: z.string(),
  title: bilingualSchema,
  isFinalExam: z.boolean(),
  passMark: z.number(),
  questionCount: z.number().int(),
  timeLimitMinutes: z.number().nullable(),
  attemptLimit: z.number().nullable(),
  cooldownMinutes: z.number().nullable(),
  review: z.enum(['afterSubmit', 'afterPass', 'never']),
  attempts: z.array(
    z.strictObject({
      attemptId: z.string(),
      startedAt: z.string(),
      submittedAt: z.string().nullable(),
      percent: z.number().nullable(),
      passed: z.boolean().nullable(),
    }),
  ),
  verdict: startVerdictSchema,
  passed: z.boolean(),
  bestPercent: z.number().nullable(),
});
export type QuizOverview = z.infer<typeof quizOverviewSchema>;

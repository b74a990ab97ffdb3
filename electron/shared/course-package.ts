import { z } from 'zod';
import { bilingualSchema } from './bilingual.ts';

/**
 * The course package format, version 1. A package is a folder:
 *   course.yaml            the manifest below
 *   lessons/<id>.th.md     one Markdown file per lesson per language
 *   lessons/<id>.en.md
 *   quizzes/<id>.yaml      quizzes and exams (quizSchema)
 *   glossary.yaml          optional bilingual glossary (glossarySchema)
 *   assets/…               images referenced from lessons as assets/<file>
 */
export const COURSE_SCHEMA_VERSION = 1;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

export const lessonRefSchema = z.strictObject({
  id: slug,
  title: bilingualSchema,
  minutes: z.number().int().positive().max(600),
  required: z.boolean().default(true),
  facilitatorNotes: bilingualSchema.optional(),
});

export const moduleSchema = z.strictObject({
  id: slug,
  title: bilingualSchema,
  summary: bilingualSchema.optional(),
  lessons: z.array(lessonRefSchema).min(1, 'a module needs at least one lesson'),
  quiz: slug.optional(),
});

export const completionRuleSchema = z.strictObject({
  requireAllLessons: z.boolean().default(true),
  requiredQuizzes: z.array(slug).default([]),
});

export const courseManifestSchema = z.strictObject({
  schemaVersion: z.literal(COURSE_SCHEMA_VERSION),
  id: slug,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as 1.0.0'),
  title: bilingualSchema,
  description: bilingualSchema,
  audience: bilingualSchema,
  hours: z.number().positive().max(500),
  objectives: z.array(bilingualSchema).min(1),
  completion: completionRuleSchema.default({ requireAllLessons: true, requiredQuizzes: [] }),
  modules: z.array(moduleSchema).min(1),
  finalExam: slug.optional(),
});
export type CourseManifest = z.infer<typeof courseManifestSchema>;
export type ModuleManifest = z.infer<typeof moduleSchema>;
export type LessonRef = z.infer<typeof lessonRefSchema>;

const option = z.strictObject({ id: slug, text: bilingualSchema });
const questionBase = {
  id: slug,
  topic: bilingualSchema,
  prompt: bilingualSchema,
  explanation: bilingualSchema,
};

const singleChoice = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(option).min(2),
  answer: slug,
});
const multipleChoice = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: z.array(option).min(3),
  answer: z.array(slug).min(1),
});
const trueFalse = z.strictObject({
  ...questionBase,
  type: z.literal('trueFalse'),
  answer: z.boolean(),
});
const matching = z.strictObject({
  ...questionBase,
  type: z.literal('matching'),
  pairs: z.array(z.strictObject({ id: slug, left: bilingualSchema, right: bilingualSchema })).min(2),
});
const ordering = z.strictObject({
  ...questionBase,
  type: z.literal('ordering'),
  /** Listed in the correct order; shown shuffled. */
  items: z.array(option).min(2),
});
const shortText = z.strictObject({
  ...questionBase,
  type: z.literal('shortText'),
  accepted: z.array(z.string().trim().min(1)).min(1),
});

export const simpleQuestionSchema = z.discriminatedUnion('type', [
  singleChoice,
  multipleChoice,
  trueFalse,
  matching,
  ordering,
  shortText,
]);
export const scenarioQuestionSchema = z.strictObject({
  id: slug,
  type: z.literal('scenario'),
  topic: bilingualSchema,
  scenario: bilingualSchema,
  questions: z.array(simpleQuestionSchema).min(1),
});
export const questionSchema = z.union([simpleQuestionSchema, scenarioQuestionSchema]);
export type Question = z.infer<typeof questionSchema>;

export const quizSchema = z.strictObject({
  id: slug,
  title: bilingualSchema,
  passMark: z.number().int().min(1).max(100),
  /** How many questions each attempt draws from the bank; all of them when absent. */
  draw: z.number().int().positive().optional(),
  shuffle: z.boolean().default(true),
  attemptLimit: z.number().int().positive().optional(),
  cooldownMinutes: z.number().int().positive().optional(),
  timeLimitMinutes: z.number().int().positive().optional(),
  review: z.enum(['afterSubmit', 'afterPass', 'never']).default('afterSubmit'),
  questions: z.array(questionSchema).min(1),
});
export type Quiz = z.infer<typeof quizSchema>;

export const glossarySchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        id: slug,
        th: z.string().trim().min(1),
        en: z.string().trim().min(1),
        definition: bilingualSchema,
      }),
    )
    .min(1),
});
export type Glossary = z.infer<typeof glossarySchema>;

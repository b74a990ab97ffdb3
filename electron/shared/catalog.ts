import { z } from 'zod';
import { bilingualSchema } from './bilingual.ts';
import { courseProgressSchema } from './progress.ts';

export const packageProblemSchema = z.strictObject({
  file: z.string(),
  path: z.string(),
  message: z.string(),
});
export type PackageProblem = z.infer<typeof packageProblemSchema>;

export const courseCardSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  title: bilingualSchema,
  description: bilingualSchema,
  audience: bilingualSchema,
  hours: z.number(),
  moduleCount: z.number().int(),
  lessonCount: z.number().int(),
  progress: courseProgressSchema,
});
export type CourseCard = z.infer<typeof courseCardSchema>;

export const brokenCourseSchema = z.strictObject({
  folder: z.string(),
  problems: z.array(packageProblemSchema),
});
export type BrokenCourse = z.infer<typeof brokenCourseSchema>;

export const catalogSchema = z.strictObject({
  courses: z.array(courseCardSchema),
  broken: z.array(brokenCourseSchema),
});

export const quizRefSchema = z.strictObject({
  id: z.string(),
  title: bilingualSchema,
  required: z.boolean(),
  passed: z.boolean(),
  bestPercent: z.number().nullable(),
});
export type QuizRef = z.infer<typeof quizRefSchema>;

export const courseOutlineSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  title: bilingualSchema,
  description: bilingualSchema,
  audience: bilingualSchema,
  hours: z.number(),
  objectives: z.array(bilingualSchema),
  modules: z.array(
    z.strictObject({
      id: z.string(),
      title: bilingualSchema,
      summary: bilingualSchema.nullable(),
      lessons: z.array(
        z.strictObject({ id: z.string(), title: bilingualSchema, minutes: z.number(), required: z.boolean() }),
      ),
      quiz: quizRefSchema.nullable(),
    }),
  ),
  finalExam: quizRefSchema.nullable(),
  glossary: z.array(z.strictObject({ id: z.string(), th: z.string(), en: z.string(), definition: bilingualSchema })),
  progress: courseProgressSchema,
});
export type CourseOutline = z.infer<typeof courseOutlineSchema>;

export const lessonContentSchema = z.strictObject({
  courseId: z.string(),
  lessonId: z.string(),
  title: bilingualSchema,
  markdown: bilingualSchema,
  /** `assets/<file>` as written in the Markdown → a data: URL, so no door needs a file route. */
  assets: z.record(z.string(), z.string()),
  previousLessonId: z.string().nullable(),
  nextLessonId: z.string().nullable(),
});
export type LessonContent = z.infer<typeof lessonContentSchema>;

import { z } from 'zod';
import { bilingualSchema } from './bilingual.ts';
import { questionSchema } from './course-package.ts';

/** One screen of a lesson in one language: the section's heading as plain text, and the Markdown shown under it. */
export const slideSchema = z.strictObject({
  heading: z.string().nullable(),
  markdown: z.string(),
  /** The heading's section began on an earlier slide (so the screen can say "continued"). */
  continued: z.boolean(),
});
export type Slide = z.infer<typeof slideSchema>;

/** The same screen in both languages, so a bilingual room sees matching Thai and English side by side. */
export const slidePairSchema = z.strictObject({ th: slideSchema, en: slideSchema });
export type SlidePair = z.infer<typeof slidePairSchema>;

const quizLinkSchema = z.strictObject({ id: z.string(), title: bilingualSchema });

/** What a trainer needs to move around a course while presenting: lessons in order, and the quizzes to run. */
export const presentOutlineSchema = z.strictObject({
  courseId: z.string(),
  title: bilingualSchema,
  modules: z.array(
    z.strictObject({
      id: z.string(),
      title: bilingualSchema,
      lessons: z.array(z.strictObject({ id: z.string(), title: bilingualSchema, minutes: z.number() })),
      quiz: quizLinkSchema.nullable(),
    }),
  ),
  finalExam: quizLinkSchema.nullable(),
});
export type PresentOutline = z.infer<typeof presentOutlineSchema>;

export const presentLessonSchema = z.strictObject({
  courseId: z.string(),
  lessonId: z.string(),
  title: bilingualSchema,
  moduleTitle: bilingualSchema,
  minutes: z.number(),
  /** For the trainer's eyes only: shown on the presenter's screen, never in the audience window. */
  facilitatorNotes: bilingualSchema.nullable(),
  slides: z.array(slidePairSchema),
  /** `assets/<file>` as written in the Markdown → a data: URL, as for the lesson reader. */
  assets: z.record(z.string(), z.string()),
  previousLessonId: z.string().nullable(),
  nextLessonId: z.string().nullable(),
  outline: presentOutlineSchema,
});
export type PresentLesson = z.infer<typeof presentLessonSchema>;

/** A quiz as the trainer runs it for the room: every question with its answer and explanation (trainer role only). */
export const presentQuizSchema = z.strictObject({
  courseId: z.string(),
  quizId: z.string(),
  title: bilingualSchema,
  passMark: z.number(),
  questions: z.array(questionSchema),
});
export type PresentQuiz = z.infer<typeof presentQuizSchema>;

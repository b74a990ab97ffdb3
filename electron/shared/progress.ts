import { z } from 'zod';

/** Kinds of learning events in the append-only log. Later features add kinds; none is ever renamed. */
export const EVENT_TYPES = [
  'lesson.opened',
  'lesson.completed',
  'course.completed',
  'quiz.started',
  'quiz.answered',
  'quiz.submitted',
] as const;
export const eventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof eventTypeSchema>;

export const progressEventSchema = z.strictObject({
  id: z.string(),
  profileId: z.string(),
  courseId: z.string(),
  courseVersion: z.string(),
  lessonId: z.string().nullable(),
  type: eventTypeSchema,
  deviceId: z.string(),
  occurredAt: z.string(),
  payload: z.record(z.string(), z.unknown()),
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

export const courseProgressSchema = z.strictObject({
  courseId: z.string(),
  completedLessonIds: z.array(z.string()),
  requiredLessonCount: z.number().int(),
  completedRequiredCount: z.number().int(),
  percent: z.number().int().min(0).max(100),
  status: z.enum(['notStarted', 'inProgress', 'completed']),
  lastLessonId: z.string().nullable(),
  completedAt: z.string().nullable(),
});
export type CourseProgress = z.infer<typeof courseProgressSchema>;

export const resumePointSchema = z.strictObject({
  courseId: z.string(),
  lessonId: z.string(),
  scroll: z.number().min(0).max(1),
});
export type ResumePoint = z.infer<typeof resumePointSchema>;

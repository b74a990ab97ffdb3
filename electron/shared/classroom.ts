import { z } from 'zod';
import { bilingualSchema } from './bilingual.ts';
import { profileSummarySchema } from './profile.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time');
const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;
export const DAY_PARTS = ['day', 'morning', 'afternoon'] as const;
export const dayPartSchema = z.enum(DAY_PARTS);
export type DayPart = z.infer<typeof dayPartSchema>;

export const sessionDaySchema = z
  .strictObject({ date: isoDate, start: clock, end: clock, split: z.boolean() })
  .refine((d) => d.start < d.end, { message: 'endBeforeStart', path: ['end'] });
export type SessionDay = z.infer<typeof sessionDaySchema>;

/** What a trainer types to create or change a session. */
export const sessionInputSchema = z
  .strictObject({
    courseId: z.string().min(1, 'required').max(100),
    title: text(200),
    venue: text(200),
    /** The lead trainer first, then co-trainers. */
    trainers: z.array(text(120)).min(1, 'required').max(10),
    targetGroup: text(200),
    days: z.array(sessionDaySchema).min(1, 'required').max(30),
    /** Share of the session's attendance slots a trainee must attend (present or late) for participation. */
    attendanceThreshold: z.number().int().min(0).max(100),
  })
  .refine((s) => new Set(s.days.map((d) => d.date)).size === s.days.length, {
    message: 'duplicateDay',
    path: ['days'],
  });
export type SessionInput = z.output<typeof sessionInputSchema>;

export const sessionSummarySchema = z.strictObject({
  id: z.string(),
  courseId: z.string(),
  courseTitle: bilingualSchema,
  title: z.string(),
  venue: z.string(),
  trainers: z.array(z.string()),
  targetGroup: z.string(),
  days: z.array(z.strictObject({ date: z.string(), start: z.string(), end: z.string(), split: z.boolean() })),
  attendanceThreshold: z.number().int(),
  rosterCount: z.number().int(),
  createdAt: z.string(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const rosterEntrySchema = z.strictObject({
  profile: profileSummarySchema,
  source: z.string(),
  addedAt: z.string(),
  lastMergedAt: z.string().nullable(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const attendanceMarkSchema = z.strictObject({
  profileId: z.string().min(1).max(100),
  day: isoDate,
  part: dayPartSchema,
  status: attendanceStatusSchema,
});
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;

export const planBlockSchema = z.strictObject({
  kind: z.enum(['lesson', 'quiz', 'break', 'activity']),
  lessonId: z.string().nullable(),
  quizId: z.string().nullable(),
  title: bilingualSchema,
  minutes: z.number().int().min(0).max(600),
  start: clock,
  notes: bilingualSchema.nullable(),
});
export type PlanBlock = z.infer<typeof planBlockSchema>;
export const sessionPlanSchema = z.strictObject({
  days: z.array(z.strictObject({ date: isoDate, blocks: z.array(planBlockSchema).max(60) })).max(30),
  /** True once the trainer has changed the plan generated from the course. */
  edited: z.boolean(),
});
export type SessionPlan = z.infer<typeof sessionPlanSchema>;

export const sessionDetailSchema = z.strictObject({
  session: sessionSummarySchema,
  roster: z.array(rosterEntrySchema),
  attendance: z.array(attendanceMarkSchema),
});
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

export const traineeReportSchema = z.strictObject({
  profileId: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  agency: z.string(),
  /** Slots attended (present or late) of all the session's slots, as a percentage. */
  attendancePercent: z.number(),
  attendedSlots: z.number().int(),
  /** Per day: slots attended of the day's slots. */
  days: z.array(z.strictObject({ date: z.string(), attended: z.number().int(), slots: z.number().int() })),
  lessonsCompleted: z.number().int(),
  lessonsRequired: z.number().int(),
  progressPercent: z.number().int(),
  quizzes: z.array(z.strictObject({ quizId: z.string(), best: z.number().nullable(), passed: z.boolean() })),
  finalExam: z.number().nullable(),
  /** Quizzes run for the room, as the trainer ticked who answered right. */
  roomQuizzes: z.array(z.strictObject({ quizId: z.string(), correct: z.number().int(), total: z.number().int() })),
  courseCompleted: z.boolean(),
  eligibleParticipation: z.boolean(),
  eligibleCompletion: z.boolean(),
  certificates: z.array(z.strictObject({ id: z.string(), kind: z.string() })),
  lastMergedAt: z.string().nullable(),
});
export type TraineeReport = z.infer<typeof traineeReportSchema>;
export const sessionReportSchema = z.strictObject({
  session: sessionSummarySchema,
  slots: z.number().int(),
  trainees: z.array(traineeReportSchema),
  /** Per day: how many of the roster attended each slot. */
  days: z.array(z.strictObject({ date: z.string(), part: z.string(), attended: z.number().int() })),
  quizzes: z.array(z.strictObject({ quizId: z.string(), title: bilingualSchema })),
});
export type SessionReport = z.infer<typeof sessionReportSchema>;

import { z } from 'zod';
import { bilingualSchema } from './bilingual.ts';

export const RECORD_STATUSES = ['notStarted', 'inProgress', 'completed'] as const;
export const recordStatusSchema = z.enum(RECORD_STATUSES);
export type RecordStatus = z.infer<typeof recordStatusSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');

/** The admin's filters; every field optional so a CLI flag or a screen control maps onto one. */
export const recordFilterSchema = z
  .strictObject({
    courseId: z.string().max(100).nullable().default(null),
    agency: z.string().max(200).nullable().default(null),
    status: recordStatusSchema.nullable().default(null),
    /** Completed on or after / on or before these days (YYYY-MM-DD, inclusive, Bangkok time). */
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    /** Only the trainees of this classroom session, in its course. */
    sessionId: z.string().max(100).nullable().default(null),
    /** Part of a Thai or English name, or an employee id. */
    query: z.string().trim().max(200).default(''),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'dateRange', path: ['to'] });
export type RecordFilter = z.output<typeof recordFilterSchema>;

export const RECORD_SORT_COLUMNS = [
  'nameTh',
  'nameEn',
  'agency',
  'course',
  'status',
  'progressPercent',
  'bestScore',
  'startedAt',
  'completedAt',
  'minutesSpent',
  'certificateId',
] as const;
export const recordSortSchema = z.strictObject({
  column: z.enum(RECORD_SORT_COLUMNS),
  direction: z.enum(['asc', 'desc']),
});
export type RecordSort = z.infer<typeof recordSortSchema>;
export const DEFAULT_RECORD_SORT: RecordSort = { column: 'nameTh', direction: 'asc' };

export const recordRowSchema = z.strictObject({
  learnerId: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  agency: z.string(),
  position: z.string(),
  employeeId: z.string().nullable(),
  courseId: z.string(),
  courseTitle: bilingualSchema,
  status: recordStatusSchema,
  progressPercent: z.number().int(),
  bestScore: z.number().nullable(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  minutesSpent: z.number().int(),
  certificateId: z.string().nullable(),
});
export type RecordRow = z.infer<typeof recordRowSchema>;

export const recordPageInputSchema = z.strictObject({
  filter: recordFilterSchema,
  sort: recordSortSchema,
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500),
});
export const recordPageSchema = z.strictObject({ rows: z.array(recordRowSchema), total: z.number().int() });

/** What a director wants at a glance, for the same filters as the table. */
export const dashboardSchema = z.strictObject({
  totals: z.strictObject({
    learners: z.number().int(),
    records: z.number().int(),
    started: z.number().int(),
    completed: z.number().int(),
  }),
  byCourse: z.array(
    z.strictObject({
      courseId: z.string(),
      title: bilingualSchema,
      records: z.number().int(),
      completed: z.number().int(),
      averageScore: z.number().nullable(),
    }),
  ),
  byAgency: z.array(z.strictObject({ agency: z.string(), records: z.number().int(), completed: z.number().int() })),
  /** Completions per calendar month (YYYY-MM, Bangkok time), oldest first. */
  perMonth: z.array(z.strictObject({ month: z.string(), completed: z.number().int() })),
  agencies: z.array(z.string()),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'xapi', 'events'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;
export const recordExportInputSchema = z.strictObject({
  filter: recordFilterSchema,
  sort: recordSortSchema,
  format: exportFormatSchema,
});

/** A finished export read back in pieces, so neither door carries one huge message. */
export const exportChunkInputSchema = z.strictObject({
  jobId: z.string().max(100),
  offset: z.number().int().min(0),
});
export const exportChunkSchema = z.strictObject({
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  base64: z.string(),
  nextOffset: z.number().int().nullable(),
});

import { z } from 'zod';
import { bilingualSchema } from '../bilingual.ts';
import { BUNDLE_LIMITS } from './bundle-format.ts';
import { rejectionSchema, type Rejection } from './bundle-rejections.ts';

/**
 * How a bundle's learner maps onto this laptop: `same` (the profile is here), `new` (it will be created with the
 * same id), `alias` (it was merged into `localId` here), `deleted` (deleted here: their progress stays out).
 */
/** samePerson: a different id, but the same employee id or the same Thai and English names (a roster made here). */
const learnerMatchSchema = z.enum(['same', 'new', 'alias', 'samePerson', 'deleted']);
export type LearnerMatch = z.infer<typeof learnerMatchSchema>;

export const bundleLearnerReportSchema = z.strictObject({
  profileId: z.string(),
  localId: z.string().nullable(),
  nameTh: z.string(),
  nameEn: z.string(),
  agency: z.string(),
  match: learnerMatchSchema,
  eventsTotal: z.number().int(),
  /** Preview: events this laptop does not have yet. After a merge: events actually added. */
  eventsNew: z.number().int(),
  certificatesTotal: z.number().int(),
  certificatesNew: z.number().int(),
  /** Whether the learner is on the roster of the session being imported into; null without a session. */
  isOnRoster: z.boolean().nullable(),
});
export type BundleLearnerReport = z.infer<typeof bundleLearnerReportSchema>;

/** One chosen file: what it holds and what merging it does (preview) or did (merge). */
export const bundleReportSchema = z.strictObject({
  uploadId: z.string(),
  fileName: z.string(),
  status: z.enum(['ready', 'merged', 'rejected']),
  reason: rejectionSchema.nullable(),
  kind: z.enum(['learner', 'session']).nullable(),
  createdAt: z.string().nullable(),
  device: z.strictObject({ id: z.string(), name: z.string(), fingerprint: z.string() }).nullable(),
  session: z
    .strictObject({
      id: z.string(),
      title: z.string(),
      courseId: z.string(),
      rosterCount: z.number().int(),
      attendanceCount: z.number().int(),
    })
    .nullable(),
  learners: z.array(bundleLearnerReportSchema),
  eventsTotal: z.number().int(),
  eventsNew: z.number().int(),
  certificatesNew: z.number().int(),
  /** Things merged differently from how they arrived (a certificate number taken here, an employee id in use). */
  notes: z.array(bilingualSchema),
});
export type BundleReport = z.infer<typeof bundleReportSchema>;

/** A file refused before anything in it could be read: no learners, no counts, only the reason. */
export function rejectedReport(uploadId: string, fileName: string, reason: Rejection): BundleReport {
  return {
    uploadId,
    fileName,
    status: 'rejected',
    reason,
    kind: null,
    createdAt: null,
    device: null,
    session: null,
    learners: [],
    eventsTotal: 0,
    eventsNew: 0,
    certificatesNew: 0,
    notes: [],
  };
}

/** Pieces of a chosen file, sent in order: no door carries more than a mebibyte per call. */
export const UPLOAD_CHUNK_BASE64 = 900_000;
export const bundleUploadSchema = z.strictObject({
  uploadId: z.string().max(100).nullable(),
  fileName: z.string().min(1).max(255),
  size: z.number().int().min(0).max(BUNDLE_LIMITS.fileBytes),
  offset: z.number().int().min(0),
  base64: z
    .string()
    .max(UPLOAD_CHUNK_BASE64)
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'base64'),
});
export const bundleUploadResultSchema = z.strictObject({
  uploadId: z.string(),
  received: z.number().int(),
  isComplete: z.boolean(),
});

export const bundleSelectionSchema = z.strictObject({
  uploadIds: z.array(z.string().min(1).max(100)).min(1).max(200),
  /** The classroom session the trainer imports into, recorded with each merge; null outside a session. */
  sessionId: z.string().min(1).max(100).nullable(),
});

export const lastMergedSchema = z.strictObject({
  profileId: z.string(),
  mergedAt: z.string(),
  sourceDevice: z.string(),
  eventsNew: z.number().int(),
});

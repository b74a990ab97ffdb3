import { z } from 'zod';
import { bilingualSchema } from './bilingual.ts';
import { issuerProfileSchema } from './certificates/issuer.ts';
import { profileSummarySchema } from './profile.ts';
import { recordRowSchema } from './records.ts';

export const roleStatusSchema = z.strictObject({ hasPassphrase: z.boolean(), isUnlocked: z.boolean() });
export const passphraseSchema = z.strictObject({ passphrase: z.string().min(10, 'passphrase').max(200) });
export const unlockSchema = z.strictObject({ passphrase: z.string().min(1).max(200) });

const keySchema = z.strictObject({ keyId: z.string(), publicKey: z.string(), fingerprint: z.string() });
export const issuerAdminViewSchema = z.strictObject({
  profile: issuerProfileSchema,
  key: keySchema,
  trusted: z.array(keySchema.extend({ name: bilingualSchema })),
});

export const adminCertificateFilterSchema = z.strictObject({
  courseId: z.string().max(100).nullable(),
  query: z.string().max(200),
  status: z.enum(['all', 'live', 'revoked']),
});
export const adminCertificateRowSchema = z.strictObject({
  id: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  agency: z.string(),
  courseId: z.string(),
  courseTitle: bilingualSchema,
  completedOn: z.string(),
  issuedAt: z.string(),
  revokedReason: z.string().nullable(),
});

export const jobStateSchema = z.strictObject({
  id: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number().int(),
  total: z.number().int(),
  path: z.string().nullable(),
  error: z.string().nullable(),
});

export const auditEntrySchema = z.strictObject({
  at: z.string(),
  role: z.string(),
  action: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export const healthSchema = z.strictObject({
  databasePath: z.string(),
  sizeBytes: z.number().int(),
  integrity: z.string(),
  lastBackupAt: z.string().nullable(),
  lastBackupPath: z.string().nullable(),
});

export const learnerImportPreviewSchema = z.strictObject({
  rows: z.array(
    z.strictObject({
      line: z.number().int(),
      values: z.strictObject({
        nameTh: z.string(),
        nameEn: z.string(),
        agency: z.string(),
        position: z.string(),
        email: z.string(),
        employeeId: z.string(),
      }),
      problems: z.array(bilingualSchema),
    }),
  ),
  validCount: z.number().int(),
  problemCount: z.number().int(),
});

/** A learner list to import: CSV (UTF-8) or an Excel workbook's first sheet, as the bytes the admin chose. */
export const learnerFileSchema = z.strictObject({
  fileName: z.string().min(1).max(255),
  base64: z.string().min(1).max(1_000_000),
});

export const learnerDetailSchema = z.strictObject({
  profile: profileSummarySchema,
  records: z.array(recordRowSchema),
  attempts: z.array(
    z.strictObject({
      attemptId: z.string(),
      courseId: z.string(),
      quizId: z.string(),
      quizTitle: bilingualSchema,
      startedAt: z.string().nullable(),
      submittedAt: z.string().nullable(),
      percent: z.number().nullable(),
      passed: z.boolean().nullable(),
    }),
  ),
  certificates: z.array(
    z.strictObject({
      id: z.string(),
      courseId: z.string(),
      kind: z.string(),
      issuedAt: z.string(),
      revoked: z.boolean(),
      superseded: z.boolean(),
    }),
  ),
  /** The most recent events first, at most `timelineLimit`; `eventCount` says how many there are in all. */
  timeline: z.array(
    z.strictObject({
      id: z.string(),
      occurredAt: z.string(),
      type: z.string(),
      courseId: z.string(),
      lessonId: z.string().nullable(),
      deviceId: z.string(),
    }),
  ),
  eventCount: z.number().int(),
  timelineLimit: z.number().int(),
});

export const learnerSearchSchema = z.strictObject({ query: z.string().trim().max(200) });
export const mergeLearnersSchema = z
  .strictObject({ keepId: z.string().min(1).max(100), mergeId: z.string().min(1).max(100) })
  .refine((m) => m.keepId !== m.mergeId, { message: 'sameProfile', path: ['mergeId'] });
export const deleteLearnerSchema = z.strictObject({
  id: z.string().min(1).max(100),
  /** The learner's English or Thai name typed again, so a slip of the mouse deletes nothing. */
  confirmName: z.string().trim().min(1).max(120),
});

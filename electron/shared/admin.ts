import { z } from 'zod';
import { bilingualSchema } from './bilingual.ts';
import { issuerProfileSchema } from './certificates/issuer.ts';

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

export const learnerImportInputSchema = z.strictObject({ csvText: z.string().min(1).max(5_000_000) });
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
      }),
      problems: z.array(bilingualSchema),
    }),
  ),
  validCount: z.number().int(),
  problemCount: z.number().int(),
});

import { z } from 'zod';
import { progressEventSchema } from '../progress.ts';

/**
 * A progress bundle: one gzip-compressed JSON file (`.rianprogress`) carrying one learner's learning record (or a
 * classroom session's: its roster, attendance and every rostered learner's record), signed with the Ed25519 key of
 * the laptop that made it. The signature covers the canonical JSON of everything but the signature itself.
 */
export const BUNDLE_FORMAT = 'rian-progress-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = '.rianprogress';

const MIB = 1024 * 1024;
/** Generous for a classroom (a busy learner writes a few thousand events), small enough to read in one go. */
export const BUNDLE_LIMITS = {
  fileBytes: 32 * MIB,
  contentBytes: 128 * MIB,
  events: 300_000,
  profiles: 2_000,
  certificates: 20_000,
  attendanceRows: 100_000,
} as const;

const isoTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/, 'an ISO date and time');
const id = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);

/**
 * Raw Ed25519 keys and signatures in base64url, exactly as Node writes them: the unused low bits of the last
 * character must be zero, so no second spelling of the same bytes passes as an unchanged file.
 */
export const publicKeySchema = z.string().regex(/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/, 'an Ed25519 public key');
export const signatureSchema = z.string().regex(/^[A-Za-z0-9_-]{85}[AQgw]$/, 'an Ed25519 signature');

const bundleDeviceSchema = z.strictObject({
  id,
  /** The laptop's name as its system reports it, so a trainer can tell laptops apart. */
  name: text(200),
  publicKey: publicKeySchema,
});

/** Who the learner is. No PIN hash travels: a 4–6 digit PIN's hash on a USB stick is no protection at all. */
export const bundleProfileSchema = z.strictObject({
  id,
  nameTh: text(200),
  nameEn: text(200),
  agency: text(300),
  position: text(200),
  email: text(200).nullable(),
  employeeId: text(40).nullable(),
  createdAt: isoTimeSchema,
});

export const bundleEventSchema = progressEventSchema.extend({
  id,
  profileId: id,
  courseId: id,
  courseVersion: text(40),
  lessonId: id.nullable(),
  deviceId: id,
  occurredAt: isoTimeSchema,
});

/** A live certificate with its signed code: the code is the certificate, the other fields index it. */
export const bundleCertificateSchema = z.strictObject({
  id: text(40),
  profileId: id,
  courseId: id,
  courseVersion: text(40),
  kind: z.enum(['completion', 'participation']),
  code: text(20_000),
  issuedAt: isoTimeSchema,
});

/** The classroom_sessions row; its JSON columns travel as the text they are stored as. */
export const bundleSessionSchema = z.strictObject({
  id,
  courseId: id,
  title: text(500),
  venue: text(500),
  trainers: text(20_000),
  targetGroup: text(2_000),
  days: text(20_000),
  attendanceThreshold: z.number().int(),
  plan: text(500_000).nullable(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});

export const bundleRosterRowSchema = z.strictObject({ profileId: id, source: text(40), addedAt: isoTimeSchema });

export const bundleAttendanceRowSchema = z.strictObject({
  profileId: id,
  day: text(20),
  part: text(20),
  status: text(40),
  markedAt: isoTimeSchema,
});

const learnerRecord = {
  events: z.array(bundleEventSchema).max(BUNDLE_LIMITS.events),
  certificates: z.array(bundleCertificateSchema).max(BUNDLE_LIMITS.certificates),
};

const envelope = {
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  createdAt: isoTimeSchema,
  appVersion: text(40),
  device: bundleDeviceSchema,
  signature: signatureSchema,
};

export const bundleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...envelope,
    kind: z.literal('learner'),
    payload: z.strictObject({ profiles: z.array(bundleProfileSchema).length(1), ...learnerRecord }),
  }),
  z.strictObject({
    ...envelope,
    kind: z.literal('session'),
    payload: z.strictObject({
      profiles: z.array(bundleProfileSchema).max(BUNDLE_LIMITS.profiles),
      ...learnerRecord,
      session: bundleSessionSchema,
      roster: z.array(bundleRosterRowSchema).max(BUNDLE_LIMITS.profiles),
      attendance: z.array(bundleAttendanceRowSchema).max(BUNDLE_LIMITS.attendanceRows),
    }),
  }),
]);

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleKind = Bundle['kind'];
export type BundlePayload = Bundle['payload'];
export type BundleProfile = z.infer<typeof bundleProfileSchema>;
export type BundleCertificate = z.infer<typeof bundleCertificateSchema>;
export type BundleSession = z.infer<typeof bundleSessionSchema>;
export type BundleRosterRow = z.infer<typeof bundleRosterRowSchema>;
export type BundleAttendanceRow = z.infer<typeof bundleAttendanceRowSchema>;
/** A bundle before it is signed. */
export type UnsignedBundle = Bundle extends infer B ? (B extends Bundle ? Omit<B, 'signature'> : never) : never;

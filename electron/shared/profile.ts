import { z } from 'zod';

const pinSchema = z.string().regex(/^\d{4,6}$/, 'pin');

/** What a person types on the first-run screen. Messages are keys into the UI catalogues. */
export const newProfileSchema = z.strictObject({
  nameTh: z.string().trim().min(1, 'required').max(120, 'tooLong'),
  nameEn: z.string().trim().min(1, 'required').max(120, 'tooLong'),
  agency: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  position: z.string().trim().min(1, 'required').max(120, 'tooLong'),
  email: z
    .union([z.literal(''), z.email('email').max(200, 'tooLong')])
    .optional()
    .transform((v) => (v ? v : null)),
  pin: z
    .union([z.literal(''), pinSchema])
    .optional()
    .transform((v) => (v ? v : null)),
});
export type NewProfileInput = z.input<typeof newProfileSchema>;

export const profileSummarySchema = z.strictObject({
  id: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  agency: z.string(),
  position: z.string(),
  email: z.string().nullable(),
  hasPin: z.boolean(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

export const signInSchema = z.strictObject({
  profileId: z.string().min(1),
  pin: z.string().max(6).optional(),
});

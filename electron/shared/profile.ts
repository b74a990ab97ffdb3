import { z } from 'zod';

const pinSchema = z.string().regex(/^\d{4,6}$/, 'pin');

/** An agency's own staff number: letters, digits and - / . only, so it survives every export unchanged. */
export const employeeIdSchema = z
  .string()
  .trim()
  .max(40, 'tooLong')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}\-/.]*$/u, 'employeeId');
const optionalEmployeeId = z
  .union([z.literal(''), employeeIdSchema])
  .optional()
  .transform((v) => (v ? v : null));

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
  employeeId: optionalEmployeeId,
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
  employeeId: z.string().nullable(),
  hasPin: z.boolean(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

export const signInSchema = z.strictObject({
  profileId: z.string().min(1),
  pin: z.string().max(6).optional(),
});

/** An admin's correction of a learner's details: the same rules, without the PIN (it stays the learner's own). */
export const profileEditSchema = newProfileSchema.omit({ pin: true }).extend({ id: z.string().min(1).max(100) });

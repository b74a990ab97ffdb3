import { z } from 'zod';
import { bilingualSchema } from '../bilingual.ts';
import { certificatePayloadSchema } from './payload.ts';

export const verifyInputSchema = z.union([
  z.strictObject({ code: z.string().min(1).max(4000) }),
  z.strictObject({ credentialJson: z.string().min(1).max(200_000) }),
  z.strictObject({ pdfBase64: z.string().min(1).max(20_000_000) }),
]);

export const verdictSchema = z.strictObject({
  verdict: z.enum(['valid', 'untrustedIssuer', 'revoked', 'invalid']),
  /** Why it is invalid: unreadable, signature broken, or visible fields that differ from the signed ones. */
  reason: z.enum(['format', 'signature', 'fields']).nullable(),
  payload: certificatePayloadSchema.nullable(),
  /** Fields whose shown value differs from what was signed. */
  mismatchedFields: z.array(z.string()),
  issuerName: bilingualSchema.nullable(),
  revokedReason: z.string().nullable(),
});
export type Verdict = z.infer<typeof verdictSchema>;

export const certificateSummarySchema = z.strictObject({
  id: z.string(),
  courseId: z.string(),
  kind: z.enum(['completion', 'participation']),
  courseTitle: bilingualSchema,
  completedOn: z.string(),
  issuedAt: z.string(),
  score: z.number().nullable(),
  hours: z.number(),
  code: z.string(),
  revoked: z.boolean(),
});
export type CertificateSummary = z.infer<typeof certificateSummarySchema>;

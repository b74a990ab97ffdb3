import { z } from 'zod';

/**
 * What a certificate's signature covers. Every field a reader relies on is here, so changing any character of any
 * field breaks the signature. Dates are the calendar date of completion (YYYY-MM-DD, Bangkok time).
 */
export const certificatePayloadSchema = z.strictObject({
  v: z.literal(1),
  id: z.string().regex(/^[A-Z0-9]{2,10}-\d{4}-[2-9A-Z]{4}-\d{6}$/),
  kind: z.enum(['completion', 'participation']),
  nameTh: z.string().min(1),
  nameEn: z.string().min(1),
  agency: z.string(),
  courseId: z.string(),
  courseVersion: z.string(),
  courseTitleTh: z.string(),
  courseTitleEn: z.string(),
  hours: z.number(),
  score: z.number().nullable(),
  completedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  issuerNameTh: z.string(),
  issuerNameEn: z.string(),
  /** sha-256 of the issuer's raw public key, first 16 hex digits. */
  issuerKeyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** The issuer's Ed25519 public key (raw, base64url), so anyone can check the signature offline. */
  issuerPublicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
export type CertificatePayload = z.infer<typeof certificatePayloadSchema>;

/** Field names as a verifier shows them, in this order. */
export const PAYLOAD_FIELDS = Object.keys(certificatePayloadSchema.shape) as (keyof CertificatePayload)[];

/** Canonical JSON: keys sorted, no spaces, so the same payload always gives the same bytes to sign. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const CODE_PREFIX = 'RIAN1';

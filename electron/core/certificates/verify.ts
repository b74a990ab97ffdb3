import type { Bilingual } from '../../shared/bilingual.ts';
import { PAYLOAD_FIELDS, type CertificatePayload } from '../../shared/certificates/payload.ts';
import type { Verdict } from '../../shared/certificates/verdict.ts';
import { decodeCode } from './signing.ts';

export type TrustContext = {
  trustedIssuer(keyId: string): Bilingual | null;
  revocation(certificateId: string): string | null;
  /**
   * The payload this laptop signed with that signature or under that id, when it issued it: lets a tampered code
   * name the field that was changed.
   */
  knownPayload(certificateId: string, signature: string): CertificatePayload | null;
};

function differingFields(shown: Partial<Record<string, unknown>>, signed: CertificatePayload): string[] {
  return PAYLOAD_FIELDS.filter((f) => f in shown && JSON.stringify(shown[f]) !== JSON.stringify(signed[f]));
}

const invalid = (reason: Verdict['reason'], payload: CertificatePayload | null, fields: string[] = []): Verdict => ({
  verdict: 'invalid',
  reason,
  payload,
  mismatchedFields: fields,
  issuerName: null,
  revokedReason: null,
});

/**
 * The verdict for a signed code, optionally with the fields a document shows beside it (a credential's subject):
 * invalid (unreadable, altered after signing, or showing fields that differ from the signed ones), revoked,
 * valid but from an issuer this laptop does not trust, or valid.
 */
export function verifyCode(
  code: string,
  trust: TrustContext,
  shownFields: Partial<Record<string, unknown>> = {},
): Verdict {
  const decoded = decodeCode(code);
  if (!decoded.ok) return invalid('format', null, decoded.invalidFields);
  const { payload, signature, signatureValid } = decoded;
  if (!signatureValid) {
    const known = trust.knownPayload(payload.id, signature);
    return invalid('signature', payload, known ? differingFields(payload, known) : []);
  }
  const mismatched = differingFields(shownFields, payload);
  if (mismatched.length > 0) return invalid('fields', payload, mismatched);
  const revokedReason = trust.revocation(payload.id);
  const issuerName = trust.trustedIssuer(payload.issuerKeyId);
  return {
    verdict: revokedReason !== null ? 'revoked' : issuerName ? 'valid' : 'untrustedIssuer',
    reason: null,
    payload,
    mismatchedFields: [],
    issuerName,
    revokedReason,
  };
}

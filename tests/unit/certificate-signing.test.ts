import { describe, expect, it } from 'vitest';
import { buildCredential, credentialProofValid, readCredential } from '../../electron/core/certificates/credential.ts';
import { decodeCode, generateIssuerKey, signPayload } from '../../electron/core/certificates/signing.ts';
import { verifyCode, type TrustContext } from '../../electron/core/certificates/verify.ts';
import { canonicalJson, PAYLOAD_FIELDS, type CertificatePayload } from '../../electron/shared/certificates/payload.ts';
import { deflateRawSync } from 'node:zlib';

const key = generateIssuerKey();
const payload: CertificatePayload = {
  v: 1,
  id: 'DGA-2569-K7Q2-000123',
  kind: 'completion',
  nameTh: 'นางสาวปิ่นมณี ศักดิ์สิทธิ์',
  nameEn: 'Ms Pinmanee Saksit',
  agency: 'กรมการปกครอง',
  courseId: 'ai-for-public-sector',
  courseVersion: '1.0.0',
  courseTitleTh: 'ปัญญาประดิษฐ์สำหรับภาครัฐ',
  courseTitleEn: 'AI for the Public Sector',
  hours: 11,
  score: 92.5,
  completedOn: '2026-11-21',
  issuerNameTh: 'สถาบันพัฒนาบุคลากรภาครัฐด้านดิจิทัล',
  issuerNameEn: 'Thailand Digital Government Academy',
  issuerKeyId: key.keyId,
  issuerPublicKey: key.publicKey,
};
const code = signPayload(payload, key);
const trust = (overrides: Partial<TrustContext> = {}): TrustContext => ({
  trustedIssuer: (id) => (id === key.keyId ? { th: 'สถาบัน', en: 'Academy' } : null),
  revocation: () => null,
  knownPayload: (id, signature) => (id === payload.id || code.endsWith(`.${signature}`) ? payload : null),
  ...overrides,
});

/** The same code with one payload field changed but the original signature kept. */
function tampered(field: keyof CertificatePayload, value: unknown): string {
  const [prefix, , signature] = code.split('.');
  const body = deflateRawSync(Buffer.from(canonicalJson({ ...payload, [field]: value }))).toString('base64url');
  return `${prefix}.${body}.${signature}`;
}

describe('certificate codes', () => {
  it('use a canonical payload: key order does not change the bytes', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'ไทย' }] })).toBe('{"a":[{"c":"ไทย","d":2}],"b":1}');
  });

  it('round-trip and verify as valid from a trusted issuer', () => {
    expect(decodeCode(code)).toMatchObject({ ok: true, payload, signatureValid: true });
    expect(verifyCode(code, trust())).toMatchObject({ verdict: 'valid', payload, issuerName: { en: 'Academy' } });
  });

  it('fit in a QR code comfortably (deflated)', () => {
    expect(code.length).toBeLessThan(800);
  });

  it.each(PAYLOAD_FIELDS.filter((f) => f !== 'v' && f !== 'issuerKeyId' && f !== 'issuerPublicKey'))(
    'are invalid when %s is changed by one character, naming the field',
    (field) => {
      const original = payload[field];
      const text = String(original);
      const changed =
        field === 'kind'
          ? 'participation'
          : typeof original === 'number'
            ? original + 1
            : /\d$/.test(text)
              ? `${text.slice(0, -1)}${(Number(text.at(-1)) + 1) % 10}`
              : `${text.slice(0, -1)}X`;
      const verdict = verifyCode(tampered(field, changed), trust());
      expect(verdict).toMatchObject({ verdict: 'invalid', reason: 'signature' });
      expect(verdict.mismatchedFields).toContain(field);
    },
  );

  it('are valid but untrusted when signed by a key this laptop does not trust', () => {
    const other = generateIssuerKey();
    const foreign = signPayload({ ...payload, issuerKeyId: other.keyId, issuerPublicKey: other.publicKey }, other);
    expect(verifyCode(foreign, trust())).toMatchObject({ verdict: 'untrustedIssuer' });
  });

  it('are invalid when re-signed with another key but claiming the original issuer', () => {
    const other = generateIssuerKey();
    expect(verifyCode(signPayload(payload, other), trust())).toMatchObject({ verdict: 'invalid', reason: 'signature' });
  });

  it('report a revocation this laptop knows of', () => {
    expect(verifyCode(code, trust({ revocation: () => 'issued in error' }))).toMatchObject({
      verdict: 'revoked',
      revokedReason: 'issued in error',
    });
  });

  it('name the field that no longer fits the format when it is garbled', () => {
    expect(verifyCode(tampered('completedOn', '2026-13-XX'), trust())).toMatchObject({
      verdict: 'invalid',
      reason: 'format',
      mismatchedFields: ['completedOn'],
    });
  });

  it('are invalid (format) when garbled', () => {
    for (const bad of ['', 'RIAN1.', 'RIAN1.abc.def', code.replace('RIAN1', 'RIAN2'), `${code}.x`]) {
      expect(verifyCode(bad, trust())).toMatchObject({ verdict: 'invalid', reason: 'format' });
    }
  });
});

describe('Open Badges 3.0 credentials', () => {
  const credential = buildCredential(payload, code, key, '2026-11-21T09:00:00.000Z');

  it('carry a valid Ed25519 Data Integrity proof and the fields shown', () => {
    expect(credentialProofValid(credential)).toBe(true);
    expect(readCredential(credential)).toMatchObject({
      code,
      shown: { nameTh: payload.nameTh, nameEn: payload.nameEn, id: payload.id },
    });
  });

  it('break the proof and name the field when a shown field is edited', () => {
    const edited = structuredClone(credential);
    edited.credentialSubject.identifier[0]!.identityHash = 'นางสาวปิ่นมณี ศักดิ์สิทธ์';
    expect(credentialProofValid(edited)).toBe(false);
    const { code: c, shown } = readCredential(edited);
    expect(verifyCode(c!, trust(), shown)).toMatchObject({
      verdict: 'invalid',
      reason: 'fields',
      mismatchedFields: ['nameTh'],
    });
  });
});

describe('the Open Badges 3.0 shape', () => {
  // The required members and closed objects of the OB 3.0 AchievementCredential JSON Schema (1EdTech), restated
  // here because the schema file cannot be fetched on this offline machine.
  const credential = buildCredential(payload, code, key, '2026-11-21T09:00:00.000Z');
  const SUBJECT_KEYS = [
    'id',
    'type',
    'activityEndDate',
    'activityStartDate',
    'creditsEarned',
    'achievement',
    'identifier',
    'image',
    'licenseNumber',
    'narrative',
    'result',
    'role',
    'source',
    'term',
  ];

  it('has the credential’s required members and types', () => {
    for (const member of ['@context', 'id', 'type', 'name', 'credentialSubject', 'issuer', 'issuanceDate'])
      expect(credential).toHaveProperty(member);
    expect(credential['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(credential.type).toEqual(expect.arrayContaining(['VerifiableCredential', 'OpenBadgeCredential']));
    expect(credential.issuer).toMatchObject({ id: expect.stringMatching(/^did:key:z6Mk/), type: ['Profile'] });
    expect(new Date(credential.issuanceDate).toISOString()).toBe('2026-11-21T09:00:00.000Z');
  });

  it('keeps the subject to the members AchievementSubject allows, with a complete achievement', () => {
    expect(Object.keys(credential.credentialSubject).every((k) => SUBJECT_KEYS.includes(k))).toBe(true);
    expect(credential.credentialSubject.type).toContain('AchievementSubject');
    for (const member of ['id', 'type', 'criteria', 'description', 'name'])
      expect(credential.credentialSubject.achievement).toHaveProperty(member);
    expect(credential.credentialSubject.achievement.achievementType).toBe('CertificateOfCompletion');
    for (const identity of credential.credentialSubject.identifier) {
      expect(Object.keys(identity).sort()).toEqual(['hashed', 'identityHash', 'identityType', 'type']);
      expect(identity.identityType).toMatch(/^ext:[a-zA-Z0-9.\-_]+$/);
    }
  });

  it('carries a Data Integrity proof with the eddsa-jcs-2022 cryptosuite', () => {
    expect(credential.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      proofPurpose: 'assertionMethod',
      proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]+$/),
    });
  });
});

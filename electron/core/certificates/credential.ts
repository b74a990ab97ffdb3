import bs58 from 'bs58';
import { createHash, sign, verify, createPublicKey } from 'node:crypto';
import { canonicalJson, type CertificatePayload } from '../../shared/certificates/payload.ts';
import type { IssuerKey } from './signing.ts';

const ED25519_MULTICODEC = Buffer.from([0xed, 0x01]);

/** did:key for an Ed25519 public key (multicodec ed25519-pub, base58btc multibase). */
export function didKey(publicKey: string): string {
  return `did:key:z${bs58.encode(Buffer.concat([ED25519_MULTICODEC, Buffer.from(publicKey, 'base64url')]))}`;
}

function publicKeyFromDid(did: string): string | null {
  const match = did.match(/^did:key:z([1-9A-HJ-NP-Za-km-z]+)/);
  if (!match) return null;
  const bytes = Buffer.from(bs58.decode(match[1]!));
  return bytes.length === 34 && bytes[0] === 0xed && bytes[1] === 0x01 ? bytes.subarray(2).toString('base64url') : null;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** eddsa-jcs-2022: the signed bytes are sha256(JCS(proof options)) followed by sha256(JCS(document)). */
function hashData(document: object, proofOptions: object): Buffer {
  return Buffer.concat([sha256(canonicalJson(proofOptions)), sha256(canonicalJson(document))]);
}

/**
 * The certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential) with an Ed25519 Data Integrity
 * proof (eddsa-jcs-2022), for wallets and HR systems. It also carries Rian's signed code, so Rian (or anyone with
 * the code) can check every shown field against the signed one.
 */
export function buildCredential(payload: CertificatePayload, code: string, key: IssuerKey, issuedAt: string) {
  const issuerDid = didKey(key.publicKey);
  const completedAt = `${payload.completedOn}T00:00:00+07:00`;
  const document = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:rian:certificate:${payload.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${payload.courseTitleEn} — ${payload.nameEn}`,
    description: `${payload.courseTitleTh} · ${payload.courseTitleEn}`,
    issuer: { id: issuerDid, type: ['Profile'], name: payload.issuerNameEn },
    issuanceDate: issuedAt,
    validFrom: issuedAt,
    awardedDate: completedAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      activityEndDate: completedAt,
      identifier: [
        { type: 'IdentityObject', hashed: false, identityHash: payload.nameTh, identityType: 'ext:nameTh' },
        { type: 'IdentityObject', hashed: false, identityHash: payload.nameEn, identityType: 'ext:nameEn' },
        { type: 'IdentityObject', hashed: false, identityHash: payload.agency, identityType: 'ext:agency' },
      ],
      achievement: {
        id: `urn:rian:course:${payload.courseId}:${payload.courseVersion}`,
        type: ['Achievement'],
        achievementType: payload.kind === 'completion' ? 'CertificateOfCompletion' : 'Certificate',
        name: payload.courseTitleEn,
        description: payload.courseTitleTh,
        criteria: { narrative: payload.kind === 'completion' ? 'Completed the course' : 'Took part in the course' },
        creditsAvailable: payload.hours,
        humanCode: payload.id,
        version: payload.courseVersion,
      },
    },
    rianCertificate: { code, score: payload.score, hours: payload.hours },
  };
  const proofOptions = {
    '@context': document['@context'],
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: issuedAt,
    verificationMethod: `${issuerDid}#${issuerDid.slice('did:key:'.length)}`,
    proofPurpose: 'assertionMethod',
  };
  const signature = sign(null, hashData(document, proofOptions), key.privateKey);
  const { '@context': _context, ...proof } = proofOptions;
  return { ...document, proof: { ...proof, proofValue: `z${bs58.encode(signature)}` } };
}

/** Checks the credential's own Data Integrity proof against the issuer's did:key. */
export function credentialProofValid(credential: Record<string, unknown>): boolean {
  const { proof, ...document } = credential as { proof?: Record<string, unknown> } & Record<string, unknown>;
  if (!proof || typeof proof.proofValue !== 'string' || typeof proof.verificationMethod !== 'string') return false;
  const publicKey = publicKeyFromDid(proof.verificationMethod);
  if (!publicKey || !proof.proofValue.startsWith('z')) return false;
  const { proofValue, ...options } = proof;
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    return verify(
      null,
      hashData(document, { '@context': document['@context'], ...options }),
      key,
      Buffer.from(bs58.decode(proofValue.slice(1))),
    );
  } catch {
    return false;
  }
}

/** The signed code a credential carries, and the fields it shows, named as in the signed payload. */
export function readCredential(credential: unknown): { code: string | null; shown: Partial<Record<string, unknown>> } {
  const c = credential as {
    rianCertificate?: { code?: unknown; score?: unknown; hours?: unknown };
    credentialSubject?: {
      identifier?: { identityType?: string; identityHash?: unknown }[];
      achievement?: {
        name?: unknown;
        description?: unknown;
        humanCode?: unknown;
        version?: unknown;
        creditsAvailable?: unknown;
      };
    };
  };
  const code = typeof c?.rianCertificate?.code === 'string' ? c.rianCertificate.code : null;
  const shown: Partial<Record<string, unknown>> = {};
  for (const id of c?.credentialSubject?.identifier ?? []) {
    if (id.identityType === 'ext:nameTh') shown.nameTh = id.identityHash;
    if (id.identityType === 'ext:nameEn') shown.nameEn = id.identityHash;
    if (id.identityType === 'ext:agency') shown.agency = id.identityHash;
  }
  const a = c?.credentialSubject?.achievement;
  if (a) {
    shown.courseTitleEn = a.name;
    shown.courseTitleTh = a.description;
    shown.id = a.humanCode;
    shown.courseVersion = a.version;
    shown.hours = a.creditsAvailable;
  }
  if (c?.rianCertificate && 'score' in c.rianCertificate) shown.score = c.rianCertificate.score;
  return { code, shown };
}

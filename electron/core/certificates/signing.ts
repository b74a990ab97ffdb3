import { deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import {
  canonicalJson,
  CODE_PREFIX,
  certificatePayloadSchema,
  type CertificatePayload,
} from '../../shared/certificates/payload.ts';

export type IssuerKey = { keyId: string; publicKey: string; privateKey: KeyObject };

const b64url = (bytes: Buffer) => bytes.toString('base64url');

/** The raw 32-byte Ed25519 public key, base64url. */
export function rawPublicKey(key: KeyObject): string {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  return jwk.x!;
}

export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16);
}

export function generateIssuerKey(): IssuerKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = rawPublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), publicKey, privateKey };
}

export function issuerKeyFromPem(pem: string): IssuerKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 private key');
  const publicKey = rawPublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), publicKey, privateKey };
}

function publicKeyObject(raw: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw }, format: 'jwk' });
}

const MAX_PAYLOAD_BYTES = 16 * 1024;

/**
 * The compact, QR-friendly form: RIAN1.<deflated canonical payload, base64url>.<Ed25519 signature, base64url>.
 * The signature covers the canonical JSON bytes; deflate only makes Thai text (3 bytes a letter) fit a small QR.
 */
export function signPayload(payload: CertificatePayload, key: IssuerKey): string {
  const bytes = Buffer.from(canonicalJson(payload), 'utf8');
  const signature = sign(null, bytes, key.privateKey);
  return `${CODE_PREFIX}.${b64url(deflateRawSync(bytes, { level: 9 }))}.${b64url(signature)}`;
}

export type DecodedCode =
  | { ok: true; payload: CertificatePayload; signature: string; signatureValid: boolean }
  | { ok: false; reason: 'format'; invalidFields: string[] };

/** Reads a code and checks its signature against the public key it carries (trust is decided by the caller). */
export function decodeCode(code: string): DecodedCode {
  const [prefix, body, signature, ...rest] = code.trim().split('.');
  if (prefix !== CODE_PREFIX || !body || !signature || rest.length > 0) {
    return { ok: false, reason: 'format', invalidFields: [] };
  }
  let raw: unknown;
  try {
    const bytes = inflateRawSync(Buffer.from(body, 'base64url'), { maxOutputLength: MAX_PAYLOAD_BYTES });
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { ok: false, reason: 'format', invalidFields: [] };
  }
  const parsed = certificatePayloadSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'format',
      invalidFields: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))],
    };
  }
  const payload = parsed.data;
  let signatureValid: boolean;
  try {
    signatureValid =
      keyIdOf(payload.issuerPublicKey) === payload.issuerKeyId &&
      verify(
        null,
        Buffer.from(canonicalJson(payload), 'utf8'),
        publicKeyObject(payload.issuerPublicKey),
        Buffer.from(signature, 'base64url'),
      );
  } catch {
    signatureValid = false;
  }
  return { ok: true, payload, signature, signatureValid };
}

import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { UnsignedBundle } from '../../shared/bundles/bundle-format.ts';
import { canonicalJson } from '../../shared/certificates/payload.ts';

/** The bytes a bundle's signature covers: the canonical JSON of everything in it except the signature. */
function signedBytes(unsigned: unknown): Buffer {
  return Buffer.from(canonicalJson(unsigned), 'utf8');
}

export function signBundle(unsigned: UnsignedBundle, privateKey: KeyObject): string {
  return sign(null, signedBytes(unsigned), privateKey).toString('base64url');
}

/**
 * Whether `signature` is the device key's signature over the rest of the bundle. Takes the JSON exactly as read,
 * before any schema shapes it, so what is checked is what arrived.
 */
export function bundleSignatureValid(raw: Record<string, unknown>, publicKey: string, signature: string): boolean {
  const { signature: _signature, ...unsigned } = raw;
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    return verify(null, signedBytes(unsigned), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

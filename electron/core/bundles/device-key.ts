import type { KeyObject } from 'node:crypto';
import { fingerprint } from '../certificates/certificate-admin.ts';
import type { KeyVault } from '../certificates/key-vault.ts';
import { generateIssuerKey, issuerKeyFromPem } from '../certificates/signing.ts';

export type DeviceKey = { publicKey: string; fingerprint: string; privateKey: KeyObject };

/**
 * This laptop's own Ed25519 key for signing progress bundles, made on first use. It is kept apart from the issuer
 * key: importing the academy's issuer key onto every laptop must not make their bundles indistinguishable.
 */
export function createDeviceKeySource(vault: KeyVault): () => DeviceKey {
  let key: DeviceKey | null = null;
  return () => {
    if (key) return key;
    const pem = vault.load();
    const pair = pem ? issuerKeyFromPem(pem) : generateIssuerKey();
    if (!pem) vault.save(pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    key = { publicKey: pair.publicKey, fingerprint: fingerprint(pair.publicKey), privateKey: pair.privateKey };
    return key;
  };
}

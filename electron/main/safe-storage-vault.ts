import { safeStorage } from 'electron';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyVault } from '../core/certificates/key-vault.ts';

/** The issuer's private key encrypted with the OS keychain (safeStorage); never written in clear. */
export function createSafeStorageKeyVault(file: string): KeyVault {
  return {
    load: () => (existsSync(file) ? safeStorage.decryptString(readFileSync(file)) : null),
    save(pem) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new Error('The system keychain is not available to protect the issuer key.');
      }
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(`${file}.tmp`, safeStorage.encryptString(pem), { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    },
  };
}

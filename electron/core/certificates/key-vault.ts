import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the issuer's private key is kept: encrypted with Electron safeStorage in the app, a 0600 file otherwise. */
export type KeyVault = { load(): string | null; save(pem: string): void };

/** For `rian serve` and the CLI: a PEM file readable only by this user. */
export function createFileKeyVault(file: string): KeyVault {
  return {
    load: () => (existsSync(file) ? readFileSync(file, 'utf8') : null),
    save(pem) {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, pem, { mode: 0o600 });
      chmodSync(tmp, 0o600);
      renameSync(tmp, file);
    },
  };
}

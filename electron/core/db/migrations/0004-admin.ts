import type { Migration } from './types.ts';

/** Role passphrases (scrypt hashes), the audit log of admin actions, and the issuer's configuration. */
export const admin: Migration = {
  version: 4,
  name: 'admin',
  up(db) {
    db.exec(`
      CREATE TABLE role_secrets (
        role TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL,
        set_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        role TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;

      CREATE TABLE issuer_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        profile TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

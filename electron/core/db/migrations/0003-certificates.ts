import type { Migration } from './types.ts';

/** Issued certificates, their id sequences, revocations, trusted issuers and the issuer's own settings. */
export const certificates: Migration = {
  version: 3,
  name: 'certificates',
  up(db) {
    db.exec(`
      CREATE TABLE certificates (
        id TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES profiles(id),
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        kind TEXT NOT NULL,
        code TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        superseded_by TEXT REFERENCES certificates(id)
      ) STRICT;
      -- One live certificate per learner, course version and kind: issuing again returns it (reissue supersedes).
      CREATE UNIQUE INDEX certificates_one_live ON certificates(profile_id, course_id, course_version, kind)
        WHERE superseded_by IS NULL;

      CREATE TABLE certificate_sequences (
        prefix TEXT NOT NULL,
        year INTEGER NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (prefix, year)
      ) STRICT;

      CREATE TABLE revocations (
        certificate_id TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        revoked_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE trusted_issuers (
        key_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        name TEXT NOT NULL,
        added_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

import type Database from 'better-sqlite3';

export type StoredCertificate = {
  id: string;
  profileId: string;
  courseId: string;
  courseVersion: string;
  kind: 'completion' | 'participation';
  code: string;
  issuedAt: string;
};

type Row = {
  id: string;
  profile_id: string;
  course_id: string;
  course_version: string;
  kind: 'completion' | 'participation';
  code: string;
  issued_at: string;
};
const toCertificate = (r: Row): StoredCertificate => ({
  id: r.id,
  profileId: r.profile_id,
  courseId: r.course_id,
  courseVersion: r.course_version,
  kind: r.kind,
  code: r.code,
  issuedAt: r.issued_at,
});

export function createCertificateRepository(db: Database.Database) {
  const live = db.prepare<[string, string, string, string], Row>(
    `SELECT * FROM certificates WHERE profile_id = ? AND course_id = ? AND course_version = ? AND kind = ?
     AND superseded_by IS NULL`,
  );
  const byId = db.prepare<[string], Row>('SELECT * FROM certificates WHERE id = ?');
  const bySignature = db.prepare<[string], Row>("SELECT * FROM certificates WHERE code LIKE '%.' || ?");
  const forProfile = db.prepare<[string], Row>(
    'SELECT * FROM certificates WHERE profile_id = ? AND superseded_by IS NULL ORDER BY issued_at DESC',
  );
  const insert = db.prepare(
    `INSERT INTO certificates (id, profile_id, course_id, course_version, kind, code, issued_at)
     VALUES (@id, @profileId, @courseId, @courseVersion, @kind, @code, @issuedAt)`,
  );
  const bumpSequence = db.prepare<[string, number], { last: number }>(
    `INSERT INTO certificate_sequences (prefix, year, last) VALUES (?, ?, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const all = db.prepare<{ courseId: string | null; since: string | null }, Row>(
    `SELECT * FROM certificates WHERE superseded_by IS NULL
       AND (@courseId IS NULL OR course_id = @courseId) AND (@since IS NULL OR issued_at >= @since)
     ORDER BY id`,
  );
  const revoke = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO revocations (certificate_id, reason, revoked_at) VALUES (?, ?, ?)',
  );
  const supersede = db.prepare<[string, string]>('UPDATE certificates SET superseded_by = ? WHERE id = ?');
  const trustedList = db.prepare<[], { key_id: string; public_key: string; name: string; added_at: string }>(
    'SELECT * FROM trusted_issuers ORDER BY added_at',
  );
  const revocation = db.prepare<[string], { reason: string }>(
    'SELECT reason FROM revocations WHERE certificate_id = ?',
  );
  const trusted = db.prepare<[string], { name: string }>('SELECT name FROM trusted_issuers WHERE key_id = ?');
  const trust = db.prepare(
    `INSERT INTO trusted_issuers (key_id, public_key, name, added_at) VALUES (@keyId, @publicKey, @name, @at)
     ON CONFLICT (key_id) DO UPDATE SET name = excluded.name`,
  );
  return {
    live: (profileId: string, courseId: string, courseVersion: string, kind: StoredCertificate['kind']) => {
      const row = live.get(profileId, courseId, courseVersion, kind);
      return row ? toCertificate(row) : null;
    },
    find: (id: string) => {
      const row = byId.get(id);
      return row ? toCertificate(row) : null;
    },
    withSignature: (signature: string) => {
      const row = bySignature.get(signature);
      return row ? toCertificate(row) : null;
    },
    all: (filter: { courseId: string | null; since: string | null }) => all.all(filter).map(toCertificate),
    forProfile: (profileId: string) => forProfile.all(profileId).map(toCertificate),
    insert: (c: StoredCertificate) => insert.run(c),
    /** The next number for this prefix and year; the caller's write transaction makes it gap- and duplicate-free. */
    nextNumber: (prefix: string, year: number) => bumpSequence.get(prefix, year)!.last,
    revocation: (id: string) => revocation.get(id)?.reason ?? null,
    revoke: (id: string, reason: string, at: string) => revoke.run(id, reason, at).changes === 1,
    supersede: (oldId: string, newId: string) => supersede.run(newId, oldId),
    trusted: () => trustedList.all(),
    trustedName: (keyId: string) => trusted.get(keyId)?.name ?? null,
    trust: (keyId: string, publicKey: string, name: string, at: string) => trust.run({ keyId, publicKey, name, at }),
  };
}
export type CertificateRepository = ReturnType<typeof createCertificateRepository>;

import type Database from 'better-sqlite3';

export function createRoleSecretRepository(db: Database.Database) {
  const get = db.prepare<[string], { secret_hash: string }>('SELECT secret_hash FROM role_secrets WHERE role = ?');
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO role_secrets (role, secret_hash, set_at) VALUES (?, ?, ?)',
  );
  return {
    hashFor: (role: string) => get.get(role)?.secret_hash ?? null,
    /** Only the first passphrase can be set this way; a second call fails on the primary key. */
    setFirst: (role: string, hash: string, at: string) => insert.run(role, hash, at),
  };
}

export function createAuditLog(db: Database.Database) {
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO audit_log (at, role, action, detail) VALUES (?, ?, ?, ?)',
  );
  const recent = db.prepare<[number], { at: string; role: string; action: string; detail: string }>(
    'SELECT at, role, action, detail FROM audit_log ORDER BY id DESC LIMIT ?',
  );
  const all = db.prepare<[], { at: string; role: string; action: string; detail: string }>(
    'SELECT at, role, action, detail FROM audit_log ORDER BY id',
  );
  const latest = db.prepare<[string], { at: string; detail: string }>(
    'SELECT at, detail FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1',
  );
  return {
    /** The most recent entry for one action, however long ago. */
    latest: (action: string) => {
      const row = latest.get(action);
      return row ? { at: row.at, detail: JSON.parse(row.detail) as Record<string, unknown> } : null;
    },
    record: (at: string, role: string, action: string, detail: Record<string, unknown>) =>
      insert.run(at, role, action, JSON.stringify(detail)),
    /** Every entry, oldest first, one at a time. */
    all: () => all.iterate(),
    recent: (limit: number) =>
      recent.all(limit).map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> })),
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;

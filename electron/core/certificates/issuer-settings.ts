import type Database from 'better-sqlite3';
import { DEFAULT_ISSUER, issuerProfileSchema, type IssuerProfile } from '../../shared/certificates/issuer.ts';

/** The issuer as configured by an admin, or the Academy's defaults until then. */
export function createIssuerSettings(db: Database.Database) {
  const get = db.prepare<[], { profile: string }>('SELECT profile FROM issuer_settings WHERE id = 1');
  const put = db.prepare<[string, string]>(
    `INSERT INTO issuer_settings (id, profile, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at`,
  );
  return {
    get(): IssuerProfile {
      const row = get.get();
      const parsed = row ? issuerProfileSchema.safeParse(JSON.parse(row.profile)) : null;
      return parsed?.success ? parsed.data : DEFAULT_ISSUER;
    },
    set(profile: IssuerProfile, at: string): void {
      put.run(JSON.stringify(profile), at);
    },
  };
}
export type IssuerSettings = ReturnType<typeof createIssuerSettings>;

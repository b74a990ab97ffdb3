import type Database from 'better-sqlite3';
import type { ProfileSummary } from '../../shared/profile.ts';
import { thaiSortKey } from '../text/thai-sort-key.ts';

type ProfileRow = {
  id: string;
  name_th: string;
  name_en: string;
  agency: string;
  position: string;
  email: string | null;
  employee_id: string | null;
  pin_hash: string | null;
  created_at: string;
  last_used_at: string | null;
};

export type StoredProfile = ProfileSummary & { pinHash: string | null };

function toProfile(row: ProfileRow): StoredProfile {
  return {
    id: row.id,
    nameTh: row.name_th,
    nameEn: row.name_en,
    agency: row.agency,
    position: row.position,
    email: row.email,
    employeeId: row.employee_id,
    hasPin: row.pin_hash !== null,
    pinHash: row.pin_hash,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}

export function createProfileRepository(db: Database.Database) {
  const all = db.prepare<[], ProfileRow>('SELECT * FROM profiles');
  const byId = db.prepare<[string], ProfileRow>('SELECT * FROM profiles WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO profiles (id, name_th, name_en, agency, position, email, employee_id, pin_hash, created_at,
       last_used_at, sort_th)
     VALUES (@id, @nameTh, @nameEn, @agency, @position, @email, @employeeId, @pinHash, @createdAt, @lastUsedAt,
       @sortTh)`,
  );
  const update = db.prepare(
    `UPDATE profiles SET name_th = @nameTh, name_en = @nameEn, agency = @agency, position = @position,
       email = @email, employee_id = @employeeId, sort_th = @sortTh WHERE id = @id`,
  );
  const recent = db.prepare<[number], ProfileRow>(
    'SELECT * FROM profiles ORDER BY last_used_at IS NULL, last_used_at DESC, sort_th LIMIT ?',
  );
  const search = db.prepare<[string, string, string, number], ProfileRow>(
    `SELECT * FROM profiles WHERE instr(name_th, ?) > 0 OR instr(lower(name_en), ?) > 0 OR employee_id = ?
     ORDER BY sort_th LIMIT ?`,
  );
  const byNames = db.prepare<[string, string], ProfileRow>(
    'SELECT * FROM profiles WHERE name_th = ? AND lower(name_en) = lower(?) LIMIT 1',
  );
  const byEmployeeId = db.prepare<[string], ProfileRow>('SELECT * FROM profiles WHERE employee_id = ?');
  const touch = db.prepare<[string, string]>('UPDATE profiles SET last_used_at = ? WHERE id = ?');
  return {
    list(): StoredProfile[] {
      return all.all().map(toProfile);
    },
    find(id: string): StoredProfile | null {
      const row = byId.get(id);
      return row ? toProfile(row) : null;
    },
    /** Profiles used on this computer, latest first, then the never-used ones in Thai order. */
    recent(limit: number): StoredProfile[] {
      return recent.all(limit).map(toProfile);
    },
    /** By part of a Thai or English name, or an exact employee id. */
    search(query: string, limit: number): StoredProfile[] {
      const q = query.trim();
      return search.all(q, q.toLowerCase(), q, limit).map(toProfile);
    },
    findByNames(nameTh: string, nameEn: string): StoredProfile | null {
      const row = byNames.get(nameTh, nameEn);
      return row ? toProfile(row) : null;
    },
    findByEmployeeId(employeeId: string): StoredProfile | null {
      const row = byEmployeeId.get(employeeId);
      return row ? toProfile(row) : null;
    },
    insert(profile: StoredProfile): void {
      insert.run({ ...profile, sortTh: thaiSortKey(profile.nameTh) });
    },
    update(profile: Omit<StoredProfile, 'hasPin' | 'pinHash' | 'createdAt' | 'lastUsedAt'>): void {
      update.run({ ...profile, sortTh: thaiSortKey(profile.nameTh) });
    },
    markUsed(id: string, at: string): void {
      touch.run(at, id);
    },
  };
}
export type ProfileRepository = ReturnType<typeof createProfileRepository>;

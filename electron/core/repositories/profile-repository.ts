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

import type Database from 'better-sqlite3';
import type { BundleProfile } from '../../shared/bundles/bundle-format.ts';
import type { LearnerMatch } from '../../shared/bundles/bundle-report.ts';

export type MatchedLearner = { profile: BundleProfile; match: LearnerMatch; localId: string | null };

/**
 * Where each of a bundle's learners lives on this laptop. Profiles keep their ids across laptops, so the same id is
 * the same person; an alias left by merging two profiles (or by an earlier match) leads to the kept one; an alias
 * left by deleting leads nowhere, so a deleted learner does not come back with the next bundle; otherwise the same
 * employee id or names find the person.
 */
export function createLearnerMatcher(db: Database.Database) {
  const exists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM profiles WHERE id = ?');
  const alias = db.prepare<[string], { profile_id: string | null }>(
    'SELECT profile_id FROM profile_aliases WHERE old_id = ?',
  );
  const byEmployeeId = db.prepare<[string], { id: string }>('SELECT id FROM profiles WHERE employee_id = ?');
  const byNames = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM profiles WHERE name_th = ? AND lower(name_en) = lower(?) ORDER BY created_at LIMIT 1',
  );
  /**
   * A trainee whose profile was made on their own laptop, while the trainer's roster made another for the same
   * person here: the same employee id, or else the same names in both languages, is the same person.
   */
  const samePerson = (p: BundleProfile) =>
    (p.employeeId ? byEmployeeId.get(p.employeeId) : undefined) ?? byNames.get(p.nameTh, p.nameEn);
  return (profile: BundleProfile): MatchedLearner => {
    if (exists.get(profile.id)) return { profile, match: 'same', localId: profile.id };
    const row = alias.get(profile.id);
    if (!row) {
      const person = samePerson(profile);
      return person
        ? { profile, match: 'samePerson', localId: person.id }
        : { profile, match: 'new', localId: profile.id };
    }
    return row.profile_id
      ? { profile, match: 'alias', localId: row.profile_id }
      : { profile, match: 'deleted', localId: null };
  };
}

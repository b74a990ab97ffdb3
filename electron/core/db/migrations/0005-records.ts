import { thaiSortKey } from '../../text/thai-sort-key.ts';
import type { Migration } from './types.ts';

/**
 * Records at scale: one materialised row per learner per course (course_records), its changed pairs marked stale
 * by the event repository and by triggers, activity windows for time spent, a copy of the course list for SQL joins, employee ids and
 * Thai sort keys on profiles, and the aliases left by merged or deleted profiles.
 */
export const records: Migration = {
  version: 5,
  name: 'records',
  up(db) {
    db.exec(`
      ALTER TABLE profiles ADD COLUMN employee_id TEXT;
      ALTER TABLE profiles ADD COLUMN sort_th TEXT NOT NULL DEFAULT '';
      CREATE UNIQUE INDEX profiles_by_employee_id ON profiles(employee_id) WHERE employee_id IS NOT NULL;
      CREATE INDEX profiles_by_sort_th ON profiles(sort_th, id);
      CREATE INDEX profiles_by_name_en ON profiles(name_en COLLATE NOCASE, id);
      CREATE INDEX profiles_by_agency ON profiles(agency, sort_th);

      -- A learner's own events, for their timeline and (later) their progress bundle.
      CREATE INDEX events_by_profile ON events(profile_id, occurred_at);

      -- Ten-minute windows (the first 15 characters of an ISO time) in which a learner did anything in a course: a
      -- set, so time spent is the same whatever order events arrive or merge in.
      CREATE TABLE activity_windows (
        profile_id TEXT NOT NULL,
        course_id TEXT NOT NULL,
        window TEXT NOT NULL,
        PRIMARY KEY (profile_id, course_id, window)
      ) STRICT, WITHOUT ROWID;
      INSERT OR IGNORE INTO activity_windows SELECT profile_id, course_id, substr(occurred_at, 1, 15) FROM events;

      CREATE TABLE course_catalog (
        course_id TEXT PRIMARY KEY,
        title_th TEXT NOT NULL,
        title_en TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;

      -- status: 0 not started, 1 in progress, 2 completed (a number, so it sorts in that order).
      CREATE TABLE course_records (
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        status INTEGER NOT NULL,
        progress_percent INTEGER NOT NULL,
        best_score REAL,
        started_at TEXT,
        completed_at TEXT,
        last_activity_at TEXT,
        minutes_spent INTEGER NOT NULL,
        certificate_id TEXT,
        PRIMARY KEY (profile_id, course_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX course_records_by_course ON course_records(course_id, status);
      CREATE INDEX course_records_by_status ON course_records(status);
      CREATE INDEX course_records_by_progress ON course_records(progress_percent);
      CREATE INDEX course_records_by_score ON course_records(best_score);
      CREATE INDEX course_records_by_started ON course_records(started_at);
      CREATE INDEX course_records_by_completed ON course_records(completed_at);
      CREATE INDEX course_records_by_minutes ON course_records(minutes_spent);

      -- The rollups' own writer (the event repository) marks the pairs a batch touched, once per batch; these
      -- triggers cover the other writers. They insert with NOT EXISTS rather than OR IGNORE: an outer upsert's
      -- conflict policy would override the trigger's.
      CREATE TABLE record_stale (
        profile_id TEXT NOT NULL,
        course_id TEXT NOT NULL,
        PRIMARY KEY (profile_id, course_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER stale_on_new_profile AFTER INSERT ON profiles BEGIN
        INSERT INTO record_stale SELECT NEW.id, course_id FROM course_catalog c WHERE NOT EXISTS (
          SELECT 1 FROM record_stale s WHERE s.profile_id = NEW.id AND s.course_id = c.course_id);
      END;
      CREATE TRIGGER stale_on_new_course AFTER INSERT ON course_catalog BEGIN
        INSERT INTO record_stale SELECT id, NEW.course_id FROM profiles p WHERE NOT EXISTS (
          SELECT 1 FROM record_stale s WHERE s.profile_id = p.id AND s.course_id = NEW.course_id);
      END;
      CREATE TRIGGER stale_on_changed_course AFTER UPDATE OF fingerprint ON course_catalog BEGIN
        INSERT INTO record_stale SELECT id, NEW.course_id FROM profiles p WHERE NOT EXISTS (
          SELECT 1 FROM record_stale s WHERE s.profile_id = p.id AND s.course_id = NEW.course_id);
      END;
      CREATE TRIGGER records_of_removed_course AFTER DELETE ON course_catalog BEGIN
        DELETE FROM course_records WHERE course_id = OLD.course_id;
      END;
      CREATE TRIGGER stale_on_certificate AFTER INSERT ON certificates BEGIN
        INSERT INTO record_stale SELECT NEW.profile_id, NEW.course_id WHERE NOT EXISTS (
          SELECT 1 FROM record_stale WHERE profile_id = NEW.profile_id AND course_id = NEW.course_id);
      END;
      CREATE TRIGGER stale_on_superseded AFTER UPDATE OF superseded_by ON certificates BEGIN
        INSERT INTO record_stale SELECT NEW.profile_id, NEW.course_id WHERE NOT EXISTS (
          SELECT 1 FROM record_stale WHERE profile_id = NEW.profile_id AND course_id = NEW.course_id);
      END;

      -- A merged profile points at the one it was merged into; a deleted one points nowhere. Progress that arrives
      -- later under an old id (a trainee's bundle) follows the alias instead of bringing the profile back.
      CREATE TABLE profile_aliases (
        old_id TEXT PRIMARY KEY,
        profile_id TEXT REFERENCES profiles(id) ON DELETE SET NULL,
        action TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
    `);
    const setKey = db.prepare<[string, string]>('UPDATE profiles SET sort_th = ? WHERE id = ?');
    for (const p of db.prepare<[], { id: string; name_th: string }>('SELECT id, name_th FROM profiles').all()) {
      setKey.run(thaiSortKey(p.name_th), p.id);
    }
  },
};

import type { Migration } from './types.ts';

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        name_th TEXT NOT NULL,
        name_en TEXT NOT NULL,
        agency TEXT NOT NULL,
        position TEXT NOT NULL,
        email TEXT,
        pin_hash TEXT,
        created_at TEXT NOT NULL,
        last_used_at TEXT
      ) STRICT;

      -- The append-only learning record. Never updated, never deleted by the app. Reads go to the rollups, so the
      -- log carries no secondary index beyond its id: appends and merges stay fast.
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        profile_id TEXT NOT NULL REFERENCES profiles(id),
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        lesson_id TEXT,
        type TEXT NOT NULL,
        device_id TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        payload TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

      -- Rollups: derived from events in the same transaction, rebuildable from the log.
      CREATE TABLE enrolments (
        profile_id TEXT NOT NULL REFERENCES profiles(id),
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        started_at TEXT NOT NULL,
        last_activity_at TEXT NOT NULL,
        last_lesson_id TEXT,
        last_lesson_at TEXT,
        completed_at TEXT,
        PRIMARY KEY (profile_id, course_id)
      ) STRICT;

      CREATE TABLE lesson_completions (
        profile_id TEXT NOT NULL REFERENCES profiles(id),
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        completed_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES events(id),
        PRIMARY KEY (profile_id, course_id, lesson_id)
      ) STRICT;

      -- Where the learner left off: interface state, not a learning record.
      CREATE TABLE resume_points (
        profile_id TEXT PRIMARY KEY REFERENCES profiles(id),
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        scroll REAL NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

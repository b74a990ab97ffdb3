import type { Migration } from './types.ts';

/**
 * Classroom sessions run by trainers: the session, its roster and attendance, and a log of progress merged in from
 * trainees' and trainers' bundles (when each learner's progress last arrived, and from which laptop).
 */
export const classroom: Migration = {
  version: 6,
  name: 'classroom',
  up(db) {
    db.exec(`
      CREATE TABLE classroom_sessions (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL,
        title TEXT NOT NULL,
        venue TEXT NOT NULL,
        -- JSON: the lead trainer first, then co-trainers.
        trainers TEXT NOT NULL,
        target_group TEXT NOT NULL,
        -- JSON: [{ date, start, end, split }], split = attendance taken morning and afternoon.
        days TEXT NOT NULL,
        attendance_threshold INTEGER NOT NULL,
        -- JSON: the trainer's edited plan; NULL while the plan generated from the course is used.
        plan TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE session_roster (
        session_id TEXT NOT NULL REFERENCES classroom_sessions(id) ON DELETE CASCADE,
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (session_id, profile_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX session_roster_by_profile ON session_roster(profile_id);

      -- part: 'day', or 'morning' / 'afternoon' when the day is split.
      CREATE TABLE attendance (
        session_id TEXT NOT NULL,
        profile_id TEXT NOT NULL,
        day TEXT NOT NULL,
        part TEXT NOT NULL,
        status TEXT NOT NULL,
        marked_at TEXT NOT NULL,
        PRIMARY KEY (session_id, profile_id, day, part),
        FOREIGN KEY (session_id, profile_id) REFERENCES session_roster(session_id, profile_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;

      -- A quiz run for the room: how many questions each trainee answered right, as the trainer ticked them.
      CREATE TABLE room_quiz_results (
        session_id TEXT NOT NULL,
        profile_id TEXT NOT NULL,
        quiz_id TEXT NOT NULL,
        correct INTEGER NOT NULL,
        total INTEGER NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (session_id, profile_id, quiz_id),
        FOREIGN KEY (session_id, profile_id) REFERENCES session_roster(session_id, profile_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE progress_merges (
        id INTEGER PRIMARY KEY,
        profile_id TEXT NOT NULL,
        session_id TEXT,
        source_device TEXT NOT NULL,
        bundle_kind TEXT NOT NULL,
        events_new INTEGER NOT NULL,
        merged_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX progress_merges_by_profile ON progress_merges(profile_id, merged_at);
    `);
  },
};

import type { Migration } from './types.ts';

/**
 * The live classroom. On the trainer's laptop (the hub): who joined each session over the room's network, bound to
 * which profile, by which token (kept as a hash), and whether a walk-in was admitted. On a trainee's laptop: the
 * classroom each profile joined and how far its own events have been sent, so sync resumes where it stopped.
 */
export const liveClassroom: Migration = {
  version: 7,
  name: 'live-classroom',
  up(db) {
    db.exec(`
      CREATE TABLE classroom_members (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES classroom_sessions(id) ON DELETE CASCADE,
        -- The profile on this laptop their progress is recorded under.
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        -- The id their own Rian gives their events (NULL when they joined from a bare browser).
        source_profile_id TEXT,
        via TEXT NOT NULL CHECK (via IN ('rian', 'browser')),
        status TEXT NOT NULL CHECK (status IN ('roster', 'pending', 'admitted', 'declined')),
        token_hash TEXT NOT NULL UNIQUE,
        device_name TEXT,
        joined_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX classroom_members_by_session ON classroom_members(session_id, profile_id);

      -- The port and join code a session's classroom last used, so reopening (even after a restart) keeps the
      -- address and code on trainees' screens and in their Rian.
      CREATE TABLE classroom_doors (
        session_id TEXT PRIMARY KEY REFERENCES classroom_sessions(id) ON DELETE CASCADE,
        port INTEGER NOT NULL,
        join_code TEXT NOT NULL
      ) STRICT;

      CREATE TABLE classroom_memberships (
        profile_id TEXT PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        hub_origin TEXT NOT NULL,
        session_id TEXT NOT NULL,
        course_id TEXT NOT NULL,
        -- JSON: the session's and course's titles as the hub gave them.
        titles TEXT NOT NULL,
        member_id TEXT NOT NULL,
        member_token TEXT NOT NULL,
        -- As the hub last said: on the roster, waiting to be admitted, admitted or declined.
        status TEXT NOT NULL,
        -- The last of this profile's events (by the local log's seq) the hub has acknowledged.
        sent_seq INTEGER NOT NULL DEFAULT 0,
        last_synced_at TEXT,
        joined_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

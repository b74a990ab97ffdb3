import type Database from 'better-sqlite3';
import type { BundleAttendanceRow, BundleRosterRow, BundleSession } from '../../shared/bundles/bundle-format.ts';
import { canonicalJson } from '../../shared/certificates/payload.ts';
import type { SqlSession } from '../classroom/session-repository.ts';

const toSession = (r: SqlSession): BundleSession => ({
  id: r.id,
  courseId: r.course_id,
  title: r.title,
  venue: r.venue,
  trainers: r.trainers,
  targetGroup: r.target_group,
  days: r.days,
  attendanceThreshold: r.attendance_threshold,
  plan: r.plan,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Which of two copies of a session row wins: the later edit, and between equal times the same one everywhere. */
const rank = (s: BundleSession) => `${s.updatedAt}\u0000${canonicalJson(s)}`;

/**
 * A classroom session's rows as bundles carry them (migration 0006's tables), and their merge rules. Every rule
 * picks the same winner whatever order copies arrive in, so merging bundles in any order gives the same tables.
 */
export function createSessionRows(db: Database.Database) {
  const session = db.prepare<[string], SqlSession>('SELECT * FROM classroom_sessions WHERE id = ?');
  const roster = db.prepare<[string], { profile_id: string; source: string; added_at: string }>(
    'SELECT profile_id, source, added_at FROM session_roster WHERE session_id = ? ORDER BY added_at, profile_id',
  );
  const attendance = db.prepare<
    [string],
    { profile_id: string; day: string; part: string; status: string; marked_at: string }
  >(
    `SELECT profile_id, day, part, status, marked_at FROM attendance WHERE session_id = ?
     ORDER BY profile_id, day, part`,
  );
  const isRostered = db.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM session_roster WHERE session_id = ? AND profile_id = ?',
  );
  const saveSession = db.prepare(
    `INSERT INTO classroom_sessions (id, course_id, title, venue, trainers, target_group, days, attendance_threshold,
       plan, created_at, updated_at)
     VALUES (@id, @courseId, @title, @venue, @trainers, @targetGroup, @days, @attendanceThreshold, @plan, @createdAt,
       @updatedAt)
     ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id, title = excluded.title, venue = excluded.venue,
       trainers = excluded.trainers, target_group = excluded.target_group, days = excluded.days,
       attendance_threshold = excluded.attendance_threshold, plan = excluded.plan, created_at = excluded.created_at,
       updated_at = excluded.updated_at`,
  );
  // A row the trainer added here keeps its own source; two bundled copies keep the earlier time.
  const addToRoster = db.prepare<[string, string, string]>(
    `INSERT INTO session_roster (session_id, profile_id, source, added_at) VALUES (?, ?, 'bundle', ?)
     ON CONFLICT (session_id, profile_id) DO UPDATE SET added_at = min(added_at, excluded.added_at)
     WHERE source = 'bundle'`,
  );
  const mark = db.prepare<[string, string, string, string, string, string]>(
    `INSERT INTO attendance (session_id, profile_id, day, part, status, marked_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (session_id, profile_id, day, part) DO UPDATE SET
       status = excluded.status, marked_at = excluded.marked_at
     WHERE (excluded.marked_at, excluded.status) > (attendance.marked_at, attendance.status)`,
  );

  return {
    session(id: string): BundleSession | null {
      const row = session.get(id);
      return row ? toSession(row) : null;
    },
    roster: (sessionId: string): BundleRosterRow[] =>
      roster.all(sessionId).map((r) => ({ profileId: r.profile_id, source: r.source, addedAt: r.added_at })),
    attendance: (sessionId: string): BundleAttendanceRow[] =>
      attendance.all(sessionId).map((a) => ({
        profileId: a.profile_id,
        day: a.day,
        part: a.part,
        status: a.status,
        markedAt: a.marked_at,
      })),
    isRostered: (sessionId: string, profileId: string) => isRostered.get(sessionId, profileId) !== undefined,
    /** Keeps whichever copy of the session row ranks higher (see `rank`). Caller's transaction. */
    mergeSession(incoming: BundleSession): void {
      const local = this.session(incoming.id);
      if (!local || rank(incoming) > rank(local)) saveSession.run(incoming);
    },
    addToRoster: (sessionId: string, profileId: string, addedAt: string) =>
      void addToRoster.run(sessionId, profileId, addedAt),
    /** The latest mark wins; at the same instant, the same status wins everywhere. */
    mark: (sessionId: string, row: BundleAttendanceRow) =>
      void mark.run(sessionId, row.profileId, row.day, row.part, row.status, row.markedAt),
  };
}

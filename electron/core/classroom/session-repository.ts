import type Database from 'better-sqlite3';
import type { AttendanceMark, SessionDay, SessionPlan } from '../../shared/classroom.ts';

export type SessionRow = {
  id: string;
  courseId: string;
  title: string;
  venue: string;
  trainers: string[];
  targetGroup: string;
  days: SessionDay[];
  attendanceThreshold: number;
  plan: SessionPlan | null;
  createdAt: string;
  updatedAt: string;
};

/** A classroom_sessions row as SQLite returns it (JSON columns still text). */
export type SqlSession = {
  id: string;
  course_id: string;
  title: string;
  venue: string;
  trainers: string;
  target_group: string;
  days: string;
  attendance_threshold: number;
  plan: string | null;
  created_at: string;
  updated_at: string;
};

const toSession = (r: SqlSession): SessionRow => ({
  id: r.id,
  courseId: r.course_id,
  title: r.title,
  venue: r.venue,
  trainers: JSON.parse(r.trainers) as string[],
  targetGroup: r.target_group,
  days: JSON.parse(r.days) as SessionDay[],
  attendanceThreshold: r.attendance_threshold,
  plan: r.plan ? (JSON.parse(r.plan) as SessionPlan) : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Sessions, rosters and attendance, with bound parameters only. */
export function createSessionRepository(db: Database.Database) {
  const upsert = db.prepare(
    `INSERT INTO classroom_sessions (id, course_id, title, venue, trainers, target_group, days, attendance_threshold,
       plan, created_at, updated_at)
     VALUES (@id, @courseId, @title, @venue, @trainers, @targetGroup, @days, @attendanceThreshold, @plan, @createdAt,
       @updatedAt)
     ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id, title = excluded.title, venue = excluded.venue,
       trainers = excluded.trainers, target_group = excluded.target_group, days = excluded.days,
       attendance_threshold = excluded.attendance_threshold, plan = excluded.plan, updated_at = excluded.updated_at`,
  );
  const byId = db.prepare<[string], SqlSession>('SELECT * FROM classroom_sessions WHERE id = ?');
  const all = db.prepare<[], SqlSession & { roster: number }>(
    `SELECT s.*, (SELECT count(*) FROM session_roster r WHERE r.session_id = s.id) AS roster
     FROM classroom_sessions s ORDER BY json_extract(s.days, '$[0].date') DESC, s.created_at DESC`,
  );
  const rosterCount = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM session_roster WHERE session_id = ?',
  );
  const roster = db.prepare<
    [string],
    { profile_id: string; source: string; added_at: string; merged_at: string | null }
  >(
    `SELECT r.profile_id, r.source, r.added_at,
       (SELECT max(m.merged_at) FROM progress_merges m WHERE m.profile_id = r.profile_id) AS merged_at
     FROM session_roster r JOIN profiles p ON p.id = r.profile_id WHERE r.session_id = ? ORDER BY p.sort_th`,
  );
  const addToRoster = db.prepare<[string, string, string, string]>(
    'INSERT OR IGNORE INTO session_roster (session_id, profile_id, source, added_at) VALUES (?, ?, ?, ?)',
  );
  const removeFromRoster = db.prepare<[string, string]>(
    'DELETE FROM session_roster WHERE session_id = ? AND profile_id = ?',
  );
  const marks = db.prepare<[string], { profile_id: string; day: string; part: string; status: string }>(
    'SELECT profile_id, day, part, status FROM attendance WHERE session_id = ? ORDER BY profile_id, day, part',
  );
  const mark = db.prepare<[string, string, string, string, string, string]>(
    `INSERT INTO attendance (session_id, profile_id, day, part, status, marked_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (session_id, profile_id, day, part) DO UPDATE SET status = excluded.status,
       marked_at = excluded.marked_at`,
  );

  const saveRoom = db.prepare<[string, string, string, number, number, string]>(
    `INSERT INTO room_quiz_results (session_id, profile_id, quiz_id, correct, total, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (session_id, profile_id, quiz_id) DO UPDATE SET correct = excluded.correct, total = excluded.total,
       recorded_at = excluded.recorded_at`,
  );
  const roomOf = db.prepare<[string], { profile_id: string; quiz_id: string; correct: number; total: number }>(
    'SELECT profile_id, quiz_id, correct, total FROM room_quiz_results WHERE session_id = ? ORDER BY quiz_id',
  );

  return {
    saveRoomResult(
      sessionId: string,
      quizId: string,
      r: { profileId: string; correct: number; total: number },
      at: string,
    ) {
      saveRoom.run(sessionId, r.profileId, quizId, r.correct, r.total, at);
    },
    roomResults: (sessionId: string) =>
      roomOf
        .all(sessionId)
        .map((r) => ({ profileId: r.profile_id, quizId: r.quiz_id, correct: r.correct, total: r.total })),
    save(session: SessionRow): void {
      upsert.run({
        ...session,
        trainers: JSON.stringify(session.trainers),
        days: JSON.stringify(session.days),
        plan: session.plan ? JSON.stringify(session.plan) : null,
      });
    },
    find(id: string): SessionRow | null {
      const row = byId.get(id);
      return row ? toSession(row) : null;
    },
    list(): (SessionRow & { rosterCount: number })[] {
      return all.all().map((r) => ({ ...toSession(r), rosterCount: r.roster }));
    },
    rosterCount: (id: string) => rosterCount.get(id)?.n ?? 0,
    roster: (id: string) =>
      roster
        .all(id)
        .map((r) => ({ profileId: r.profile_id, source: r.source, addedAt: r.added_at, mergedAt: r.merged_at })),
    addToRoster(sessionId: string, profileId: string, source: string, at: string): void {
      addToRoster.run(sessionId, profileId, source, at);
    },
    removeFromRoster(sessionId: string, profileId: string): void {
      removeFromRoster.run(sessionId, profileId);
    },
    attendance(sessionId: string): AttendanceMark[] {
      return marks.all(sessionId).map((m) => ({
        profileId: m.profile_id,
        day: m.day,
        part: m.part as AttendanceMark['part'],
        status: m.status as AttendanceMark['status'],
      }));
    },
    mark(sessionId: string, m: AttendanceMark, at: string): void {
      mark.run(sessionId, m.profileId, m.day, m.part, m.status, at);
    },
  };
}
export type SessionRepository = ReturnType<typeof createSessionRepository>;

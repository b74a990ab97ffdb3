import type Database from 'better-sqlite3';
import type { MemberStatus } from '../../shared/live-classroom.ts';

export type MemberRow = {
  id: string;
  sessionId: string;
  profileId: string;
  sourceProfileId: string | null;
  via: 'rian' | 'browser';
  status: MemberStatus;
  deviceName: string | null;
  joinedAt: string;
};

type SqlMember = {
  id: string;
  session_id: string;
  profile_id: string;
  source_profile_id: string | null;
  via: 'rian' | 'browser';
  status: MemberStatus;
  device_name: string | null;
  joined_at: string;
};

const toMember = (r: SqlMember): MemberRow => ({
  id: r.id,
  sessionId: r.session_id,
  profileId: r.profile_id,
  sourceProfileId: r.source_profile_id,
  via: r.via,
  status: r.status,
  deviceName: r.device_name,
  joinedAt: r.joined_at,
});

export type MemberPosition = {
  memberId: string;
  nameTh: string;
  nameEn: string;
  agency: string;
  lessonsDone: number;
  lastLessonId: string | null;
  lastActivityAt: string | null;
};

/**
 * classroom_members and classroom_doors on the hub: who joined a session over the room's network, and the port and
 * code its classroom last used. Bound parameters only.
 */
export function createMemberRepository(db: Database.Database) {
  const byToken = db.prepare<[string, string], SqlMember>(
    'SELECT * FROM classroom_members WHERE token_hash = ? AND session_id = ?',
  );
  const byProfile = db.prepare<[string, string], SqlMember>(
    'SELECT * FROM classroom_members WHERE session_id = ? AND profile_id = ?',
  );
  const byId = db.prepare<[string, string], SqlMember>(
    'SELECT * FROM classroom_members WHERE session_id = ? AND id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO classroom_members (id, session_id, profile_id, source_profile_id, via, status, token_hash, device_name, joined_at)
     VALUES (@id, @sessionId, @profileId, @sourceProfileId, @via, @status, @tokenHash, @deviceName, @joinedAt)`,
  );
  const rejoin = db.prepare(
    `UPDATE classroom_members SET token_hash = @tokenHash, source_profile_id = @sourceProfileId, via = @via,
       device_name = @deviceName, status = @status WHERE id = @id`,
  );
  const setStatus = db.prepare<[MemberStatus, string, string]>(
    'UPDATE classroom_members SET status = ? WHERE session_id = ? AND id = ?',
  );
  const pending = db.prepare<[string], { n: number }>(
    "SELECT count(*) AS n FROM classroom_members WHERE session_id = ? AND status = 'pending'",
  );
  const rostered = db.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM session_roster WHERE session_id = ? AND profile_id = ?',
  );
  // Where each member is in the session's course: lessons done, the latest lesson and activity, one query.
  const positions = db.prepare<{ sessionId: string; courseId: string }, SqlMember & MemberPosition>(
    `SELECT m.*, m.id AS memberId, p.name_th AS nameTh, p.name_en AS nameEn, p.agency AS agency,
       (SELECT count(*) FROM lesson_completions c WHERE c.profile_id = m.profile_id AND c.course_id = @courseId) AS lessonsDone,
       e.last_lesson_id AS lastLessonId, e.last_activity_at AS lastActivityAt
     FROM classroom_members m
     JOIN profiles p ON p.id = m.profile_id
     LEFT JOIN enrolments e ON e.profile_id = m.profile_id AND e.course_id = @courseId
     WHERE m.session_id = @sessionId
     ORDER BY p.sort_th`,
  );
  const door = db.prepare<[string], { port: number; join_code: string }>(
    'SELECT port, join_code FROM classroom_doors WHERE session_id = ?',
  );
  const saveDoor = db.prepare<[string, number, string]>(
    'INSERT OR REPLACE INTO classroom_doors (session_id, port, join_code) VALUES (?, ?, ?)',
  );
  return {
    lastDoor: (sessionId: string) => {
      const row = door.get(sessionId);
      return row ? { port: row.port, code: row.join_code } : null;
    },
    saveDoor: (sessionId: string, port: number, code: string) => void saveDoor.run(sessionId, port, code),
    byToken: (hash: string, sessionId: string) => {
      const row = byToken.get(hash, sessionId);
      return row ? toMember(row) : null;
    },
    byProfile: (sessionId: string, profileId: string) => {
      const row = byProfile.get(sessionId, profileId);
      return row ? toMember(row) : null;
    },
    byId: (sessionId: string, id: string) => {
      const row = byId.get(sessionId, id);
      return row ? toMember(row) : null;
    },
    insert: (member: MemberRow & { tokenHash: string }) => void insert.run(member),
    rejoin: (member: MemberRow & { tokenHash: string }) => void rejoin.run(member),
    setStatus: (sessionId: string, id: string, status: MemberStatus) => void setStatus.run(status, sessionId, id),
    pendingCount: (sessionId: string) => pending.get(sessionId)!.n,
    isRostered: (sessionId: string, profileId: string) => rostered.get(sessionId, profileId) !== undefined,
    positions: (sessionId: string, courseId: string) =>
      positions.all({ sessionId, courseId }).map((r) => ({ member: toMember(r), position: r as MemberPosition })),
  };
}
export type MemberRepository = ReturnType<typeof createMemberRepository>;

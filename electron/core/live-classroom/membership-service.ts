import type Database from 'better-sqlite3';
import { hostname } from 'node:os';
import type { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import {
  HUB_PUSH_MAX_EVENTS,
  joinCodeSchema,
  parseHubAddress,
  parseJoinLink,
  type HubSession,
  type joinRequestSchema,
  type Membership,
  type MemberQuestion,
  type MemberStatus,
} from '../../shared/live-classroom.ts';
import { toEvent, type EventRow } from '../repositories/event-repository.ts';
import type { ProfileRepository } from '../repositories/profile-repository.ts';
import { callHub } from './hub-client.ts';

type MembershipRow = {
  profile_id: string;
  hub_origin: string;
  session_id: string;
  course_id: string;
  titles: string;
  member_id: string;
  member_token: string;
  status: MemberStatus;
  sent_seq: number;
  last_synced_at: string | null;
  joined_at: string;
};

/**
 * A trainee's side of the live classroom: joins a hub with the code, then sends this profile's events for the
 * session's course in log order, remembering the last one the hub acknowledged. A batch whose answer is lost is
 * sent again and the hub's union by id absorbs it, so a dropped network loses nothing and duplicates nothing.
 */
export function createMembershipService(deps: { db: Database.Database; profiles: ProfileRepository; now: () => Date }) {
  const { db } = deps;
  const find = db.prepare<[string], MembershipRow>('SELECT * FROM classroom_memberships WHERE profile_id = ?');
  const all = db.prepare<[], MembershipRow>('SELECT * FROM classroom_memberships');
  const save = db.prepare(
    `INSERT OR REPLACE INTO classroom_memberships
       (profile_id, hub_origin, session_id, course_id, titles, member_id, member_token, status, sent_seq, last_synced_at, joined_at)
     VALUES (@profileId, @hubOrigin, @sessionId, @courseId, @titles, @memberId, @memberToken, @status, 0, NULL, @joinedAt)`,
  );
  const remove = db.prepare<[string]>('DELETE FROM classroom_memberships WHERE profile_id = ?');
  const markSent = db.prepare<[number, string, string]>(
    'UPDATE classroom_memberships SET sent_seq = max(sent_seq, ?), last_synced_at = ? WHERE profile_id = ?',
  );
  const setStatus = db.prepare<[MemberStatus, string]>(
    'UPDATE classroom_memberships SET status = ? WHERE profile_id = ?',
  );
  const unsent = db.prepare<[string, string, number, number], EventRow>(
    'SELECT * FROM events WHERE profile_id = ? AND course_id = ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  const pending = db.prepare<[string, string, number], { n: number }>(
    'SELECT count(*) AS n FROM events WHERE profile_id = ? AND course_id = ? AND seq > ?',
  );
  const online = new Map<string, boolean>();
  const questions = new Map<string, MemberQuestion | null>();
  const syncing = new Map<string, Promise<void>>();

  function hubTarget(request: z.output<typeof joinRequestSchema>): { origin: string; code: string } {
    const invalid = (field: string, en: string, th: string) => new AppError('INVALID_INPUT', en, th, [field]);
    if ('link' in request) {
      const parsed = parseJoinLink(request.link);
      if (!parsed) {
        throw invalid(
          'link',
          'That is not a classroom link. It looks like http://192.168.1.20:47470/#/join/KQRT47.',
          'ลิงก์ห้องเรียนไม่ถูกต้อง ตัวอย่างเช่น http://192.168.1.20:47470/#/join/KQRT47',
        );
      }
      return parsed;
    }
    const origin = parseHubAddress(request.address);
    if (!origin) {
      throw invalid(
        'address',
        'Type the address shown on the trainer’s screen, such as 192.168.1.20:47470.',
        'กรุณาพิมพ์ที่อยู่ที่แสดงบนจอของวิทยากร เช่น 192.168.1.20:47470',
      );
    }
    const code = joinCodeSchema.safeParse(request.code);
    if (!code.success) {
      throw invalid(
        'code',
        'A join code is six letters and digits, such as KQR-T47.',
        'รหัสเข้าห้องเรียนมี 6 ตัวอักษรและตัวเลข เช่น KQR-T47',
      );
    }
    return { origin, code: code.data };
  }

  function view(row: MembershipRow): Membership {
    return {
      hubOrigin: row.hub_origin,
      session: {
        sessionId: row.session_id,
        courseId: row.course_id,
        ...(JSON.parse(row.titles) as object),
      } as HubSession,
      status: row.status,
      isOnline: online.get(row.profile_id) ?? false,
      pendingEvents: pending.get(row.profile_id, row.course_id, row.sent_seq)!.n,
      lastSyncedAt: row.last_synced_at,
      question: questions.get(row.profile_id) ?? null,
    };
  }

  /** Asks for the trainee's standing and the live question, then sends what the hub has not acknowledged. */
  async function syncOnce(row: MembershipRow): Promise<void> {
    const credentials = { token: row.member_token };
    try {
      const state = await callHub(row.hub_origin, 'hub.state', {}, credentials);
      setStatus.run(state.status, row.profile_id);
      questions.set(row.profile_id, state.question);
      online.set(row.profile_id, true);
      if (state.status === 'declined') return;
      let sentSeq = row.sent_seq;
      for (;;) {
        const rows = unsent.all(row.profile_id, row.course_id, sentSeq, HUB_PUSH_MAX_EVENTS);
        if (rows.length > 0) await callHub(row.hub_origin, 'hub.push', { events: rows.map(toEvent) }, credentials);
        sentSeq = rows.at(-1)?.seq ?? sentSeq;
        markSent.run(sentSeq, deps.now().toISOString(), row.profile_id);
        if (rows.length < HUB_PUSH_MAX_EVENTS) break;
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      online.set(row.profile_id, false);
      questions.delete(row.profile_id);
    }
  }

  /** One sync at a time per profile: a poll arriving mid-sync waits for it instead of sending the same batch twice. */
  function sync(profileId: string): Promise<void> {
    const running = syncing.get(profileId);
    if (running) return running;
    const row = find.get(profileId);
    if (!row || row.status === 'declined') return Promise.resolve();
    const started = syncOnce(row).finally(() => syncing.delete(profileId));
    syncing.set(profileId, started);
    return started;
  }

  return {
    async join(profileId: string, request: z.output<typeof joinRequestSchema>): Promise<Membership> {
      const { origin, code } = hubTarget(request);
      const profile = deps.profiles.find(profileId);
      if (!profile) throw new AppError('NOT_FOUND', 'That learner no longer exists.', 'ไม่พบผู้เรียนรายนี้');
      const joined = await callHub(
        origin,
        'hub.join',
        {
          via: 'rian',
          profile: {
            id: profile.id,
            nameTh: profile.nameTh,
            nameEn: profile.nameEn,
            agency: profile.agency,
            position: profile.position,
            email: profile.email,
            employeeId: profile.employeeId,
            createdAt: profile.createdAt,
          },
          deviceName: hostname().slice(0, 100),
        },
        { code },
      );
      save.run({
        profileId,
        hubOrigin: origin,
        sessionId: joined.session.sessionId,
        courseId: joined.session.courseId,
        titles: JSON.stringify({ title: joined.session.title, courseTitle: joined.session.courseTitle }),
        memberId: joined.memberId,
        memberToken: joined.memberToken,
        status: joined.status,
        joinedAt: deps.now().toISOString(),
      });
      online.set(profileId, true);
      await sync(profileId);
      return view(find.get(profileId)!);
    },
    /** The classroom this profile joined, brought up to date with the hub first (quickly, if it is reachable). */
    async membership(profileId: string): Promise<Membership | null> {
      await sync(profileId);
      const row = find.get(profileId);
      return row ? view(row) : null;
    },
    async answer(profileId: string, runId: string, choiceIds: string[]): Promise<MemberQuestion> {
      const row = find.get(profileId);
      if (!row) throw new AppError('NOT_FOUND', 'Join a classroom first.', 'กรุณาเข้าร่วมห้องเรียนก่อน');
      const question = await callHub(row.hub_origin, 'hub.answer', { runId, choiceIds }, { token: row.member_token });
      questions.set(profileId, question);
      return question;
    },
    leave(profileId: string): void {
      remove.run(profileId);
      online.delete(profileId);
      questions.delete(profileId);
    },
    /** The background tick: every joined profile on this laptop keeps sending, whether or not it is on screen. */
    async syncAll(): Promise<void> {
      await Promise.all(all.all().map((row) => sync(row.profile_id)));
    },
  };
}
export type MembershipService = ReturnType<typeof createMembershipService>;

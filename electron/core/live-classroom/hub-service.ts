import type Database from 'better-sqlite3';
import QRCode from 'qrcode';
import { v7 as uuidv7 } from 'uuid';
import type { BundleProfile } from '../../shared/bundles/bundle-format.ts';
import { AppError, type AppErrorShape } from '../../shared/errors.ts';
import {
  joinCodeSchema,
  joinLink,
  type ClassroomDoor,
  type HubJoined,
  type HubSession,
  type HubState,
  type LiveClassroom,
  type MemberQuestion,
} from '../../shared/live-classroom.ts';
import type { ProgressEvent } from '../../shared/progress.ts';
import { roomSteps } from '../../shared/room-steps.ts';
import type { z } from 'zod';
import type { hubJoinSchema } from '../../shared/live-classroom.ts';
import { createLearnerMatcher } from '../bundles/learner-match.ts';
import { createMergeLog } from '../bundles/merge-log.ts';
import type { CourseLibrary } from '../courses/course-library.ts';
import type { EventRepository } from '../repositories/event-repository.ts';
import type { ProfileRepository } from '../repositories/profile-repository.ts';
import { createSession, type ClassroomCaller, type Session } from '../session.ts';
import { createGuessLimiter } from './guess-limiter.ts';
import { memberToken, newJoinCode, tokenHash } from './join-code.ts';
import {
  answerProblem,
  isCorrectAnswer,
  liveQuestionView,
  questionShape,
  trainerQuestionView,
  type LiveRun,
} from './live-quiz.ts';
import { createMemberRepository, type MemberRow } from './member-repository.ts';
import { roomAddresses } from './room-addresses.ts';

/** Starts listening on the room's network for the classroom door; port 0 lets the system choose. */
export type ClassroomListener = (port: number) => Promise<{ port: number; close(): Promise<void> }>;

/** What the classroom door makes of a request's credentials: a caller to dispatch, or a refusal to send back. */
export type DoorAdmission =
  | { ok: true; session: Session }
  | { ok: false; status: 401 | 403 | 429; error: AppErrorShape; retryAfterSeconds?: number };

type OpenDoor = {
  sessionId: string;
  courseId: string;
  code: string;
  port: number;
  openedAt: string;
  close(): Promise<void>;
  run: LiveRun | null;
};

/** Walk-ins waiting for the trainer at once: a room's worth, and a bound on what one code holder can add. */
export const MAX_PENDING_WALK_INS = 100;

/** How often a live trainee's arrivals are written to the merge log the roster reads ("progress last arrived"). */
const ARRIVALS_LOGGED_EVERY_MS = 60_000;

/** A trainee is shown as present while their Rian or browser has called within this long (both poll every 2 s). */
const PRESENT_MS = 15_000;

export type HubDeps = {
  db: Database.Database;
  events: EventRepository;
  profiles: ProfileRepository;
  library: CourseLibrary;
  /** The session's course and title; throws NOT_FOUND for a session that does not exist. */
  sessionInfo(sessionId: string): { courseId: string; title: string };
  addToRoster(sessionId: string, profileId: string, source: string): void;
  /** Saves a quiz's tally per trainee into the session's report, as the room quiz screen does. */
  saveRoomResults(
    sessionId: string,
    quizId: string,
    results: { profileId: string; correct: number; total: number }[],
  ): void;
  /** The port tried first, so trainees' links keep working across a restart; 0 for any. */
  preferredPort: number;
  now: () => Date;
};

const refusal = (status: 401 | 403, message: string, messageTh: string): DoorAdmission => ({
  ok: false,
  status,
  error: { code: 'FORBIDDEN', message, messageTh },
});

/**
 * The trainer's laptop as the classroom hub: opens and closes the door on the room's network, admits callers by join
 * code or member token (refusing guessers), binds each trainee to the roster or a walk-in, takes their events as a
 * union by id (as bundles are merged), and runs the live quiz.
 */
export function createHub(deps: HubDeps) {
  const { db, library, now } = deps;
  const members = createMemberRepository(db);
  const matchLearner = createLearnerMatcher(db);
  const rememberAlias = db.prepare<[string, string, string]>(
    "INSERT OR IGNORE INTO profile_aliases (old_id, profile_id, action, at) VALUES (?, ?, 'matched', ?)",
  );
  const limiter = createGuessLimiter({ now: () => now().getTime() });
  const mergeLog = createMergeLog(db);
  /** Per member: events arrived since their last merge-log row, from which device, and when that row was written. */
  const arrivals = new Map<string, { profileId: string; device: string; pending: number; loggedAt: number }>();
  const lastSeen = new Map<string, number>();
  const received = new Map<string, number>();
  /** Per session and quiz: for each revealed choice question, which trainees (profiles) answered it right. */
  const scored = new Map<string, Map<string, Map<string, Set<string>>>>();
  let listen: ClassroomListener | null = null;
  let door: OpenDoor | null = null;
  let opening: Promise<unknown> | null = null;

  const at = () => now().toISOString();

  function openDoorFor(sessionId: string): OpenDoor {
    if (!door || door.sessionId !== sessionId) {
      throw new AppError('CONFLICT', 'This classroom is not open.', 'ห้องเรียนนี้ยังไม่เปิด');
    }
    return door;
  }

  function hubSession(sessionId: string): HubSession {
    const info = deps.sessionInfo(sessionId);
    return {
      sessionId,
      courseId: info.courseId,
      title: info.title,
      courseTitle: library.get(info.courseId).manifest.title,
    };
  }

  async function doorView(open: OpenDoor): Promise<ClassroomDoor> {
    const origins = roomAddresses().map((address) => `http://${address}:${open.port}`);
    const link = joinLink(origins[0]!, open.code);
    return {
      port: open.port,
      addresses: origins,
      code: open.code,
      joinLink: link,
      qrSvg: await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      openedAt: open.openedAt,
    };
  }

  async function listenOn(sessionId: string) {
    if (!listen) {
      throw new AppError(
        'CONFLICT',
        'A classroom cannot be opened from this window of Rian.',
        'เปิดห้องเรียนจากหน้าต่างนี้ของ Rian ไม่ได้',
      );
    }
    const preferred = members.lastDoor(sessionId)?.port ?? deps.preferredPort;
    try {
      return await listen(preferred);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EADDRINUSE' || preferred === 0) throw error;
      return listen(0);
    }
  }

  async function open(sessionId: string): Promise<ClassroomDoor> {
    if (opening) await opening.catch(() => {});
    if (door?.sessionId === sessionId) return doorView(door);
    if (door) {
      const other = deps.sessionInfo(door.sessionId).title;
      throw new AppError(
        'CONFLICT',
        `The classroom for “${other}” is open. Close it first.`,
        `ห้องเรียนของ “${other}” เปิดอยู่ กรุณาปิดก่อน`,
      );
    }
    const { courseId } = deps.sessionInfo(sessionId);
    const started = listenOn(sessionId);
    opening = started;
    try {
      const listener = await started;
      const code = members.lastDoor(sessionId)?.code ?? newJoinCode();
      members.saveDoor(sessionId, listener.port, code);
      limiter.clear();
      door = { sessionId, courseId, code, port: listener.port, openedAt: at(), close: listener.close, run: null };
      return await doorView(door);
    } finally {
      opening = null;
    }
  }

  async function close(sessionId: string): Promise<void> {
    if (door?.sessionId !== sessionId) return;
    const closing = door;
    door = null;
    received.clear();
    for (const seen of arrivals.values()) logArrivals(sessionId, seen);
    arrivals.clear();
    await closing.close();
  }

  function callerSession(caller: ClassroomCaller, profileId: string | null): Session {
    return { ...createSession(), profileId, classroom: caller };
  }

  function admitCaller(
    credentials: { code?: string; token?: string },
    address: string,
    channel: string,
  ): DoorAdmission {
    const open = door;
    if (!open) return refusal(403, 'The classroom is closed.', 'ห้องเรียนปิดแล้ว');
    const wait = limiter.retryAfter(address);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      return {
        ok: false,
        status: 429,
        retryAfterSeconds: seconds,
        error: {
          code: 'TOO_MANY_ATTEMPTS',
          message: `Too many wrong codes from this device. Try again in ${seconds} seconds.`,
          messageTh: `ใส่รหัสผิดหลายครั้งเกินไป กรุณาลองใหม่ในอีก ${seconds} วินาที`,
        },
      };
    }
    const caller = { sessionId: open.sessionId, courseId: open.courseId };
    if (credentials.token) {
      const member = members.byToken(tokenHash(credentials.token), open.sessionId);
      if (!member) {
        limiter.fail(address);
        return refusal(
          401,
          'This classroom does not know this device. Join again with the code on the screen.',
          'ห้องเรียนนี้ไม่รู้จักอุปกรณ์นี้ กรุณาเข้าร่วมใหม่ด้วยรหัสบนจอ',
        );
      }
      // A declined trainee may still learn that they were declined, and nothing more.
      if (member.status === 'declined' && channel !== 'hub.state') {
        return refusal(403, 'The trainer did not admit you to this classroom.', 'วิทยากรไม่ได้รับท่านเข้าห้องเรียนนี้');
      }
      lastSeen.set(member.id, now().getTime());
      return { ok: true, session: callerSession({ ...caller, memberId: member.id }, member.profileId) };
    }
    const code = joinCodeSchema.safeParse(credentials.code ?? '');
    if (!code.success || code.data !== open.code) {
      limiter.fail(address);
      return refusal(401, 'That join code is not right.', 'รหัสเข้าห้องเรียนไม่ถูกต้อง');
    }
    return { ok: true, session: callerSession({ ...caller, memberId: null }, null) };
  }

  /** Who the joining trainee is here: their own profile (matched as a bundle's learner is), or a new walk-in. */
  function bindProfile(input: z.output<typeof hubJoinSchema>): { profileId: string; sourceProfileId: string | null } {
    const profile: BundleProfile =
      input.via === 'rian' ? input.profile : { ...input.profile, id: uuidv7(), createdAt: at() };
    const matched = matchLearner(profile);
    if (matched.match === 'deleted' || matched.localId === null) {
      throw new AppError(
        'FORBIDDEN',
        "Your profile was removed from the trainer's laptop. Ask the trainer to add you again.",
        'โปรไฟล์ของท่านถูกลบออกจากเครื่องของวิทยากรแล้ว กรุณาแจ้งวิทยากร',
      );
    }
    if (matched.match === 'new') {
      const holder = profile.employeeId ? deps.profiles.findByEmployeeId(profile.employeeId) : null;
      deps.profiles.insert({
        ...profile,
        employeeId: holder ? null : profile.employeeId,
        hasPin: false,
        pinHash: null,
        lastUsedAt: null,
      });
    }
    if (matched.match === 'samePerson' && input.via === 'rian') rememberAlias.run(profile.id, matched.localId, at());
    return { profileId: matched.localId, sourceProfileId: input.via === 'rian' ? profile.id : null };
  }

  function join(caller: ClassroomCaller, input: z.output<typeof hubJoinSchema>): HubJoined {
    const open = openDoorFor(caller.sessionId);
    return db
      .transaction((): HubJoined => {
        const { profileId, sourceProfileId } = bindProfile(input);
        const existing = members.byProfile(open.sessionId, profileId);
        if (existing?.status === 'declined') {
          throw new AppError(
            'FORBIDDEN',
            'The trainer did not admit you to this classroom.',
            'วิทยากรไม่ได้รับท่านเข้าห้องเรียนนี้',
          );
        }
        const isRostered = members.isRostered(open.sessionId, profileId);
        const status = isRostered ? (existing?.status === 'admitted' ? 'admitted' : 'roster') : 'pending';
        if (!existing && status === 'pending' && members.pendingCount(open.sessionId) >= MAX_PENDING_WALK_INS) {
          throw new AppError(
            'CONFLICT',
            'Too many people are waiting to be admitted. Ask the trainer to admit those waiting first.',
            'มีผู้รออนุมัติมากเกินไป กรุณาแจ้งวิทยากรให้อนุมัติผู้ที่รออยู่ก่อน',
          );
        }
        const id = existing?.id ?? uuidv7();
        const token = memberToken(open.code, id);
        const row: MemberRow & { tokenHash: string } = {
          id,
          sessionId: open.sessionId,
          profileId,
          sourceProfileId,
          via: input.via,
          status,
          deviceName: input.via === 'rian' ? input.deviceName : null,
          joinedAt: existing?.joinedAt ?? at(),
          tokenHash: tokenHash(token),
        };
        if (existing) members.rejoin(row);
        else members.insert(row);
        lastSeen.set(id, now().getTime());
        return { memberId: id, memberToken: token, status, profileId, session: hubSession(open.sessionId) };
      })
      .immediate();
  }

  function recordScores(sessionId: string, run: LiveRun): void {
    const byQuiz = scored.get(sessionId) ?? new Map<string, Map<string, Set<string>>>();
    scored.set(sessionId, byQuiz);
    const steps = byQuiz.get(run.quizId) ?? new Map<string, Set<string>>();
    byQuiz.set(run.quizId, steps);
    const right = new Set<string>();
    for (const [memberId, picked] of run.answers) {
      const row = members.byId(sessionId, memberId);
      if (row && isCorrectAnswer(run.step, picked)) right.add(row.profileId);
    }
    steps.set(run.step.key, right);
  }

  function member(caller: ClassroomCaller): MemberRow {
    const row = caller.memberId ? members.byId(caller.sessionId, caller.memberId) : null;
    if (!row) throw new AppError('FORBIDDEN', 'Join the classroom first.', 'กรุณาเข้าร่วมห้องเรียนก่อน');
    return row;
  }

  function memberQuestion(run: LiveRun | null, memberId: string): MemberQuestion | null {
    return run ? { ...liveQuestionView(run), myAnswer: run.answers.get(memberId) ?? null } : null;
  }

  function state(caller: ClassroomCaller): HubState {
    const row = member(caller);
    const open = openDoorFor(caller.sessionId);
    return { status: row.status, session: hubSession(open.sessionId), question: memberQuestion(open.run, row.id) };
  }

  /** A trainee's own events for this session's course, merged as a bundle's are: a union by id, so resending is safe. */
  function push(caller: ClassroomCaller, events: readonly ProgressEvent[]) {
    const row = member(caller);
    const own = row.sourceProfileId ?? row.profileId;
    if (events.some((e) => e.profileId !== own)) {
      throw new AppError(
        'FORBIDDEN',
        'A trainee can send only their own progress.',
        'ผู้เข้าอบรมส่งได้เฉพาะความก้าวหน้าของตนเอง',
      );
    }
    if (events.some((e) => e.courseId !== caller.courseId)) {
      throw new AppError(
        'FORBIDDEN',
        "Only progress in this classroom's course is taken here.",
        'รับเฉพาะความก้าวหน้าของหลักสูตรในห้องเรียนนี้',
      );
    }
    const accepted = db
      .transaction(() => deps.events.appendMany(events.map((e) => ({ ...e, profileId: row.profileId }))))
      .immediate();
    received.set(row.id, (received.get(row.id) ?? 0) + accepted);
    if (accepted > 0) noteArrival(caller.sessionId, row, events.at(-1)!.deviceId, accepted);
    return { accepted, duplicates: events.length - accepted };
  }

  /**
   * The roster's "progress last arrived" comes from the merge log, as for bundles; a row a minute per trainee (and one
   * when the classroom closes) keeps it current without a write for every event.
   */
  function noteArrival(sessionId: string, row: MemberRow, device: string, count: number): void {
    const seen = arrivals.get(row.id) ?? { profileId: row.profileId, device, pending: 0, loggedAt: 0 };
    seen.pending += count;
    seen.device = device;
    arrivals.set(row.id, seen);
    if (now().getTime() - seen.loggedAt >= ARRIVALS_LOGGED_EVERY_MS) logArrivals(sessionId, seen);
  }

  function logArrivals(
    sessionId: string,
    seen: { profileId: string; device: string; pending: number; loggedAt: number },
  ) {
    if (seen.pending === 0) return;
    mergeLog.record({
      profileId: seen.profileId,
      sessionId,
      sourceDevice: seen.device,
      kind: 'live',
      eventsNew: seen.pending,
      mergedAt: now().toISOString(),
    });
    seen.pending = 0;
    seen.loggedAt = now().getTime();
  }

  function answer(caller: ClassroomCaller, runId: string, choiceIds: string[]): MemberQuestion {
    const row = member(caller);
    const run = openDoorFor(caller.sessionId).run;
    if (!run || run.runId !== runId) {
      throw new AppError('CONFLICT', 'That question is no longer open.', 'ข้อนี้ปิดรับคำตอบแล้ว');
    }
    const problem = answerProblem(run, choiceIds);
    if (problem) throw new AppError('CONFLICT', problem.en, problem.th);
    run.answers.set(row.id, choiceIds);
    return memberQuestion(run, row.id)!;
  }

  async function live(sessionId: string): Promise<LiveClassroom> {
    const { courseId } = deps.sessionInfo(sessionId);
    const open = door?.sessionId === sessionId ? door : null;
    const pkg = library.get(courseId);
    const lessons = new Map(pkg.manifest.modules.flatMap((m) => m.lessons.map((l) => [l.id, l.title] as const)));
    const run = open?.run ?? null;
    const seenAfter = now().getTime() - PRESENT_MS;
    return {
      sessionId,
      door: open ? await doorView(open) : null,
      question: run ? trainerQuestionView(run) : null,
      eventsReceived: [...received.values()].reduce((a, b) => a + b, 0),
      revealed: [...(scored.get(sessionId) ?? new Map<string, Map<string, Set<string>>>())].map(([quizId, steps]) => ({
        quizId,
        questions: steps.size,
      })),
      members: members.positions(sessionId, courseId).map(({ member: m, position: p }) => {
        const seen = lastSeen.get(m.id) ?? null;
        const picked = run?.answers.get(m.id) ?? null;
        return {
          memberId: m.id,
          profileId: m.profileId,
          nameTh: p.nameTh,
          nameEn: p.nameEn,
          agency: p.agency,
          via: m.via,
          status: m.status,
          deviceName: m.deviceName,
          joinedAt: m.joinedAt,
          lastSeenAt: seen === null ? null : new Date(seen).toISOString(),
          isPresent: open !== null && seen !== null && seen > seenAfter,
          lessonsDone: p.lessonsDone,
          lessonsTotal: lessons.size,
          currentLesson: p.lastLessonId ? (lessons.get(p.lastLessonId) ?? null) : null,
          lastActivityAt: p.lastActivityAt,
          eventsReceived: received.get(m.id) ?? 0,
          answer: picked && run ? { choiceIds: picked, isCorrect: isCorrectAnswer(run.step, picked) } : null,
        };
      }),
    };
  }

  return {
    /** The transport that listens on the room's network, given once the door exists. */
    attachListener(listener: ClassroomListener) {
      listen = listener;
    },
    open,
    close,
    async rotateCode(sessionId: string): Promise<ClassroomDoor> {
      const open = openDoorFor(sessionId);
      open.code = newJoinCode();
      members.saveDoor(sessionId, open.port, open.code);
      return doorView(open);
    },
    live,
    async admit(sessionId: string, memberId: string, isAdmitted: boolean) {
      const row = members.byId(sessionId, memberId);
      if (!row) throw new AppError('NOT_FOUND', 'That trainee has not joined.', 'ไม่พบผู้เข้าอบรมรายนี้');
      db.transaction(() => {
        members.setStatus(sessionId, memberId, isAdmitted ? 'admitted' : 'declined');
        if (isAdmitted) deps.addToRoster(sessionId, row.profileId, 'walkIn');
      }).immediate();
      return live(sessionId);
    },
    async ask(sessionId: string, quizId: string, stepKey: string) {
      const open = openDoorFor(sessionId);
      const quiz = library.get(open.courseId).quizzes.get(quizId);
      const steps = quiz ? roomSteps(quiz.questions) : [];
      const index = steps.findIndex((s) => s.key === stepKey);
      if (index < 0) throw new AppError('NOT_FOUND', 'There is no such question.', 'ไม่พบคำถามนี้');
      if (open.run?.quizId !== quizId || open.run.step.key !== stepKey) {
        open.run = {
          runId: uuidv7(),
          quizId,
          step: steps[index]!,
          number: index + 1,
          total: steps.length,
          isRevealed: false,
          answers: new Map(),
        };
      }
      return live(sessionId);
    },
    async reveal(sessionId: string) {
      const open = openDoorFor(sessionId);
      const run = open.run;
      if (run && !run.isRevealed) {
        run.isRevealed = true;
        if (questionShape(run.step).kind !== 'aloud') recordScores(sessionId, run);
      }
      return live(sessionId);
    },
    /** The revealed questions' tallies go into the session's report, one row per trainee on the roster who joined. */
    async saveQuizResults(sessionId: string, quizId: string) {
      const steps = scored.get(sessionId)?.get(quizId);
      if (!steps || steps.size === 0) {
        throw new AppError(
          'CONFLICT',
          'No question of this quiz has been revealed yet.',
          'ยังไม่ได้เฉลยคำถามข้อใดของแบบทดสอบนี้',
        );
      }
      const joined = members
        .positions(sessionId, deps.sessionInfo(sessionId).courseId)
        .filter(({ member: m }) => members.isRostered(sessionId, m.profileId));
      deps.saveRoomResults(
        sessionId,
        quizId,
        joined.map(({ member: m }) => ({
          profileId: m.profileId,
          correct: [...steps.values()].filter((right) => right.has(m.profileId)).length,
          total: steps.size,
        })),
      );
      return live(sessionId);
    },
    async endQuestion(sessionId: string) {
      openDoorFor(sessionId).run = null;
      return live(sessionId);
    },
    admitCaller,
    join,
    state,
    push,
    answer,
    async closeAll() {
      if (door) await close(door.sessionId);
    },
  };
}
export type Hub = ReturnType<typeof createHub>;

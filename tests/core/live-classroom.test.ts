import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../electron/core/session.ts';
import { DATABASE_FILE } from '../../electron/core/data-dir.ts';
import { MAX_PENDING_WALK_INS } from '../../electron/core/live-classroom/hub-service.ts';
import { createClassroomDoor } from '../../electron/server/classroom-door.ts';
import { CHANNELS, CLASSROOM_DOOR_CHANNELS, type ChannelOutput } from '../../electron/shared/contract.ts';
import { JOIN_CODE_HEADER, MEMBER_TOKEN_HEADER } from '../../electron/shared/live-classroom.ts';
import { startBackend, type TestBackend } from '../support/backend.ts';
import { coursesFixture, QUIZ_LAB, SAMPLE_COURSE, tempDir } from '../support/temp.ts';

const t = tempDir('rian-live-classroom-');
const PASSPHRASE = 'วิทยากร ห้องเรียนสด 2569';
const KANYA = { nameTh: 'นางสาวกัญญา ตั้งใจ', nameEn: 'Ms Kanya Tangjai', agency: 'สพร.', position: 'นักวิชาการ' };
const LESSONS = ['m1-l1-personal-data', 'm1-l2-breach'] as const;

let hub: TestBackend;
let startHub: () => TestBackend;
let trainee: TestBackend;
let sessionId = '';
let door: ChannelOutput<'classroom.open'>;
let origin = '';

/** A bare request to the classroom door, as a browser or a stranger on the network would send it. */
async function post(channel: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

function eventIds(folder: string, sql: string, ...params: string[]): string[] {
  const db = new Database(join(t.dir, folder, DATABASE_FILE), { readonly: true });
  try {
    return db
      .prepare<string[], { id: string }>(sql)
      .all(...params)
      .map((r) => r.id)
      .sort();
  } finally {
    db.close();
  }
}
const hubEvents = (profileId: string) =>
  eventIds('hub', 'SELECT id FROM events WHERE profile_id = ? AND course_id = ?', profileId, QUIZ_LAB);
const traineeEvents = () => eventIds('trainee', 'SELECT id FROM events WHERE course_id = ?', QUIZ_LAB);

beforeAll(async () => {
  const renderer = join(t.dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><title>Rian</title></head></html>');
  const courses = coursesFixture(t.dir, [QUIZ_LAB, SAMPLE_COURSE]);
  startHub = () =>
    startBackend(join(t.dir, 'hub'), courses, undefined, {
      classroomPort: 0,
      classroomDoor: (dispatch, h) =>
        createClassroomDoor({ dispatch, hub: h, rendererDir: renderer, host: '127.0.0.1' }),
    });
  hub = startHub();
  trainee = startBackend(join(t.dir, 'trainee'), courses);
  await hub.call('trainer.setPassphrase', { passphrase: PASSPHRASE });
  const session = await hub.call('trainer.createSession', {
    courseId: QUIZ_LAB,
    title: 'รุ่นที่ 2 ห้องเรียนสด',
    venue: 'ห้อง 3',
    trainers: ['นางสาววิทยา สอนดี'],
    targetGroup: 'ผู้ประสานงาน',
    days: [{ date: '2026-12-01', start: '09:00', end: '16:00', split: false }],
    attendanceThreshold: 80,
  });
  sessionId = session.id;
  await hub.call('trainer.registerAtDoor', { sessionId, profile: KANYA });
  await trainee.call('profiles.create', KANYA);
});
afterAll(() => {
  hub.close();
  trainee.close();
  t.cleanup();
});

describe('the live classroom on the trainer’s laptop', () => {
  it('listens on nothing until the trainer opens it, then shows a port, a code and a QR code', async () => {
    await expect(fetch('http://127.0.0.1:1/api/hub.state', { method: 'POST' })).rejects.toThrow();
    door = await hub.call('classroom.open', { sessionId });
    origin = `http://127.0.0.1:${door.port}`;
    expect(door.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(door.joinLink).toMatch(new RegExp(`:${door.port}/#/join/${door.code}$`));
    expect(door.qrSvg).toContain('<svg');
    const page = await fetch(`${origin}/`);
    expect(await page.text()).toContain('<meta name="rian-classroom" content="1" />');
    expect(await hub.raw('classroom.open', { sessionId }, createSession())).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('lets a trainee’s own Rian join with the code, bound to their roster entry, and sends their progress', async () => {
    expect(await trainee.raw('classroom.join', { address: `127.0.0.1:${door.port}`, code: 'AAAAAA' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const joined = await trainee.call('classroom.join', { link: `${origin}/#/join/${door.code}` });
    expect(joined).toMatchObject({ status: 'roster', isOnline: true, pendingEvents: 0 });
    await trainee.call('progress.completeLesson', { courseId: QUIZ_LAB, lessonId: LESSONS[0] });
    expect((await trainee.call('classroom.membership', {}))!.pendingEvents).toBe(0);
    const live = await hub.call('classroom.live', { sessionId });
    const kanya = live.members.find((m) => m.nameEn === KANYA.nameEn)!;
    expect(kanya).toMatchObject({ via: 'rian', status: 'roster', isPresent: true, lessonsDone: 1, lessonsTotal: 2 });
    expect(kanya.currentLesson?.en).toBeTruthy();
    expect(hubEvents(kanya.profileId)).toEqual(traineeEvents());
    const roster = (await hub.call('trainer.session', { sessionId })).roster;
    expect(roster.find((r) => r.profile.id === kanya.profileId)!.lastMergedAt).not.toBeNull();
  });

  it('refuses every channel outside the classroom’s own, even to a joined trainee, and other courses', async () => {
    const joined = await post(
      'hub.join',
      { via: 'browser', profile: { ...KANYA, nameEn: 'Kanya Browser' } },
      { [JOIN_CODE_HEADER]: door.code },
    );
    expect(joined.status).toBe(200);
    const token = joined.body.data.memberToken as string;
    const outside = CHANNELS.filter((c) => !CLASSROOM_DOOR_CHANNELS.has(c));
    expect(outside.length).toBeGreaterThan(90);
    for (const channel of outside) {
      const answer = await post(channel, {}, { [MEMBER_TOKEN_HEADER]: token });
      expect(answer.body, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    // The passphrase, for one, is untouched.
    expect(await hub.call('trainer.status', {})).toMatchObject({ hasPassphrase: true });
    expect(
      (await post('courses.outline', { courseId: SAMPLE_COURSE }, { [MEMBER_TOKEN_HEADER]: token })).body,
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      (await post('courses.outline', { courseId: QUIZ_LAB }, { [MEMBER_TOKEN_HEADER]: token })).body,
    ).toMatchObject({ ok: true });
    // With only the join code, nothing but joining.
    expect((await post('hub.state', {}, { [JOIN_CODE_HEADER]: door.code })).body).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      (await post('courses.outline', { courseId: QUIZ_LAB }, { [JOIN_CODE_HEADER]: door.code })).body,
    ).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    // And the classroom's channels answer nobody through the app's own doors.
    expect(await hub.raw('hub.state', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('takes only a trainee’s own events, in bounded bodies, and a resent batch adds nothing', async () => {
    const joined = await post(
      'hub.join',
      { via: 'browser', profile: { nameTh: 'นายทดสอบ ส่งซ้ำ', nameEn: 'Mr Resend', agency: 'สพร.', position: 'x' } },
      { [JOIN_CODE_HEADER]: door.code },
    );
    const { memberToken, profileId } = joined.body.data as { memberToken: string; profileId: string };
    const auth = { [MEMBER_TOKEN_HEADER]: memberToken };
    const event = (n: number, owner = profileId) => ({
      id: `0193a000-0000-7000-8000-${String(n).padStart(12, '0')}`,
      profileId: owner,
      courseId: QUIZ_LAB,
      courseVersion: '1.0.0',
      lessonId: LESSONS[0],
      type: 'lesson.opened',
      deviceId: 'device-x',
      occurredAt: `2026-12-01T02:00:0${n}.000Z`,
      payload: {},
    });
    const foreign = await post('hub.push', { events: [event(1), event(2, 'somebody-else')] }, auth);
    expect(foreign.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(hubEvents(profileId)).toEqual([]);
    const batch = { events: [event(1), event(2), event(3)] };
    expect((await post('hub.push', batch, auth)).body).toMatchObject({
      ok: true,
      data: { accepted: 3, duplicates: 0 },
    });
    expect((await post('hub.push', batch, auth)).body).toMatchObject({
      ok: true,
      data: { accepted: 0, duplicates: 3 },
    });
    expect(hubEvents(profileId)).toHaveLength(3);
    const huge = await post('hub.push', JSON.stringify({ events: [event(4)], pad: 'x'.repeat(300_000) }), auth);
    expect(huge.status).toBe(413);
    const tooMany = await post('hub.push', { events: Array.from({ length: 501 }, (_, i) => event(i)) }, auth);
    expect(tooMany.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('puts a walk-in before the trainer, who admits one to the roster and declines another', async () => {
    const walkIn = (nameEn: string) =>
      post(
        'hub.join',
        { via: 'browser', profile: { nameTh: `นาย ${nameEn}`, nameEn, agency: 'SME', position: 'เจ้าของร้าน' } },
        { [JOIN_CODE_HEADER]: door.code },
      );
    const somchai = (await walkIn('Somchai Walkin')).body.data as { memberId: string; memberToken: string };
    const stranger = (await walkIn('Stranger Walkin')).body.data as { memberId: string; memberToken: string };
    let live = await hub.call('classroom.live', { sessionId });
    expect(live.members.find((m) => m.memberId === somchai.memberId)).toMatchObject({ status: 'pending' });
    await hub.call('classroom.admit', { sessionId, memberId: somchai.memberId, admit: true });
    live = await hub.call('classroom.admit', { sessionId, memberId: stranger.memberId, admit: false });
    expect(live.members.find((m) => m.memberId === somchai.memberId)).toMatchObject({ status: 'admitted' });
    const detail = await hub.call('trainer.session', { sessionId });
    expect(detail.roster.map((r) => r.profile.nameEn)).toContain('Somchai Walkin');
    expect(detail.roster.map((r) => r.profile.nameEn)).not.toContain('Stranger Walkin');
    const declined = { [MEMBER_TOKEN_HEADER]: stranger.memberToken };
    expect((await post('hub.state', {}, declined)).body).toMatchObject({ ok: true, data: { status: 'declined' } });
    expect((await post('courses.outline', { courseId: QUIZ_LAB }, declined)).status).toBe(403);
  });

  it('runs a live quiz: answers arrive as they come, and the reveal shows the room the answer and the tally', async () => {
    const member = (
      await post(
        'hub.join',
        { via: 'browser', profile: { nameTh: 'นางสาวตอบ ไว', nameEn: 'Ms Quick', agency: 'SME', position: 'x' } },
        { [JOIN_CODE_HEADER]: door.code },
      )
    ).body.data as { memberToken: string; memberId: string };
    const auth = { [MEMBER_TOKEN_HEADER]: member.memberToken };
    await hub.call('classroom.ask', { sessionId, quizId: 'm1-quiz', stepKey: 'q-single' });
    const asked = (await post('hub.state', {}, auth)).body.data.question;
    expect(asked).toMatchObject({ kind: 'single', isRevealed: false, correctIds: null, tally: null, myAnswer: null });
    expect(JSON.stringify(asked)).not.toContain('explanation":{');
    expect((await post('hub.answer', { runId: asked.runId, choiceIds: ['a', 'b'] }, auth)).body).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect((await post('hub.answer', { runId: asked.runId, choiceIds: ['b'] }, auth)).body.data.myAnswer).toEqual([
      'b',
    ]);
    const fromRian = await trainee.call('classroom.membership', {});
    await trainee.call('classroom.answer', { runId: fromRian!.question!.runId, choiceIds: ['a'] });
    let live = await hub.call('classroom.live', { sessionId });
    expect(live.question).toMatchObject({ answeredCount: 2, isRevealed: false });
    expect(live.question!.tally!.find((c) => c.choiceId === 'a')!.count).toBe(1);
    expect(live.members.find((m) => m.memberId === member.memberId)!.answer).toEqual({
      choiceIds: ['b'],
      isCorrect: false,
    });
    live = await hub.call('classroom.reveal', { sessionId });
    const revealed = (await post('hub.state', {}, auth)).body.data.question;
    expect(revealed).toMatchObject({ isRevealed: true, correctIds: ['a'], myAnswer: ['b'] });
    expect(revealed.explanation.en).toBeTruthy();
    expect((await post('hub.answer', { runId: asked.runId, choiceIds: ['a'] }, auth)).body).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // The revealed question's tally goes into the report for trainees on the roster (the walk-in is not yet).
    expect(live.revealed).toEqual([{ quizId: 'm1-quiz', questions: 1 }]);
    await hub.call('classroom.saveQuizResults', { sessionId, quizId: 'm1-quiz' });
    const report = await hub.call('trainer.report', { sessionId });
    const kanya = report.trainees.find((r) => r.nameEn === KANYA.nameEn)!;
    expect(kanya.roomQuizzes).toEqual([{ quizId: 'm1-quiz', correct: 1, total: 1 }]);
    expect(report.trainees.find((r) => r.nameEn === 'Ms Quick')).toBeUndefined();
    await hub.call('classroom.endQuestion', { sessionId });
    expect((await post('hub.state', {}, auth)).body.data.question).toBeNull();
  });

  it('keeps a trainee working when the hub goes away, and catches up exactly once when it is back', async () => {
    const port = door.port;
    await hub.call('classroom.close', { sessionId });
    await expect(fetch(`${origin}/`)).rejects.toThrow();
    await trainee.call('progress.completeLesson', { courseId: QUIZ_LAB, lessonId: LESSONS[1] });
    await trainee.call('progress.openLesson', { courseId: QUIZ_LAB, lessonId: LESSONS[0] });
    const offline = (await trainee.call('classroom.membership', {}))!;
    expect(offline.isOnline).toBe(false);
    expect(offline.pendingEvents).toBe(2);
    door = await hub.call('classroom.open', { sessionId });
    expect(door.port).toBe(port);
    const back = (await trainee.call('classroom.membership', {}))!;
    expect(back).toMatchObject({ isOnline: true, pendingEvents: 0 });
    const kanya = (await hub.call('classroom.live', { sessionId })).members.find((m) => m.nameEn === KANYA.nameEn)!;
    expect(kanya.lessonsDone).toBe(2);
    expect(hubEvents(kanya.profileId)).toEqual(traineeEvents());
  });

  it('refuses a guesser after ten wrong codes, and a rotated code, while members carry on', async () => {
    const wrong = await post('hub.join', {}, { [JOIN_CODE_HEADER]: 'AAAAAA' });
    expect(wrong.status).toBe(401);
    for (let i = 0; i < 9; i += 1) await post('hub.state', {}, { [MEMBER_TOKEN_HEADER]: `guess-${i}` });
    const limited = await post('hub.join', { via: 'browser', profile: KANYA }, { [JOIN_CODE_HEADER]: door.code });
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    // Reopening clears the count; rotating the code shuts the old one out but not those already in.
    await hub.call('classroom.close', { sessionId });
    door = await hub.call('classroom.open', { sessionId });
    const old = door.code;
    door = await hub.call('classroom.rotateCode', { sessionId });
    expect(door.code).not.toBe(old);
    expect((await post('hub.join', { via: 'browser', profile: KANYA }, { [JOIN_CODE_HEADER]: old })).status).toBe(401);
    expect((await trainee.call('classroom.membership', {}))!.isOnline).toBe(true);
  });
  it('comes back on the same address and code after the trainer’s Rian restarts, and members carry on', async () => {
    const before = door;
    hub.close();
    hub = startHub();
    await hub.call('trainer.unlock', { passphrase: PASSPHRASE });
    door = await hub.call('classroom.open', { sessionId });
    expect({ port: door.port, code: door.code }).toEqual({ port: before.port, code: before.code });
    await trainee.call('progress.openLesson', { courseId: QUIZ_LAB, lessonId: LESSONS[1] });
    expect(await trainee.call('classroom.membership', {})).toMatchObject({ isOnline: true, pendingEvents: 0 });
  });

  it('caps the walk-ins waiting at once, so one code holder cannot flood the trainer’s laptop', async () => {
    const waiting = (await hub.call('classroom.live', { sessionId })).members.filter((m) => m.status === 'pending');
    for (let i = waiting.length; i < MAX_PENDING_WALK_INS; i += 1) {
      const joined = await post(
        'hub.join',
        { via: 'browser', profile: { nameTh: `นาย ผู้รอ ${i}`, nameEn: `Waiting ${i}`, agency: 'x', position: 'y' } },
        { [JOIN_CODE_HEADER]: door.code },
      );
      expect(joined.status).toBe(200);
    }
    const over = await post(
      'hub.join',
      { via: 'browser', profile: { nameTh: 'นาย เกิน', nameEn: 'One Too Many', agency: 'x', position: 'y' } },
      { [JOIN_CODE_HEADER]: door.code },
    );
    expect(over.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await hub.call('trainer.findProfiles', { query: 'One Too Many' })).length).toBe(0);
  });
});

import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBundleMerger } from '../../electron/core/bundles/bundle-merge.ts';
import { readBundle } from '../../electron/core/bundles/bundle-reader.ts';
import { writeBundle } from '../../electron/core/bundles/bundle-writer.ts';
import { createDeviceKeySource } from '../../electron/core/bundles/device-key.ts';
import { createCertificateRepository } from '../../electron/core/certificates/certificate-repository.ts';
import { migrate } from '../../electron/core/db/migrate.ts';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.ts';
import { createEventRepository } from '../../electron/core/repositories/event-repository.ts';
import { createProfileRepository } from '../../electron/core/repositories/profile-repository.ts';
import type { Bundle, BundlePayload, BundleProfile } from '../../electron/shared/bundles/bundle-format.ts';
import type { ProgressEvent } from '../../electron/shared/progress.ts';

const PROFILES: BundleProfile[] = ['p1', 'p2', 'p3'].map((id, i) => ({
  id,
  nameTh: `ผู้เรียน ${i + 1}`,
  nameEn: `Learner ${i + 1}`,
  agency: 'สพร.',
  position: 'นักวิชาการ',
  email: null,
  employeeId: null,
  createdAt: '2026-11-20T00:00:00.000Z',
}));
const DEVICES = ['laptop-a', 'laptop-b', 'laptop-c', 'laptop-d'].map((id) => ({
  id,
  name: id.toUpperCase(),
  key: createDeviceKeySource({ load: () => null, save: () => {} })(),
}));

// Few distinct instants, courses and lessons, so ties and collisions between laptops are common.
const at = fc.integer({ min: 0, max: 30 }).map((s) => new Date(Date.UTC(2026, 10, 21, 9, 0, s)).toISOString());
const quizPayload = (type: string, attemptId: string, n: number): Record<string, unknown> => {
  if (type === 'quiz.started') {
    return { attemptId, quizId: 'q1', draw: { questionIds: ['x', 'y'], order: {} }, deadline: null };
  }
  if (type === 'quiz.answered') {
    return {
      attemptId,
      quizId: 'q1',
      questionId: n % 2 ? 'x' : 'y',
      answer: { kind: 'single', optionId: `o${n % 3}` },
    };
  }
  return {
    attemptId,
    quizId: 'q1',
    points: n % 3,
    maxPoints: 2,
    percent: (n % 3) * 50,
    passed: n % 3 === 2,
    timedOut: false,
  };
};
const eventArb = fc
  .record({
    id: fc.uuid({ version: 7 }),
    profileId: fc.constantFrom('p1', 'p2', 'p3'),
    courseId: fc.constantFrom('c1', 'c2'),
    lessonId: fc.option(fc.constantFrom('l1', 'l2', 'l3'), { nil: null }),
    type: fc.constantFrom(
      'lesson.opened',
      'lesson.completed',
      'course.completed',
      'quiz.started',
      'quiz.answered',
      'quiz.submitted',
    ),
    deviceId: fc.constantFrom('laptop-a', 'laptop-b', 'laptop-c', 'laptop-d'),
    occurredAt: at,
    n: fc.nat(5),
  })
  .map(({ n, ...e }): ProgressEvent => ({
    ...e,
    courseVersion: '1.0.0',
    type: e.type as ProgressEvent['type'],
    payload: e.type.startsWith('quiz.') ? quizPayload(e.type, `${e.profileId}-${e.courseId}-a${n % 2}`, n) : {},
  }));
const attendanceArb = fc.record({
  profileId: fc.constantFrom('p1', 'p2', 'p3'),
  day: fc.constantFrom('2026-11-21', '2026-11-22'),
  part: fc.constantFrom('morning', 'afternoon'),
  status: fc.constantFrom('present', 'late', 'absent'),
  markedAt: at,
});

/** An attempt starts once, on one laptop (its id is new at each start); answers and submissions may repeat. */
function oneStartPerAttempt<T extends { event: ProgressEvent }>(events: T[]): T[] {
  const started = new Set<unknown>();
  return events.filter(({ event }) => {
    if (event.type !== 'quiz.started') return true;
    const isFirst = !started.has(event.payload.attemptId);
    started.add(event.payload.attemptId);
    return isFirst;
  });
}

/** Events spread over 2–4 laptops (an event may be on several), each laptop with its optional session bundle. */
const scenarioArb = fc.integer({ min: 2, max: 4 }).chain((deviceCount) =>
  fc.record({
    deviceCount: fc.constant(deviceCount),
    events: fc
      .uniqueArray(fc.record({ event: eventArb, on: fc.uniqueArray(fc.nat(deviceCount - 1), { minLength: 1 }) }), {
        selector: (e) => e.event.id,
        maxLength: 40,
      })
      .map(oneStartPerAttempt),
    sessions: fc.array(
      fc.option(fc.record({ title: fc.constantFrom('A', 'B'), updatedAt: at, attendance: fc.array(attendanceArb) })),
      { minLength: deviceCount, maxLength: deviceCount },
    ),
  }),
);
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

function openDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, null);
  return db;
}

/** Bundles pass through their files: signed, packed, read and checked, as on a real USB stick. */
function viaFile(content: Pick<Bundle, 'kind' | 'payload'>, device: (typeof DEVICES)[number]): Bundle {
  const file = writeBundle(content, device, {
    createdAt: '2026-11-21T12:00:00.000Z',
    appVersion: 'test',
    fileStem: 'x',
  });
  const read = readBundle(Buffer.from(file.base64, 'base64'));
  if (!read.ok) throw new Error(read.reason.message.en);
  return read.bundle;
}

function bundlesOf(s: Scenario): Bundle[] {
  return DEVICES.slice(0, s.deviceCount).flatMap((device, d) => {
    const events = s.events.filter((e) => e.on.includes(d)).map((e) => e.event);
    const learner = PROFILES.filter((p) => events.some((e) => e.profileId === p.id)).map((p) =>
      viaFile(
        {
          kind: 'learner',
          payload: { profiles: [p], events: events.filter((e) => e.profileId === p.id), certificates: [] },
        },
        device,
      ),
    );
    const session = s.sessions[d];
    if (!session) return learner;
    const payload: BundlePayload = {
      profiles: PROFILES,
      events,
      certificates: [],
      session: {
        id: 's1',
        courseId: 'c1',
        title: session.title,
        venue: 'ห้อง 1',
        trainers: '["วิทยากร"]',
        targetGroup: 'ข้าราชการ',
        days: '[]',
        attendanceThreshold: 80,
        plan: null,
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: session.updatedAt,
      },
      roster: PROFILES.map((p) => ({ profileId: p.id, source: 'manual', addedAt: session.updatedAt })),
      attendance: session.attendance,
    };
    return [...learner, viaFile({ kind: 'session', payload }, device)];
  });
}

function mergeAll(bundles: Bundle[]) {
  const db = openDb();
  const merger = createBundleMerger({
    db,
    events: createEventRepository(db),
    profiles: createProfileRepository(db),
    certificates: createCertificateRepository(db),
    now: () => new Date('2026-11-22T00:00:00.000Z'),
  });
  for (const bundle of bundles) merger.merge(bundle, null);
  return db;
}

/** Everything merging must agree on: the log (without its local sequence numbers), every rollup, the session. */
function records(db: Database.Database, withSession: boolean) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    events: all(
      'SELECT id, profile_id, course_id, course_version, lesson_id, type, device_id, occurred_at, payload FROM events ORDER BY id',
    ),
    enrolments: all('SELECT * FROM enrolments ORDER BY profile_id, course_id'),
    completions: all('SELECT * FROM lesson_completions ORDER BY profile_id, course_id, lesson_id'),
    attempts: all('SELECT * FROM quiz_attempts ORDER BY attempt_id'),
    answers: all('SELECT * FROM attempt_answers ORDER BY attempt_id, question_id'),
    windows: all('SELECT * FROM activity_windows ORDER BY profile_id, course_id, window'),
    ...(withSession
      ? {
          sessions: all('SELECT * FROM classroom_sessions'),
          roster: all('SELECT * FROM session_roster ORDER BY profile_id'),
          attendance: all('SELECT * FROM attendance ORDER BY profile_id, day, part'),
        }
      : {}),
  };
}

/** The truth to compare with: every distinct event appended once, straight into the log. */
function appendedOnce(s: Scenario) {
  const db = openDb();
  const profiles = createProfileRepository(db);
  for (const p of PROFILES) profiles.insert({ ...p, hasPin: false, pinHash: null, lastUsedAt: null });
  createEventRepository(db).appendMany(s.events.map((e) => e.event));
  return db;
}

/** An import order: every bundle once in a shuffled order (by sort keys), then some imported again. */
const MAX_BUNDLES = 16;
const orderArb = fc.record({
  keys: fc.array(fc.nat(), { minLength: MAX_BUNDLES, maxLength: MAX_BUNDLES }),
  again: fc.array(fc.nat(MAX_BUNDLES - 1), { maxLength: 6 }),
});
function inOrder(bundles: Bundle[], { keys, again }: { keys: number[]; again: number[] }): Bundle[] {
  const shuffled = bundles.map((b, i) => ({ b, key: keys[i]! })).sort((x, y) => x.key - y.key);
  return [...shuffled.map((x) => x.b), ...again.filter((i) => i < bundles.length).map((i) => bundles[i]!)];
}

describe('merging progress bundles', () => {
  it('gives the same log and rollups as appending every event once, in any order, any number of times', () => {
    fc.assert(
      fc.property(scenarioArb, orderArb, orderArb, (s, a, b) => {
        const bundles = bundlesOf(s);
        const first = mergeAll(inOrder(bundles, a));
        const second = mergeAll(inOrder(bundles, b));
        const truth = appendedOnce(s);
        expect(records(first, false)).toEqual(records(truth, false));
        expect(records(first, true)).toEqual(records(second, true));
        for (const db of [first, second, truth]) db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('adds nothing the second time, and says so', () => {
    const s: Scenario = {
      deviceCount: 2,
      events: fc
        .sample(eventArb, { numRuns: 30, seed: 7 })
        .map((event, i) => ({ event: { ...event, id: `e-${i}` }, on: [i % 2] })),
      sessions: [null, null],
    };
    const bundles = bundlesOf(s);
    const db = openDb();
    const merger = createBundleMerger({
      db,
      events: createEventRepository(db),
      profiles: createProfileRepository(db),
      certificates: createCertificateRepository(db),
      now: () => new Date('2026-11-22T00:00:00.000Z'),
    });
    const firstTime = bundles.map((b) => merger.merge(b, null).eventsNew);
    expect(firstTime.reduce((x, y) => x + y, 0)).toBe(30);
    expect(bundles.map((b) => merger.preview(b, null).eventsNew)).toEqual(bundles.map(() => 0));
    const before = records(db, true);
    expect(bundles.map((b) => merger.merge(b, null).eventsNew)).toEqual(bundles.map(() => 0));
    expect(records(db, true)).toEqual(before);
    db.close();
  });
});

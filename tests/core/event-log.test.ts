import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventRepository } from '../../electron/core/repositories/event-repository.ts';
import { startBackend, SOMSRI, type TestBackend } from '../support/backend.ts';
import { coursesFixture, SAMPLE_COURSE, tempDir } from '../support/temp.ts';
import Database from 'better-sqlite3';
import { join } from 'node:path';

let backend: TestBackend;
let cleanup = () => {};
let dataDir = '';
const LESSONS = [
  'm1-l1-passphrases-password-managers',
  'm1-l2-multi-factor-authentication',
  'm2-l1-phishing-and-scams',
  'm2-l2-updates-backups-reporting',
];

beforeEach(async () => {
  const t = tempDir();
  dataDir = t.dir;
  backend = startBackend(t.dir, coursesFixture(t.dir));
  cleanup = () => {
    backend.close();
    t.cleanup();
  };
  await backend.call('profiles.create', SOMSRI);
});
afterEach(() => cleanup());

function eventsTable() {
  const db = new Database(join(dataDir, 'rian.sqlite'), { readonly: true });
  const rows = db
    .prepare<[], { id: string; type: string; device_id: string; course_version: string; lesson_id: string | null }>(
      'SELECT id, type, device_id, course_version, lesson_id FROM events ORDER BY id',
    )
    .all();
  db.close();
  return rows;
}

describe('the progress event log', () => {
  it('records each action as an event with a UUIDv7 id, the device and the course version', async () => {
    await backend.call('progress.openLesson', { courseId: SAMPLE_COURSE, lessonId: LESSONS[0]! });
    await backend.call('progress.completeLesson', { courseId: SAMPLE_COURSE, lessonId: LESSONS[0]! });
    const rows = eventsTable();
    expect(rows.map((r) => r.type)).toEqual(['lesson.opened', 'lesson.completed']);
    for (const r of rows) {
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(r.course_version).toBe('1.0.0');
      expect(r.device_id).toBe(rows[0]!.device_id);
    }
  });

  it('updates the rollups in the same call, so progress is right at once', async () => {
    const p = await backend.call('progress.completeLesson', { courseId: SAMPLE_COURSE, lessonId: LESSONS[1]! });
    expect(p).toMatchObject({ percent: 25, status: 'inProgress', completedLessonIds: [LESSONS[1]] });
    const catalog = await backend.call('catalog.list', {});
    expect(catalog.courses.find((c) => c.id === SAMPLE_COURSE)?.progress.percent).toBe(25);
  });

  it('records a lesson completion once, however often the button is pressed', async () => {
    for (let i = 0; i < 3; i++)
      await backend.call('progress.completeLesson', { courseId: SAMPLE_COURSE, lessonId: LESSONS[0]! });
    expect(eventsTable().filter((r) => r.type === 'lesson.completed')).toHaveLength(1);
  });

  it('records course.completed exactly when the last required lesson is completed', async () => {
    let p;
    for (const lessonId of LESSONS)
      p = await backend.call('progress.completeLesson', { courseId: SAMPLE_COURSE, lessonId });
    expect(p).toMatchObject({ status: 'completed', percent: 100 });
    expect(p!.completedAt).not.toBeNull();
    await backend.call('progress.completeLesson', { courseId: SAMPLE_COURSE, lessonId: LESSONS[0]! });
    expect(eventsTable().filter((r) => r.type === 'course.completed')).toHaveLength(1);
  });

  it('can rebuild every rollup from the log alone, with the same result', async () => {
    for (const lessonId of LESSONS.slice(0, 3))
      await backend.call('progress.completeLesson', { courseId: SAMPLE_COURSE, lessonId });
    await backend.call('progress.openLesson', { courseId: SAMPLE_COURSE, lessonId: LESSONS[3]! });
    const before = await backend.call('courses.outline', { courseId: SAMPLE_COURSE });
    backend.close();
    const db = new Database(join(dataDir, 'rian.sqlite'));
    createEventRepository(db).rebuildRollups();
    db.close();
    backend = startBackend(dataDir, join(dataDir, 'courses'));
    const profile = (await backend.call('profiles.list', {}))[0]!;
    await backend.call('session.signIn', { profileId: profile.id });
    expect((await backend.call('courses.outline', { courseId: SAMPLE_COURSE })).progress).toEqual(before.progress);
  });

  it('ignores an event it already has (merging the same log twice changes nothing)', () => {
    backend.close();
    const db = new Database(join(dataDir, 'rian.sqlite'));
    const repo = createEventRepository(db);
    const profileId = db.prepare<[], { id: string }>('SELECT id FROM profiles').get()!.id;
    const event = {
      id: '019a0000-0000-7000-8000-000000000001',
      profileId,
      courseId: SAMPLE_COURSE,
      courseVersion: '1.0.0',
      lessonId: LESSONS[0]!,
      type: 'lesson.completed' as const,
      deviceId: 'other-laptop',
      occurredAt: '2026-11-20T01:00:00.000Z',
      payload: {},
    };
    expect(repo.append(event)).toBe(true);
    expect(repo.append(event)).toBe(false);
    expect(repo.completedLessons(profileId, SAMPLE_COURSE)).toEqual(new Set([LESSONS[0]]));
    db.close();
    backend = startBackend(dataDir, join(dataDir, 'courses'));
  });

  it('rejects learner calls for lessons that do not exist, recording nothing', async () => {
    const result = await backend.raw('progress.completeLesson', {
      courseId: SAMPLE_COURSE,
      lessonId: 'no-such-lesson',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(eventsTable()).toHaveLength(0);
  });

  it('remembers where the learner was, including the scroll position', async () => {
    await backend.call('progress.openLesson', { courseId: SAMPLE_COURSE, lessonId: LESSONS[2]! });
    await backend.call('progress.saveScroll', { courseId: SAMPLE_COURSE, lessonId: LESSONS[2]!, scroll: 0.6 });
    expect(await backend.call('progress.resumePoint', {})).toEqual({
      courseId: SAMPLE_COURSE,
      lessonId: LESSONS[2],
      scroll: 0.6,
    });
    await backend.call('progress.openLesson', { courseId: SAMPLE_COURSE, lessonId: LESSONS[2]! });
    expect((await backend.call('progress.resumePoint', {}))?.scroll).toBe(0.6);
  });
});

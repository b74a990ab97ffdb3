import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RECORD_SORT } from '../../electron/shared/records.ts';
import { SOMSRI, startBackend, type TestBackend } from '../support/backend.ts';
import { completeQuizLab } from '../support/quiz-lab.ts';
import { coursesFixture, QUIZ_LAB, SAMPLE_COURSE, tempDir } from '../support/temp.ts';

const t = tempDir('rian-learner-admin-');
const courses = coursesFixture(t.dir, [QUIZ_LAB, SAMPLE_COURSE]);
let backend: TestBackend;
let dataDir = '';
let run = 0;

beforeEach(async () => {
  dataDir = join(t.dir, `data-${run++}`);
  backend = startBackend(dataDir, courses);
  await backend.call('admin.setPassphrase', { passphrase: 'ผู้ดูแลระบบ 2569' });
});
afterEach(() => backend.close());
afterAll(() => t.cleanup());

/** Counted straight from the file, so the checks do not rest on the code under test. */
function countRows(table: 'events' | 'quiz_attempts' | 'certificates', profileId: string): number {
  const db = new Database(join(dataDir, 'rian.sqlite'), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE profile_id = ?`).get(profileId) as { n: number }).n;
  } finally {
    db.close();
  }
}
const recordsFor = async (query: string) =>
  (await backend.call('admin.records', { filter: { query }, sort: DEFAULT_RECORD_SORT, offset: 0, limit: 50 })).rows;

/** The same person twice: once on the laptop's first day, once again later under a differently spelt name. */
async function twoProfilesOfSomsri({ bothComplete }: { bothComplete: boolean }) {
  const first = await backend.call('profiles.create', SOMSRI);
  await backend.call('progress.completeLesson', { courseId: QUIZ_LAB, lessonId: 'm1-l1-personal-data' });
  await backend.call('progress.openLesson', {
    courseId: SAMPLE_COURSE,
    lessonId: 'm1-l1-passphrases-password-managers',
  });
  if (bothComplete) await completeQuizLab(backend);
  const second = await backend.call('profiles.create', { ...SOMSRI, nameEn: 'Ms Somsri Jaidee (2)', email: '' });
  await completeQuizLab(backend);
  return { first, second };
}

describe('merging two profiles of the same person', () => {
  it('keeps every event, moves attempts and certificates, and leaves one learner in the records', async () => {
    const { first, second } = await twoProfilesOfSomsri({ bothComplete: false });
    const before = {
      events: countRows('events', first.id) + countRows('events', second.id),
      attempts: countRows('quiz_attempts', first.id) + countRows('quiz_attempts', second.id),
      certificates: countRows('certificates', second.id),
    };
    expect(before.certificates).toBe(1);
    expect(await recordsFor('สมศรี')).toHaveLength(4);

    const secondEvents = countRows('events', second.id);
    const { eventsMoved } = await backend.call('admin.mergeLearners', { keepId: first.id, mergeId: second.id });
    expect(eventsMoved).toBe(secondEvents);
    expect(countRows('events', first.id)).toBe(before.events);
    expect(countRows('events', second.id)).toBe(0);
    expect(countRows('quiz_attempts', first.id)).toBe(before.attempts);
    expect(countRows('certificates', first.id)).toBe(1);

    const detail = await backend.call('admin.learner', { id: first.id });
    expect(detail.profile).toMatchObject({ nameEn: 'Ms Somsri Jaidee', email: SOMSRI.email });
    expect(detail.eventCount).toBe(before.events);
    expect(detail.certificates).toMatchObject([{ courseId: QUIZ_LAB, revoked: false, superseded: false }]);
    expect(detail.attempts.length).toBe(before.attempts);
    expect(await backend.raw('admin.learner', { id: second.id })).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await backend.call('profiles.list', {})).map((p) => p.id)).toEqual([first.id]);
    // The merged profile was the one signed in on this laptop: the session follows it to the kept one.
    expect(await backend.call('session.current', {})).toMatchObject({ id: first.id });

    const records = await recordsFor('สมศรี');
    expect(records.map((r) => [r.learnerId, r.courseId, r.status])).toEqual(
      expect.arrayContaining([
        [first.id, QUIZ_LAB, 'completed'],
        [first.id, SAMPLE_COURSE, 'inProgress'],
      ]),
    );
    expect(records).toHaveLength(2);
    expect(await backend.call('admin.auditLog', {})).toContainEqual(
      expect.objectContaining({ action: 'learners.merge', detail: expect.objectContaining({ keepId: first.id }) }),
    );
  });

  it('keeps both certificates when both profiles earned one, the merged one superseded', async () => {
    const { first, second } = await twoProfilesOfSomsri({ bothComplete: true });
    const events = countRows('events', first.id) + countRows('events', second.id);
    await backend.call('admin.mergeLearners', { keepId: first.id, mergeId: second.id });
    expect(countRows('events', first.id)).toBe(events);
    const { certificates } = await backend.call('admin.learner', { id: first.id });
    expect(certificates.map((c) => c.superseded).sort()).toEqual([false, true]);
    expect(await recordsFor('สมศรี')).toHaveLength(2);
  });

  it('refuses to merge a profile with itself or with one that does not exist', async () => {
    const one = await backend.call('profiles.create', SOMSRI);
    expect(await backend.raw('admin.mergeLearners', { keepId: one.id, mergeId: one.id })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await backend.raw('admin.mergeLearners', { keepId: one.id, mergeId: 'no-such-id' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(await backend.call('profiles.list', {})).toHaveLength(1);
  });
});

describe('deleting a learner', () => {
  it('needs the learner’s name typed again, then removes them and their learning record', async () => {
    const kept = await backend.call('profiles.create', { ...SOMSRI, nameTh: 'นายกิ๊ก ฤๅชา', nameEn: 'Mr Kik Ruecha' });
    const gone = await backend.call('profiles.create', SOMSRI);
    await completeQuizLab(backend);
    expect(countRows('events', gone.id)).toBeGreaterThan(0);

    for (const confirmName of ['Mr Kik Ruecha', 'Ms Somsri', 'สมศรี']) {
      expect(await backend.raw('admin.deleteLearner', { id: gone.id, confirmName })).toMatchObject({
        error: { code: 'INVALID_INPUT', fields: ['confirmName'] },
      });
    }
    expect(countRows('events', gone.id)).toBeGreaterThan(0);

    expect(await backend.call('admin.deleteLearner', { id: gone.id, confirmName: '  ms somsri jaidee ' })).toBeNull();
    expect(await backend.call('session.current', {})).toBeNull();
    expect((await backend.call('profiles.list', {})).map((p) => p.id)).toEqual([kept.id]);
    expect(countRows('events', gone.id)).toBe(0);
    expect(countRows('certificates', gone.id)).toBe(0);
    expect(await recordsFor('สมศรี')).toEqual([]);
    expect(await backend.raw('admin.learner', { id: gone.id })).toMatchObject({ error: { code: 'NOT_FOUND' } });

    expect(await backend.call('admin.deleteLearner', { id: kept.id, confirmName: 'นายกิ๊ก ฤๅชา' })).toBeNull();
    expect(await backend.call('profiles.list', {})).toEqual([]);
  });
});

describe('editing a learner', () => {
  it('saves corrected details, checks them with the profile rules and keeps employee ids unique', async () => {
    const somsri = await backend.call('profiles.create', SOMSRI);
    const other = await backend.call('profiles.create', {
      ...SOMSRI,
      nameTh: 'นายกิ๊ก ฤๅชา',
      nameEn: 'Mr Kik Ruecha',
      employeeId: 'EMP-7',
    });
    const edit = {
      id: somsri.id,
      nameTh: 'นางสมศรี ใจดี',
      nameEn: 'Mrs Somsri Jaidee',
      agency: 'สำนักงานพัฒนารัฐบาลดิจิทัล',
      position: 'ผู้อำนวยการกอง',
      email: '',
      employeeId: 'EMP-8',
    };
    expect(await backend.call('admin.updateLearner', edit)).toMatchObject({ ...edit, email: null });
    expect(await backend.call('admin.findLearners', { query: 'นางสมศรี' })).toMatchObject([{ id: somsri.id }]);

    expect(await backend.raw('admin.updateLearner', { ...edit, nameEn: ' ', email: 'x@' })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await backend.raw('admin.updateLearner', { ...edit, employeeId: 'EMP-7' })).toMatchObject({
      error: { code: 'CONFLICT', fields: ['employeeId'] },
    });
    expect((await backend.call('admin.learner', { id: other.id })).profile.employeeId).toBe('EMP-7');
    expect((await backend.call('admin.learner', { id: somsri.id })).profile.employeeId).toBe('EMP-8');
  });
});

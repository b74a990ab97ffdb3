import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../electron/shared/assessment/answers.ts';
import type { AttemptView } from '../../electron/shared/assessment/attempt-view.ts';
import { startBackend, SOMSRI, type TestBackend } from '../support/backend.ts';
import { answerAll as answerAllWith, QUIZ_LAB_ANSWERS } from '../support/quiz-lab.ts';
import { coursesFixture, QUIZ_LAB, tempDir } from '../support/temp.ts';

const RIGHT = QUIZ_LAB_ANSWERS;

let clock = new Date('2026-11-21T02:00:00.000Z');
let backend: TestBackend;
let dir = '';
let cleanup = () => {};
beforeEach(async () => {
  clock = new Date('2026-11-21T02:00:00.000Z');
  const t = tempDir();
  dir = t.dir;
  backend = startBackend(t.dir, coursesFixture(t.dir, [QUIZ_LAB]), () => clock);
  cleanup = () => {
    backend.close();
    t.cleanup();
  };
  await backend.call('profiles.create', SOMSRI);
});
afterEach(() => cleanup());

const answerAll = (view: AttemptView, pick: (id: string) => Answer | null) => answerAllWith(backend, view, pick);

describe('taking a quiz', () => {
  it('presents every question type without the answer key, in a stored order', async () => {
    const view = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'm1-quiz' });
    expect(new Set(view.questions.map((q) => q.type))).toEqual(
      new Set(['single', 'multiple', 'trueFalse', 'matching', 'ordering', 'shortText', 'scenario']),
    );
    expect(JSON.stringify(view.questions)).not.toMatch(/"answer"|"accepted"|"explanation"/);
    const again = await backend.call('quizzes.attempt', { attemptId: view.attemptId });
    expect(again.questions).toEqual(view.questions);
  });

  it('fails a weak attempt, shows explanations, then passes a retake', async () => {
    const first = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'm1-quiz' });
    await answerAll(first, (id) => (id === 'q-single' || id === 'q-short' ? RIGHT[id]! : null));
    const failed = await backend.call('quizzes.submit', { attemptId: first.attemptId });
    expect(failed.result).toMatchObject({ passed: false, maxPoints: 8, points: 2, percent: 25 });
    expect(failed.result?.review?.['q-ordering']).toMatchObject({ credit: 0, correct: RIGHT['q-ordering'] });
    expect(failed.result?.review?.['q-short']?.accepted).toContain('PDPA');

    const second = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'm1-quiz' });
    await answerAll(second, (id) => RIGHT[id] ?? null);
    const passed = await backend.call('quizzes.submit', { attemptId: second.attemptId });
    expect(passed.result).toMatchObject({ passed: true, percent: 100 });
    const overview = await backend.call('quizzes.overview', { courseId: QUIZ_LAB, quizId: 'm1-quiz' });
    expect(overview).toMatchObject({ passed: true, bestPercent: 100 });
    expect(overview.attempts).toHaveLength(2);
  });

  it('keeps answers saved before a crash, and resumes the same attempt', async () => {
    const view = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'm1-quiz' });
    await backend.call('quizzes.answer', {
      attemptId: view.attemptId,
      questionId: 'q-single',
      answer: RIGHT['q-single']!,
    });
    backend.close();
    backend = startBackend(dir, join(dir, 'courses'), () => clock);
    await backend.call('session.resume', {});
    const overview = await backend.call('quizzes.overview', { courseId: QUIZ_LAB, quizId: 'm1-quiz' });
    expect(overview.verdict).toEqual({ canStart: false, reason: 'inProgress', attemptId: view.attemptId });
    const resumed = await backend.call('quizzes.attempt', { attemptId: view.attemptId });
    expect(resumed.answers['q-single']).toEqual(RIGHT['q-single']);
  });

  it('rejects answers that do not fit the question, and answers after submission', async () => {
    const view = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'm1-quiz' });
    const bad = [
      { questionId: 'q-single', answer: { kind: 'single', optionId: 'zzz' } },
      { questionId: 'q-single', answer: { kind: 'trueFalse', value: true } },
      { questionId: 'q-ordering', answer: { kind: 'ordering', itemIds: ['contain', 'contain', 'notify'] } },
      { questionId: 'not-in-quiz', answer: { kind: 'trueFalse', value: true } },
    ];
    for (const b of bad) {
      const result = await backend.raw('quizzes.answer', { attemptId: view.attemptId, ...b });
      expect(result.ok).toBe(false);
    }
    await backend.call('quizzes.submit', { attemptId: view.attemptId });
    expect(
      await backend.raw('quizzes.answer', {
        attemptId: view.attemptId,
        questionId: 'q-single',
        answer: RIGHT['q-single'],
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('never lets one learner see or answer another learner’s attempt', async () => {
    const view = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'm1-quiz' });
    await backend.call('profiles.create', { ...SOMSRI, nameTh: 'นายกิ๊ก', nameEn: 'Mr Kik' });
    expect(await backend.raw('quizzes.attempt', { attemptId: view.attemptId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('the final exam', () => {
  it('submits itself when the time limit passes, even across a restart, and counts what was saved', async () => {
    const view = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'final-exam' });
    expect(view.deadline).toBe('2026-11-21T02:20:00.000Z');
    await answerAll(view, (id) => RIGHT[id] ?? null);
    backend.close();
    clock = new Date('2026-11-21T02:25:00.000Z');
    backend = startBackend(dir, join(dir, 'courses'), () => clock);
    await backend.call('session.resume', {});
    const after = await backend.call('quizzes.attempt', { attemptId: view.attemptId });
    expect(after.result).toMatchObject({ timedOut: true, passed: true, percent: 100 });
  });

  it('hides explanations after a fail (review after pass) and stops at the attempt limit', async () => {
    for (let i = 0; i < 3; i++) {
      const view = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'final-exam' });
      const failed = await backend.call('quizzes.submit', { attemptId: view.attemptId });
      expect(failed.result).toMatchObject({ passed: false, review: null });
    }
    expect(await backend.raw('quizzes.start', { courseId: QUIZ_LAB, quizId: 'final-exam' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('completes the course when the last requirement (lessons, then the exam) is met', async () => {
    const lessons = ['m1-l1-personal-data', 'm1-l2-breach'];
    for (const lessonId of lessons) await backend.call('progress.completeLesson', { courseId: QUIZ_LAB, lessonId });
    expect((await backend.call('courses.outline', { courseId: QUIZ_LAB })).progress).toMatchObject({
      status: 'inProgress',
      percent: 66,
    });
    const view = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'final-exam' });
    await answerAll(view, (id) => RIGHT[id] ?? null);
    const done = await backend.call('quizzes.submit', { attemptId: view.attemptId });
    expect(done.progress).toMatchObject({ status: 'completed', percent: 100 });
    const outline = await backend.call('courses.outline', { courseId: QUIZ_LAB });
    expect(outline.finalExam).toMatchObject({ passed: true, bestPercent: 100, required: true });
    expect(outline.modules[0]!.quiz).toMatchObject({ id: 'm1-quiz', passed: false, required: false });
  });
});

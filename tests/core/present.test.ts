import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, unlockRole } from '../../electron/core/session.ts';
import { CHANNELS, contract } from '../../electron/shared/contract.ts';
import { startBackend, SOMSRI, type TestBackend } from '../support/backend.ts';
import { coursesFixture, tempDir } from '../support/temp.ts';

const COURSE = 'train-the-trainer-ecommerce';
const LESSON = { courseId: COURSE, lessonId: 'm1-l1-andragogy' };
const QUIZ = { courseId: COURSE, quizId: 'm1-quiz' };
const PRESENT_CHANNELS = CHANNELS.filter((c) => c.startsWith('present.'));
const inputs: Record<string, unknown> = {
  'present.outline': { courseId: COURSE },
  'present.lesson': LESSON,
  'present.quiz': QUIZ,
};

const t = tempDir('rian-present-');
let backend: TestBackend;
beforeAll(async () => {
  backend = startBackend(t.dir, coursesFixture(t.dir, [COURSE]));
  await backend.call('profiles.create', SOMSRI);
});
afterAll(() => {
  backend.close();
  t.cleanup();
});

describe('presenting to a room', () => {
  it('is for trainers only: a signed-in learner, and a stranger, are refused every present channel', async () => {
    expect(PRESENT_CHANNELS).toEqual(['present.outline', 'present.lesson', 'present.quiz']);
    for (const channel of PRESENT_CHANNELS) {
      expect(contract[channel].role, channel).toBe('trainer');
      expect(await backend.raw(channel, inputs[channel]), channel).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await backend.raw(channel, inputs[channel], createSession()), channel).toMatchObject({
        error: { code: 'FORBIDDEN' },
      });
    }
  });

  it('gives an unlocked trainer the lesson as matching Thai and English slides, with the facilitator notes', async () => {
    await backend.call('trainer.setPassphrase', { passphrase: 'วิทยากร ห้องเรียน 2569' });
    const lesson = await backend.call('present.lesson', LESSON);
    expect(lesson.title.en).toBe('Andragogy: how adults learn');
    expect(lesson.facilitatorNotes?.th).toMatch(/45 นาที/);
    expect(lesson.slides.length).toBeGreaterThan(5);
    expect(lesson.slides.map((s) => s.th.continued)).toEqual(lesson.slides.map((s) => s.en.continued));
    expect(lesson.slides[1]!.en.heading).toBe('The six principles of andragogy');
    expect(lesson.slides[1]!.th.heading).toBe('หลักการเรียนรู้ของผู้ใหญ่หกข้อ');
    expect(lesson.previousLessonId).toBeNull();
    expect(lesson.nextLessonId).toBe('m1-l2-experiential-learning-cycle');
    expect(lesson.outline.modules[0]!.quiz).toEqual({ id: 'm1-quiz', title: expect.anything() });
    expect(lesson.outline.finalExam?.id).toBe('final-exam');
  });

  it('gives an unlocked trainer every question with its answer and explanation', async () => {
    const quiz = await backend.call('present.quiz', QUIZ);
    expect(quiz.questions.length).toBeGreaterThan(3);
    for (const q of quiz.questions) {
      if (q.type === 'scenario') continue;
      expect(q.explanation.th.length).toBeGreaterThan(0);
      expect('answer' in q || 'pairs' in q || 'items' in q || 'accepted' in q).toBe(true);
    }
    expect(await backend.raw('present.quiz', { ...QUIZ, quizId: 'no-such-quiz' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(await backend.raw('present.lesson', { ...LESSON, lessonId: 'no-such-lesson' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });

  it('lets an unlocked admin present too, and refuses again once the trainer locks', async () => {
    await backend.call('trainer.lock', {});
    expect(await backend.raw('present.lesson', LESSON)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const admin = createSession();
    unlockRole(admin, 'admin', Date.now());
    expect(await backend.raw('present.outline', { courseId: COURSE }, admin)).toMatchObject({ ok: true });
  });

  it('never sends answers down the learner channels', async () => {
    const attempt = await backend.call('quizzes.start', QUIZ);
    const text = JSON.stringify(attempt.questions);
    expect(text).not.toMatch(/"(answer|accepted|explanation|pairs)"/);
  });
});

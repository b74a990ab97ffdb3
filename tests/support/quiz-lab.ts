import type { Answer } from '../../electron/shared/assessment/answers.ts';
import type { AttemptView } from '../../electron/shared/assessment/attempt-view.ts';
import type { TestBackend } from './backend.ts';
import { QUIZ_LAB } from './temp.ts';

/** Right answers to every question of the quiz-lab test course. */
export const QUIZ_LAB_ANSWERS: Record<string, Answer> = {
  'q-single': { kind: 'single', optionId: 'a' },
  'q-multiple': { kind: 'multiple', optionIds: ['a', 'b'] },
  'q-true-false': { kind: 'trueFalse', value: false },
  'q-matching': { kind: 'matching', pairs: { p1: 'p1', p2: 'p2', p3: 'p3' } },
  'q-ordering': { kind: 'ordering', itemIds: ['contain', 'assess', 'notify'] },
  'q-short': { kind: 'shortText', text: 'p d p a' },
  'q-scenario-is-breach': { kind: 'trueFalse', value: true },
  'q-scenario-first': { kind: 'single', optionId: 'a' },
  'f-law': { kind: 'trueFalse', value: true },
  'f-id': { kind: 'trueFalse', value: true },
  'f-weather': { kind: 'trueFalse', value: false },
};

export async function answerAll(backend: TestBackend, view: AttemptView, pick: (id: string) => Answer | null) {
  for (const q of view.questions.flatMap((x) => (x.type === 'scenario' ? x.questions : [x]))) {
    const answer = pick(q.id);
    if (answer) await backend.call('quizzes.answer', { attemptId: view.attemptId, questionId: q.id, answer });
  }
}

/** Completes the quiz-lab course for the signed-in profile: both lessons, then the final exam passed. */
export async function completeQuizLab(backend: TestBackend): Promise<AttemptView> {
  for (const lessonId of ['m1-l1-personal-data', 'm1-l2-breach']) {
    await backend.call('progress.completeLesson', { courseId: QUIZ_LAB, lessonId });
  }
  const exam = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'final-exam' });
  await answerAll(backend, exam, (id) => QUIZ_LAB_ANSWERS[id] ?? null);
  return backend.call('quizzes.submit', { attemptId: exam.attemptId });
}

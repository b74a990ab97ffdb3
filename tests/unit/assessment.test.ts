import { describe, expect, it } from 'vitest';
import { attemptDeadline, canStartAttempt, mayReview } from '../../electron/shared/assessment/attempt-policy.ts';
import { drawAttempt, seededRandom } from '../../electron/shared/assessment/draw.ts';
import { normaliseShortAnswer } from '../../electron/shared/assessment/normalise.ts';
import { creditFor, scoreAttempt, type SimpleQuestion } from '../../electron/shared/assessment/scoring.ts';
import type { Answer } from '../../electron/shared/assessment/answers.ts';
import { quizSchema, type Quiz } from '../../electron/shared/course-package.ts';

const t = (s: string) => ({ th: `ไทย ${s}`, en: s });
const base = (id: string) => ({ id, topic: t('topic'), prompt: t('prompt'), explanation: t('why') });
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: t(id) }));

const single: SimpleQuestion = { ...base('s'), type: 'single', options: opts('a', 'b', 'c'), answer: 'b' };
const multiple: SimpleQuestion = {
  ...base('m'),
  type: 'multiple',
  options: opts('a', 'b', 'c', 'd'),
  answer: ['a', 'c'],
};
const trueFalse: SimpleQuestion = { ...base('tf'), type: 'trueFalse', answer: false };
const matching: SimpleQuestion = {
  ...base('mt'),
  type: 'matching',
  pairs: ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, left: t(`L${id}`), right: t(`R${id}`) })),
};
const ordering: SimpleQuestion = { ...base('o'), type: 'ordering', items: opts('i1', 'i2', 'i3', 'i4') };
const shortText: SimpleQuestion = {
  ...base('st'),
  type: 'shortText',
  accepted: ['PDPA', 'พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล', '72 ชั่วโมง'],
};

describe('Thai-aware short answers', () => {
  it('ignore case, spaces, punctuation and zero-width characters', () => {
    expect(normaliseShortAnswer(' p d p a ')).toBe(normaliseShortAnswer('PDPA'));
    expect(normaliseShortAnswer('พรบ คุ้มครอง\u200bข้อมูลส่วนบุคคล')).toBe(normaliseShortAnswer('พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล'));
  });

  it('treat Thai digits as Arabic digits', () => {
    expect(normaliseShortAnswer('๗๒ ชั่วโมง')).toBe(normaliseShortAnswer('72 ชั่วโมง'));
  });

  it('compose decomposed text (NFC) so the same word typed two ways matches', () => {
    expect(normaliseShortAnswer('Cafe\u0301')).toBe(normaliseShortAnswer('Café'));
  });

  it('score an accepted answer typed naturally, and nothing for blank or wrong', () => {
    const answer = (text: string): Answer => ({ kind: 'shortText', text });
    expect(creditFor(shortText, answer('pdpa'))).toBe(1);
    expect(creditFor(shortText, answer('๗๒ ชม.'))).toBe(0);
    expect(creditFor(shortText, answer('๗๒ ชั่วโมง'))).toBe(1);
    expect(creditFor(shortText, answer('   '))).toBe(0);
    expect(creditFor(shortText, answer('GDPR'))).toBe(0);
  });
});

describe('scoring each question type', () => {
  it('single choice and true/false are right or wrong', () => {
    expect(creditFor(single, { kind: 'single', optionId: 'b' })).toBe(1);
    expect(creditFor(single, { kind: 'single', optionId: 'a' })).toBe(0);
    expect(creditFor(trueFalse, { kind: 'trueFalse', value: false })).toBe(1);
    expect(creditFor(trueFalse, { kind: 'trueFalse', value: true })).toBe(0);
  });

  it('multiple choice: right choices add, wrong choices subtract, never below zero', () => {
    const m = (...optionIds: string[]): Answer => ({ kind: 'multiple', optionIds });
    expect(creditFor(multiple, m('a', 'c'))).toBe(1);
    expect(creditFor(multiple, m('a'))).toBe(0.5);
    expect(creditFor(multiple, m('a', 'b'))).toBe(0);
    expect(creditFor(multiple, m('a', 'b', 'c', 'd'))).toBe(0);
    expect(creditFor(multiple, m('b', 'd'))).toBe(0);
  });

  it('matching earns the share of pairs matched', () => {
    expect(creditFor(matching, { kind: 'matching', pairs: { p1: 'p1', p2: 'p2', p3: 'p4', p4: 'p3' } })).toBe(0.5);
    expect(creditFor(matching, { kind: 'matching', pairs: {} })).toBe(0);
  });

  it('ordering earns the share of items in their place', () => {
    expect(creditFor(ordering, { kind: 'ordering', itemIds: ['i1', 'i2', 'i3', 'i4'] })).toBe(1);
    expect(creditFor(ordering, { kind: 'ordering', itemIds: ['i1', 'i3', 'i2', 'i4'] })).toBe(0.5);
  });

  it('an answer of the wrong kind, or none, earns nothing', () => {
    expect(creditFor(single, { kind: 'trueFalse', value: true })).toBe(0);
    expect(creditFor(single, undefined)).toBe(0);
  });

  it('scores a scenario one point per sub-question and rounds the percent to one decimal', () => {
    const scenario = {
      id: 'sc',
      type: 'scenario' as const,
      topic: t('x'),
      scenario: t('case'),
      questions: [single, trueFalse],
    };
    const answers = new Map<string, Answer>([
      ['s', { kind: 'single', optionId: 'b' }],
      ['m', { kind: 'multiple', optionIds: ['a'] }],
    ]);
    const score = scoreAttempt([scenario, multiple], answers, 50);
    expect(score).toMatchObject({ points: 1.5, maxPoints: 3, percent: 50, passed: true });
    expect(scoreAttempt([scenario, multiple], answers, 51).passed).toBe(false);
  });
});

const quiz = (overrides: Partial<Quiz> = {}): Quiz =>
  quizSchema.parse({
    id: 'q',
    title: t('Quiz'),
    passMark: 70,
    questions: [single, multiple, trueFalse, matching, ordering, shortText],
    ...overrides,
  });

describe('drawing an attempt', () => {
  it('draws the configured number of distinct questions from the bank', () => {
    const draw = drawAttempt(quiz({ draw: 4 }), seededRandom(7));
    expect(draw.questionIds).toHaveLength(4);
    expect(new Set(draw.questionIds).size).toBe(4);
  });

  it('varies with the seed but is reproducible from it', () => {
    const q = quiz({ draw: 3 });
    expect(drawAttempt(q, seededRandom(1))).toEqual(drawAttempt(q, seededRandom(1)));
    const draws = new Set(Array.from({ length: 20 }, (_, i) => JSON.stringify(drawAttempt(q, seededRandom(i)))));
    expect(draws.size).toBeGreaterThan(10);
  });

  it('never shows ordering items or matching answers already in the right order', () => {
    for (let seed = 0; seed < 200; seed++) {
      const draw = drawAttempt(quiz(), seededRandom(seed));
      expect(draw.order.o).not.toEqual(['i1', 'i2', 'i3', 'i4']);
      expect(draw.order.mt).not.toEqual(['p1', 'p2', 'p3', 'p4']);
    }
  });

  it('keeps the authored order when the quiz does not shuffle', () => {
    const draw = drawAttempt(quiz({ shuffle: false }), seededRandom(3));
    expect(draw.questionIds).toEqual(['s', 'm', 'tf', 'mt', 'o', 'st']);
    expect(draw.order.s).toEqual(['a', 'b', 'c']);
  });
});

describe('attempt rules', () => {
  const at = (iso: string) => new Date(iso);
  const done = (attemptId: string, submittedAt: string) => ({ attemptId, startedAt: submittedAt, submittedAt });

  it('allows one attempt at a time', () => {
    expect(
      canStartAttempt(
        quiz(),
        [{ attemptId: 'x', startedAt: '2026-11-21T01:00:00Z', submittedAt: null }],
        at('2026-11-21T02:00:00Z'),
      ),
    ).toEqual({
      canStart: false,
      reason: 'inProgress',
      attemptId: 'x',
    });
  });

  it('stops at the attempt limit', () => {
    const past = [done('a', '2026-11-21T01:00:00Z'), done('b', '2026-11-21T02:00:00Z')];
    expect(canStartAttempt(quiz({ attemptLimit: 2 }), past, at('2026-11-22T00:00:00Z'))).toMatchObject({
      reason: 'attemptLimit',
      limit: 2,
    });
    expect(canStartAttempt(quiz({ attemptLimit: 3 }), past, at('2026-11-22T00:00:00Z'))).toEqual({
      canStart: true,
      reason: 'ok',
    });
  });

  it('waits out the cooldown after the last submission', () => {
    const past = [done('a', '2026-11-21T01:00:00.000Z')];
    expect(canStartAttempt(quiz({ cooldownMinutes: 30 }), past, at('2026-11-21T01:10:00Z'))).toEqual({
      canStart: false,
      reason: 'cooldown',
      until: '2026-11-21T01:30:00.000Z',
    });
    expect(canStartAttempt(quiz({ cooldownMinutes: 30 }), past, at('2026-11-21T01:30:00Z')).canStart).toBe(true);
  });

  it('sets a deadline only for timed quizzes', () => {
    expect(attemptDeadline(quiz({ timeLimitMinutes: 20 }), '2026-11-21T01:00:00.000Z')).toBe(
      '2026-11-21T01:20:00.000Z',
    );
    expect(attemptDeadline(quiz(), '2026-11-21T01:00:00.000Z')).toBeNull();
  });

  it('shows explanations according to the review policy', () => {
    expect(mayReview(quiz({ review: 'afterSubmit' }), false)).toBe(true);
    expect(mayReview(quiz({ review: 'afterPass' }), false)).toBe(false);
    expect(mayReview(quiz({ review: 'afterPass' }), true)).toBe(true);
    expect(mayReview(quiz({ review: 'never' }), true)).toBe(false);
  });
});

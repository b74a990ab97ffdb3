import { describe, expect, it } from 'vitest';
import { createGuessLimiter } from '../../electron/core/live-classroom/guess-limiter.ts';
import { memberToken, newJoinCode } from '../../electron/core/live-classroom/join-code.ts';
import {
  answerProblem,
  isCorrectAnswer,
  liveQuestionView,
  type LiveRun,
} from '../../electron/core/live-classroom/live-quiz.ts';
import { joinCodeSchema, parseHubAddress, parseJoinLink } from '../../electron/shared/live-classroom.ts';
import type { RoomStep } from '../../electron/shared/room-steps.ts';

const text = (en: string) => ({ th: `ไทย ${en}`, en });
const base = { id: 'q', topic: text('t'), prompt: text('Which?'), explanation: text('Because.') };
const multiple: RoomStep = {
  key: 'q',
  scenario: null,
  question: {
    ...base,
    type: 'multiple',
    options: ['a', 'b', 'c'].map((id) => ({ id, text: text(id) })),
    answer: ['a', 'c'],
  },
};
const run = (step: RoomStep): LiveRun => ({
  runId: 'r',
  quizId: 'quiz',
  step,
  number: 1,
  total: 1,
  isRevealed: false,
  answers: new Map(),
});

describe('join codes and links', () => {
  it('are read as typed from a projector: any case, with a dash or spaces, never with look-alike characters', () => {
    expect(joinCodeSchema.parse(' kqr-t47 ')).toBe('KQRT47');
    expect(joinCodeSchema.safeParse('KQR-T4').success).toBe(false);
    expect(joinCodeSchema.safeParse('ABC123').success).toBe(false);
    for (let i = 0; i < 200; i += 1) expect(joinCodeSchema.parse(newJoinCode())).toHaveLength(6);
  });

  it('find the hub in a pasted link or a typed address, and refuse anything but plain http', () => {
    expect(parseJoinLink('http://192.168.1.20:47470/#/join/KQRT47')).toEqual({
      origin: 'http://192.168.1.20:47470',
      code: 'KQRT47',
    });
    expect(parseJoinLink('192.168.1.20:47470/#/join/kqr-t47')?.code).toBe('KQRT47');
    expect(parseJoinLink('http://192.168.1.20:47470/')).toBeNull();
    expect(parseHubAddress('192.168.1.20:47470')).toBe('http://192.168.1.20:47470');
    expect(parseHubAddress('https://example.com')).toBeNull();
    expect(parseHubAddress('http://user:pw@10.0.0.2')).toBeNull();
    expect(parseHubAddress('   ')).toBeNull();
  });

  it('give each member a different token, even with the same code', () => {
    expect(memberToken('KQRT47', 'm1')).not.toBe(memberToken('KQRT47', 'm1'));
  });
});

describe('the guess limiter', () => {
  it('lets an address fail ten times a minute, then refuses it until the oldest failure is a minute old', () => {
    let now = 0;
    const limiter = createGuessLimiter({ now: () => now });
    for (let i = 0; i < 10; i += 1) {
      expect(limiter.retryAfter('10.0.0.9')).toBe(0);
      limiter.fail('10.0.0.9');
      now += 1000;
    }
    expect(limiter.retryAfter('10.0.0.9')).toBe(50_000);
    expect(limiter.retryAfter('10.0.0.10')).toBe(0);
    now = 60_001;
    expect(limiter.retryAfter('10.0.0.9')).toBe(0);
  });
});

describe('a live question', () => {
  it('keeps the answer, explanation and tally back until the reveal', () => {
    const live = run(multiple);
    live.answers.set('m1', ['a', 'c']);
    live.answers.set('m2', ['a']);
    expect(liveQuestionView(live)).toMatchObject({
      correctIds: null,
      explanation: null,
      tally: null,
      answeredCount: 2,
    });
    live.isRevealed = true;
    expect(liveQuestionView(live)).toMatchObject({
      correctIds: ['a', 'c'],
      explanation: base.explanation,
      tally: [
        { choiceId: 'a', count: 2 },
        { choiceId: 'b', count: 0 },
        { choiceId: 'c', count: 1 },
      ],
    });
  });

  it('scores exact sets, turns true/false into two choices, and leaves other kinds to be answered aloud', () => {
    expect(isCorrectAnswer(multiple, ['c', 'a'])).toBe(true);
    expect(isCorrectAnswer(multiple, ['a'])).toBe(false);
    const trueFalse: RoomStep = { key: 't', scenario: null, question: { ...base, type: 'trueFalse', answer: false } };
    expect(liveQuestionView(run(trueFalse)).choices.map((c) => c.id)).toEqual(['true', 'false']);
    expect(isCorrectAnswer(trueFalse, ['false'])).toBe(true);
    const short: RoomStep = { key: 's', scenario: null, question: { ...base, type: 'shortText', accepted: ['x'] } };
    expect(liveQuestionView(run(short)).kind).toBe('aloud');
    expect(isCorrectAnswer(short, ['x'])).toBeNull();
  });

  it('refuses unknown choices, repeats, two picks on a single-answer question, and answers after the reveal', () => {
    const single: RoomStep = {
      key: 's',
      scenario: null,
      question: {
        ...base,
        type: 'single',
        options: [
          { id: 'a', text: text('a') },
          { id: 'b', text: text('b') },
        ],
        answer: 'a',
      },
    };
    expect(answerProblem(run(single), ['a'])).toBeNull();
    expect(answerProblem(run(single), ['a', 'b'])?.en).toBe('Choose one answer.');
    expect(answerProblem(run(multiple), ['a', 'a'])?.en).toBe('That is not one of the choices.');
    expect(answerProblem(run(multiple), ['z'])?.en).toBe('That is not one of the choices.');
    expect(answerProblem({ ...run(multiple), isRevealed: true }, ['a'])?.en).toBe('The answer has been revealed.');
  });
});

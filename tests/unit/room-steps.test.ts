import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../electron/shared/course-package.ts';
import { roomSteps } from '../../electron/shared/room-steps.ts';
import { roomResults, shuffledFor } from '../../renderer/src/screens/trainer/present/room-steps.ts';

const text = (en: string) => ({ th: `ไทย ${en}`, en });
const quiz = quizSchema.parse({
  id: 'q',
  title: text('Quiz'),
  passMark: 50,
  questions: [
    { id: 'one', type: 'trueFalse', topic: text('t'), prompt: text('p'), explanation: text('e'), answer: true },
    {
      id: 'case',
      type: 'scenario',
      topic: text('t'),
      scenario: text('A case'),
      questions: [
        { id: 'a', type: 'trueFalse', topic: text('t'), prompt: text('p'), explanation: text('e'), answer: false },
        { id: 'b', type: 'shortText', topic: text('t'), prompt: text('p'), explanation: text('e'), accepted: ['x'] },
      ],
    },
  ],
});

describe('the room quiz', () => {
  it('puts every question to the room in order, a case study one question at a time under its case', () => {
    const steps = roomSteps(quiz.questions);
    expect(steps.map((s) => [s.key, s.scenario?.en ?? null])).toEqual([
      ['one', null],
      ['case/a', 'A case'],
      ['case/b', 'A case'],
    ]);
  });

  it('shuffles ordering items the same way every time, and never into the answer order', () => {
    for (const n of [2, 3, 4, 7]) {
      const items = Array.from({ length: n }, (_, i) => `item-${i}`);
      for (const seed of ['q-ordering', 'steps', 'x']) {
        const shown = shuffledFor(items, seed);
        expect(shown).toEqual(shuffledFor(items, seed));
        expect([...shown].sort()).toEqual([...items].sort());
        expect(shown).not.toEqual(items);
      }
    }
  });

  it('tallies each trainee’s ticked questions out of every question', () => {
    const steps = roomSteps(quiz.questions);
    const roster = [
      { profileId: 'p1', nameTh: 'หนึ่ง', nameEn: 'One' },
      { profileId: 'p2', nameTh: 'สอง', nameEn: 'Two' },
    ];
    expect(roomResults(roster, { one: ['p1', 'p2'], 'case/b': ['p1'] }, steps)).toEqual([
      { profileId: 'p1', correct: 2, total: 3 },
      { profileId: 'p2', correct: 1, total: 3 },
    ]);
  });
});

import type { SimpleQuestion } from './assessment/scoring.ts';
import type { Bilingual } from './bilingual.ts';
import type { Question } from './course-package.ts';

/** One question put to the room; a case study's questions each become a step, shown under the case. */
export type RoomStep = { key: string; question: SimpleQuestion; scenario: Bilingual | null };

/** Every question in the quiz file's order (the room goes through the whole bank, not a learner's draw). */
export function roomSteps(questions: readonly Question[]): RoomStep[] {
  return questions.flatMap((q): RoomStep[] =>
    q.type === 'scenario'
      ? q.questions.map((sub) => ({ key: `${q.id}/${sub.id}`, question: sub, scenario: q.scenario }))
      : [{ key: q.id, question: q, scenario: null }],
  );
}

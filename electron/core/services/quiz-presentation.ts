import type { Answer } from '../../shared/assessment/answers.ts';
import type { PresentedQuestion, PresentedSimpleQuestion, ReviewItem } from '../../shared/assessment/attempt-view.ts';
import type { AttemptDraw } from '../../shared/assessment/draw.ts';
import { creditFor, scoringUnits, type SimpleQuestion } from '../../shared/assessment/scoring.ts';
import type { Question, Quiz } from '../../shared/course-package.ts';

function inOrder<T extends { id: string }>(items: readonly T[], order: readonly string[] | undefined): T[] {
  if (!order) return [...items];
  return order.map((id) => items.find((i) => i.id === id)).filter((i): i is T => i !== undefined);
}

function presentSimple(q: SimpleQuestion, draw: AttemptDraw): PresentedSimpleQuestion {
  const base = { id: q.id, topic: q.topic, prompt: q.prompt };
  const order = draw.order[q.id];
  switch (q.type) {
    case 'single':
      return { ...base, type: 'single', options: inOrder(q.options, order) };
    case 'multiple':
      return { ...base, type: 'multiple', options: inOrder(q.options, order), correctCount: q.answer.length };
    case 'trueFalse':
      return { ...base, type: 'trueFalse' };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        left: q.pairs.map((p) => ({ id: p.id, text: p.left })),
        right: inOrder(q.pairs, order).map((p) => ({ id: p.id, text: p.right })),
      };
    case 'ordering':
      return { ...base, type: 'ordering', items: inOrder(q.items, order) };
    case 'shortText':
      return { ...base, type: 'shortText' };
  }
}

/** The attempt's questions as drawn, in the drawn order; questions a newer course version removed are skipped. */
export function drawnQuestions(quiz: Quiz, draw: AttemptDraw): Question[] {
  return draw.questionIds
    .map((id) => quiz.questions.find((q) => q.id === id))
    .filter((q): q is Question => q !== undefined);
}

/** What the learner sees: prompts and choices, never the answer key. */
export function presentQuestions(questions: readonly Question[], draw: AttemptDraw): PresentedQuestion[] {
  return questions.map((q) =>
    q.type === 'scenario'
      ? {
          id: q.id,
          type: 'scenario',
          topic: q.topic,
          scenario: q.scenario,
          questions: q.questions.map((s) => presentSimple(s, draw)),
        }
      : presentSimple(q, draw),
  );
}

function correctAnswer(q: SimpleQuestion): Answer {
  switch (q.type) {
    case 'single':
      return { kind: 'single', optionId: q.answer };
    case 'multiple':
      return { kind: 'multiple', optionIds: q.answer };
    case 'trueFalse':
      return { kind: 'trueFalse', value: q.answer };
    case 'matching':
      return { kind: 'matching', pairs: Object.fromEntries(q.pairs.map((p) => [p.id, p.id])) };
    case 'ordering':
      return { kind: 'ordering', itemIds: q.items.map((i) => i.id) };
    case 'shortText':
      return { kind: 'shortText', text: q.accepted[0]! };
  }
}

/** Per scored question: the credit earned, the right answer and the explanation. */
export function reviewOf(
  questions: readonly Question[],
  answers: ReadonlyMap<string, Answer>,
): Record<string, ReviewItem> {
  return Object.fromEntries(
    questions.flatMap(scoringUnits).map((q) => [
      q.id,
      {
        credit: creditFor(q, answers.get(q.id)),
        correct: correctAnswer(q),
        accepted: q.type === 'shortText' ? q.accepted : null,
        explanation: q.explanation,
      },
    ]),
  );
}

/** Why an answer does not fit its question, or null when it does. */
export function answerProblem(q: SimpleQuestion, answer: Answer): string | null {
  if (answer.kind !== q.type) return `this question expects a ${q.type} answer`;
  const isPermutation = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && new Set(a).size === a.length && a.every((id) => b.includes(id));
  switch (answer.kind) {
    case 'single':
      return q.type === 'single' && q.options.some((o) => o.id === answer.optionId) ? null : 'unknown option';
    case 'multiple': {
      if (q.type !== 'multiple') return null;
      const ids = q.options.map((o) => o.id);
      return answer.optionIds.every((id) => ids.includes(id)) &&
        new Set(answer.optionIds).size === answer.optionIds.length
        ? null
        : 'unknown or repeated option';
    }
    case 'matching': {
      if (q.type !== 'matching') return null;
      const ids = q.pairs.map((p) => p.id);
      return Object.entries(answer.pairs).every(([l, r]) => ids.includes(l) && ids.includes(r)) ? null : 'unknown pair';
    }
    case 'ordering':
      if (q.type !== 'ordering') return null;
      return isPermutation(
        answer.itemIds,
        q.items.map((i) => i.id),
      )
        ? null
        : 'the order must list every item once';
    case 'trueFalse':
    case 'shortText':
      return null;
  }
}

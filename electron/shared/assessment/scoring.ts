import type { Question } from '../course-package.ts';
import type { Answer } from './answers.ts';
import { normaliseShortAnswer } from './normalise.ts';

export type SimpleQuestion = Exclude<Question, { type: 'scenario' }>;

/** The questions that score a point each: a scenario contributes one point per sub-question. */
export function scoringUnits(question: Question): SimpleQuestion[] {
  return question.type === 'scenario' ? question.questions : [question];
}

/**
 * The credit (0 to 1) one answer earns. Partial credit rules, shown to learners:
 * - multiple choice: (right choices ticked − wrong choices ticked) ÷ right choices, never below 0;
 * - matching: the share of pairs matched correctly;
 * - ordering: the share of items in their correct place;
 * - every other type is right or wrong.
 */
export function creditFor(question: SimpleQuestion, answer: Answer | undefined): number {
  if (!answer || answer.kind !== question.type) return 0;
  switch (question.type) {
    case 'single':
      return answer.kind === 'single' && answer.optionId === question.answer ? 1 : 0;
    case 'trueFalse':
      return answer.kind === 'trueFalse' && answer.value === question.answer ? 1 : 0;
    case 'multiple': {
      if (answer.kind !== 'multiple') return 0;
      const chosen = new Set(answer.optionIds);
      const right = question.answer.filter((id) => chosen.has(id)).length;
      const wrong = [...chosen].filter((id) => !question.answer.includes(id)).length;
      return Math.max(0, (right - wrong) / question.answer.length);
    }
    case 'matching': {
      if (answer.kind !== 'matching') return 0;
      const correct = question.pairs.filter((p) => answer.pairs[p.id] === p.id).length;
      return correct / question.pairs.length;
    }
    case 'ordering': {
      if (answer.kind !== 'ordering') return 0;
      const inPlace = question.items.filter((item, i) => answer.itemIds[i] === item.id).length;
      return inPlace / question.items.length;
    }
    case 'shortText': {
      if (answer.kind !== 'shortText') return 0;
      const given = normaliseShortAnswer(answer.text);
      return given !== '' && question.accepted.some((a) => normaliseShortAnswer(a) === given) ? 1 : 0;
    }
  }
}

export type QuestionScore = { questionId: string; credit: number };
export type QuizScore = {
  points: number;
  maxPoints: number;
  percent: number;
  passed: boolean;
  perQuestion: QuestionScore[];
};

/** Scores an attempt: percent to one decimal place, passed when it reaches the pass mark. */
export function scoreAttempt(
  questions: readonly Question[],
  answers: ReadonlyMap<string, Answer>,
  passMark: number,
): QuizScore {
  const perQuestion = questions
    .flatMap(scoringUnits)
    .map((q) => ({ questionId: q.id, credit: creditFor(q, answers.get(q.id)) }));
  const maxPoints = perQuestion.length;
  const points = perQuestion.reduce((sum, q) => sum + q.credit, 0);
  const percent = maxPoints === 0 ? 0 : Math.round((points * 1000) / maxPoints) / 10;
  return { points: Math.round(points * 100) / 100, maxPoints, percent, passed: percent >= passMark, perQuestion };
}

import type { Answer } from '../../shared/assessment/answers.ts';
import type { SimpleQuestion } from '../../shared/assessment/scoring.ts';
import type { Random } from './random.ts';

/** What learners type when they do not know a short answer. */
const WRONG_SHORT_ANSWERS = ['ไม่แน่ใจ', 'ข้อมูล', 'ระบบ', 'not sure', 'policy'];

function swapTwo<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  if (copy.length < 2) return copy;
  const i = random.int(0, copy.length - 2);
  [copy[i], copy[i + 1]] = [copy[i + 1]!, copy[i]!];
  return copy;
}

/**
 * A learner's answer to one question: the right one, or a near miss of the kind people make (a neighbouring
 * option, one box too many or too few, two items swapped), so partial credit behaves as it does in real attempts.
 */
export function answerFor(question: SimpleQuestion, isRight: boolean, random: Random): Answer {
  switch (question.type) {
    case 'single': {
      const wrong = question.options.filter((o) => o.id !== question.answer);
      return { kind: 'single', optionId: isRight ? question.answer : random.pick(wrong).id };
    }
    case 'multiple': {
      if (isRight) return { kind: 'multiple', optionIds: [...question.answer] };
      const extra = question.options.find((o) => !question.answer.includes(o.id));
      const chosen =
        question.answer.length > 1 && (random.chance(0.5) || !extra)
          ? question.answer.slice(1)
          : [...question.answer, extra!.id];
      return { kind: 'multiple', optionIds: chosen };
    }
    case 'trueFalse':
      return { kind: 'trueFalse', value: isRight ? question.answer : !question.answer };
    case 'matching': {
      const ids = question.pairs.map((p) => p.id);
      const chosen = isRight ? ids : swapTwo(ids, random);
      return { kind: 'matching', pairs: Object.fromEntries(ids.map((id, i) => [id, chosen[i]!])) };
    }
    case 'ordering': {
      const ids = question.items.map((item) => item.id);
      return { kind: 'ordering', itemIds: isRight ? ids : swapTwo(ids, random) };
    }
    case 'shortText':
      return { kind: 'shortText', text: isRight ? random.pick(question.accepted) : random.pick(WRONG_SHORT_ANSWERS) };
  }
}

import type { Answer } from '../../../../electron/shared/assessment/answers.ts';
import type { PresentedSimpleQuestion } from '../../../../electron/shared/assessment/attempt-view.ts';
import type { Bilingual } from '../../../../electron/shared/bilingual.ts';

type Labels = { trueLabel: string; falseLabel: string; noAnswer: string };

/** An answer as words the learner recognises, for the review: option texts, matched pairs, the order chosen. */
export function answerText(
  q: PresentedSimpleQuestion,
  answer: Answer | undefined,
  pick: (b: Bilingual) => string,
  l: Labels,
): string[] {
  if (!answer) return [l.noAnswer];
  const textOf = (list: { id: string; text: Bilingual }[], id: string) => {
    const found = list.find((o) => o.id === id);
    return found ? pick(found.text) : id;
  };
  switch (answer.kind) {
    case 'single':
      return q.type === 'single' ? [textOf(q.options, answer.optionId)] : [];
    case 'multiple':
      return q.type === 'multiple'
        ? answer.optionIds.length
          ? answer.optionIds.map((id) => textOf(q.options, id))
          : [l.noAnswer]
        : [];
    case 'trueFalse':
      return [answer.value ? l.trueLabel : l.falseLabel];
    case 'matching':
      return q.type === 'matching'
        ? q.left.map(
            (left) =>
              `${pick(left.text)} → ${answer.pairs[left.id] ? textOf(q.right, answer.pairs[left.id]!) : l.noAnswer}`,
          )
        : [];
    case 'ordering':
      return q.type === 'ordering' ? answer.itemIds.map((id, i) => `${i + 1}. ${textOf(q.items, id)}`) : [];
    case 'shortText':
      return [answer.text.trim() || l.noAnswer];
  }
}

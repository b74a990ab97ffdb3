import type { Answer } from '../../../../electron/shared/assessment/answers.ts';
import type { PresentedSimpleQuestion } from '../../../../electron/shared/assessment/attempt-view.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export type QuestionInputProps = {
  question: PresentedSimpleQuestion;
  answer: Answer | undefined;
  isLocked: boolean;
  onAnswer(answer: Answer): void;
};

/** The control for one question, by type; every control is a labelled native input, usable by keyboard. */
export function QuestionInput({ question: q, answer, isLocked, onAnswer }: QuestionInputProps) {
  const { t, pick } = useI18n();
  const name = `answer-${q.id}`;
  switch (q.type) {
    case 'single':
      return (
        <div className="choices" role="radiogroup" aria-labelledby={`prompt-${q.id}`}>
          <p className="choice-hint">{t.quiz.chooseOne}</p>
          {q.options.map((o) => (
            <label key={o.id} className="choice">
              <input
                type="radio"
                name={name}
                disabled={isLocked}
                checked={answer?.kind === 'single' && answer.optionId === o.id}
                onChange={() => onAnswer({ kind: 'single', optionId: o.id })}
              />
              <span>{pick(o.text)}</span>
            </label>
          ))}
        </div>
      );
    case 'multiple': {
      const chosen = answer?.kind === 'multiple' ? answer.optionIds : [];
      return (
        <div className="choices" role="group" aria-labelledby={`prompt-${q.id}`}>
          <p className="choice-hint">{t.quiz.chooseMany(q.correctCount)}</p>
          {q.options.map((o) => (
            <label key={o.id} className="choice">
              <input
                type="checkbox"
                disabled={isLocked}
                checked={chosen.includes(o.id)}
                onChange={(e) =>
                  onAnswer({
                    kind: 'multiple',
                    optionIds: e.target.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id),
                  })
                }
              />
              <span>{pick(o.text)}</span>
            </label>
          ))}
        </div>
      );
    }
    case 'trueFalse':
      return (
        <div className="choices choices-inline" role="radiogroup" aria-labelledby={`prompt-${q.id}`}>
          {[true, false].map((value) => (
            <label key={String(value)} className="choice">
              <input
                type="radio"
                name={name}
                disabled={isLocked}
                checked={answer?.kind === 'trueFalse' && answer.value === value}
                onChange={() => onAnswer({ kind: 'trueFalse', value })}
              />
              <span>{value ? t.quiz.trueLabel : t.quiz.falseLabel}</span>
            </label>
          ))}
        </div>
      );
    case 'matching': {
      const pairs = answer?.kind === 'matching' ? answer.pairs : {};
      return (
        <div className="matching">
          <p className="choice-hint">{t.quiz.matchPrompt}</p>
          {q.left.map((l) => (
            <div key={l.id} className="match-row">
              <label htmlFor={`${name}-${l.id}`}>{pick(l.text)}</label>
              <select
                id={`${name}-${l.id}`}
                disabled={isLocked}
                value={pairs[l.id] ?? ''}
                onChange={(e) => onAnswer({ kind: 'matching', pairs: { ...pairs, [l.id]: e.target.value } })}
              >
                <option value="" disabled>
                  {t.quiz.matchPlaceholder}
                </option>
                {q.right.map((r) => (
                  <option key={r.id} value={r.id}>
                    {pick(r.text)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
    case 'ordering': {
      const order = answer?.kind === 'ordering' ? answer.itemIds : q.items.map((i) => i.id);
      const move = (from: number, to: number) => {
        const next = [...order];
        [next[from], next[to]] = [next[to]!, next[from]!];
        onAnswer({ kind: 'ordering', itemIds: next });
      };
      return (
        <div className="ordering">
          <p className="choice-hint">{t.quiz.orderPrompt}</p>
          <ol>
            {order.map((id, i) => {
              const text = pick(q.items.find((item) => item.id === id)!.text);
              return (
                <li key={id} className="order-item">
                  <span className="order-text">{text}</span>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t.quiz.moveUp(text)}
                    disabled={isLocked || i === 0}
                    onClick={() => move(i, i - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t.quiz.moveDown(text)}
                    disabled={isLocked || i === order.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    ↓
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      );
    }
    case 'shortText':
      return (
        <div className="field">
          <label htmlFor={name}>{t.quiz.typeAnswer}</label>
          <input
            id={name}
            type="text"
            disabled={isLocked}
            defaultValue={answer?.kind === 'shortText' ? answer.text : ''}
            onBlur={(e) => {
              const text = e.target.value;
              if (text !== (answer?.kind === 'shortText' ? answer.text : '')) onAnswer({ kind: 'shortText', text });
            }}
          />
        </div>
      );
  }
}

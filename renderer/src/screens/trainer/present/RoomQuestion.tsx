import type { ReactNode } from 'react';
import type { SimpleQuestion } from '../../../../../electron/shared/assessment/scoring.ts';
import type { Bilingual } from '../../../../../electron/shared/bilingual.ts';
import { catalogues, useI18n } from '../../../i18n/i18n.tsx';
import { Bi } from './Bi.tsx';
import type { Languages } from './languages.ts';
import type { RoomStep } from '../../../../../electron/shared/room-steps.ts';
import { letter, shuffledFor } from './room-steps.ts';

export type RoomQuestionProps = {
  step: RoomStep;
  number: number;
  total: number;
  languages: Languages;
  isRevealed: boolean;
};

type Choice = { id: string; text: Bilingual; isCorrect: boolean };

const TRUE_FALSE = (value: boolean): Bilingual => ({
  th: value ? catalogues.th.quiz.trueLabel : catalogues.th.quiz.falseLabel,
  en: value ? catalogues.en.quiz.trueLabel : catalogues.en.quiz.falseLabel,
});

/** The lettered choices the room picks from, where the question has them. */
function choicesOf(q: SimpleQuestion): Choice[] | null {
  switch (q.type) {
    case 'single':
      return q.options.map((o) => ({ ...o, isCorrect: o.id === q.answer }));
    case 'multiple':
      return q.options.map((o) => ({ ...o, isCorrect: q.answer.includes(o.id) }));
    case 'trueFalse':
      return [true, false].map((value) => ({
        id: String(value),
        text: TRUE_FALSE(value),
        isCorrect: value === q.answer,
      }));
    default:
      return null;
  }
}

/**
 * One question for the room, large: the case it belongs to, the prompt, and what to choose from. Revealed, it marks
 * the right choices (or gives the right pairs, order or accepted words) and shows the explanation.
 */
export function RoomQuestion({ step, number, total, languages, isRevealed }: RoomQuestionProps) {
  const { t } = useI18n();
  const p = t.present;
  const q = step.question;
  const choices = choicesOf(q);
  return (
    <article className="room-question">
      <p className="room-meta">
        {p.questionOf(number, total)} · <Bi text={q.topic} languages={languages} />
      </p>
      {step.scenario && (
        <div className="room-scenario">
          <Bi text={step.scenario} languages={languages} />
        </div>
      )}
      <h2 className="room-prompt">
        <Bi text={q.prompt} languages={languages} />
      </h2>
      {q.type === 'multiple' && <p className="room-hint">{p.chooseMany(q.answer.length)}</p>}
      {choices && (
        <ol className="room-choices">
          {choices.map((c, i) => (
            <li key={c.id} className={isRevealed ? (c.isCorrect ? 'is-correct' : 'is-wrong') : undefined}>
              <span className="room-letter" aria-hidden="true">
                {isRevealed && c.isCorrect ? '✓' : letter(i)}
              </span>
              <Bi text={c.text} languages={languages} />
              {isRevealed && c.isCorrect && <span className="visually-hidden"> ({p.correct})</span>}
            </li>
          ))}
        </ol>
      )}
      {q.type === 'matching' && !isRevealed && (
        <div className="room-matching">
          <ol className="room-lettered">
            {q.pairs.map((pair, i) => (
              <li key={pair.id} data-letter={i + 1}>
                <Bi text={pair.left} languages={languages} />
              </li>
            ))}
          </ol>
          <ol className="room-lettered">
            {shuffledFor(q.pairs, q.id).map((pair, i) => (
              <li key={pair.id} data-letter={letter(i)}>
                <Bi text={pair.right} languages={languages} />
              </li>
            ))}
          </ol>
        </div>
      )}
      {q.type === 'ordering' && !isRevealed && (
        <ol className="room-lettered">
          {shuffledFor(q.items, q.id).map((item, i) => (
            <li key={item.id} data-letter={letter(i)}>
              <Bi text={item.text} languages={languages} />
            </li>
          ))}
        </ol>
      )}
      {q.type === 'shortText' && !isRevealed && <p className="room-hint">{p.shortAnswer}</p>}
      {isRevealed && (
        <div className="room-reveal" role="status">
          {!choices && <RevealedAnswer question={q} languages={languages} label={p.answer} />}
          <p className="room-reveal-label">{p.why}</p>
          <p>
            <Bi text={q.explanation} languages={languages} />
          </p>
        </div>
      )}
    </article>
  );
}

/** The right pairs, order or accepted words, for the question types without lettered choices. */
function RevealedAnswer({
  question: q,
  languages,
  label,
}: {
  question: SimpleQuestion;
  languages: Languages;
  label: string;
}) {
  let answer: ReactNode = null;
  if (q.type === 'matching') {
    answer = (
      <ul className="room-pairs">
        {q.pairs.map((pair) => (
          <li key={pair.id}>
            <Bi text={pair.left} languages={languages} /> <span aria-hidden="true">→</span>{' '}
            <Bi text={pair.right} languages={languages} />
          </li>
        ))}
      </ul>
    );
  } else if (q.type === 'ordering') {
    answer = (
      <ol>
        {q.items.map((item) => (
          <li key={item.id}>
            <Bi text={item.text} languages={languages} />
          </li>
        ))}
      </ol>
    );
  } else if (q.type === 'shortText') {
    answer = (
      <ul className="room-accepted">
        {q.accepted.map((word) => (
          <li key={word}>{word}</li>
        ))}
      </ul>
    );
  }
  return (
    <>
      <p className="room-reveal-label">{label}</p>
      {answer}
    </>
  );
}

import type { LiveQuestion } from '../../../electron/shared/live-classroom.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { letter } from '../screens/trainer/present/room-steps.ts';

/** How the room answered: one bar per choice, the right ones marked once the answer is known. */
export function TallyChart({ question, showCorrect }: { question: LiveQuestion; showCorrect: boolean }) {
  const { t, pick } = useI18n();
  const tally = question.tally ?? [];
  const most = Math.max(1, ...tally.map((c) => c.count));
  return (
    <figure className="tally">
      <figcaption>{t.live.chartTitle}</figcaption>
      <ul className="tally-bars">
        {question.choices.map((choice, i) => {
          const count = tally.find((c) => c.choiceId === choice.id)?.count ?? 0;
          const isCorrect = showCorrect && (question.correctIds ?? []).includes(choice.id);
          return (
            <li key={choice.id} className={`tally-row${isCorrect ? ' is-correct' : ''}`}>
              <span className="tally-label">
                <span className="room-letter" aria-hidden="true">
                  {letter(i)}
                </span>{' '}
                {pick(choice.text)}
                {isCorrect && <span className="visually-hidden"> ({t.live.correctMark})</span>}
              </span>
              <span className="tally-track" aria-hidden="true">
                <span className="tally-fill" style={{ width: `${(count / most) * 100}%` }} />
              </span>
              <span className="tally-count">{count}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

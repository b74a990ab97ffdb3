import { useEffect, useState } from 'react';
import type { MemberQuestion } from '../../../electron/shared/live-classroom.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { letter } from '../screens/trainer/present/room-steps.ts';
import { TallyChart } from './TallyChart.tsx';

/**
 * The trainer's question on a trainee's screen: pick and send (and change, until the reveal); after the reveal,
 * whether they were right, the explanation and how the room answered.
 */
export function LiveQuestionCard({
  question,
  onAnswer,
}: {
  question: MemberQuestion;
  onAnswer(choiceIds: string[]): Promise<unknown>;
}) {
  const { t, pick } = useI18n();
  const c = t.classroomBar;
  const [picked, setPicked] = useState<string[]>(question.myAnswer ?? []);
  const [error, setError] = useState<unknown>(null);
  const [isSending, setSending] = useState(false);
  useEffect(() => setPicked(question.myAnswer ?? []), [question.runId, question.myAnswer]);

  const toggle = (id: string) =>
    setPicked((now) =>
      question.kind === 'single' ? [id] : now.includes(id) ? now.filter((x) => x !== id) : [...now, id],
    );
  const isRight =
    question.isRevealed && question.myAnswer
      ? question.myAnswer.length === question.correctIds!.length &&
        question.myAnswer.every((id) => question.correctIds!.includes(id))
      : null;

  return (
    <section className="live-question" aria-labelledby="live-question-title" aria-live="polite">
      <p className="live-question-number">{c.question(question.number, question.total)}</p>
      {question.scenario && <p className="live-question-scenario">{pick(question.scenario)}</p>}
      <h2 id="live-question-title">{pick(question.prompt)}</h2>
      {question.kind === 'aloud' ? (
        <p className="muted">{c.aloudNote}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setSending(true);
            setError(null);
            onAnswer(picked)
              .catch(setError)
              .finally(() => setSending(false));
          }}
        >
          <fieldset disabled={question.isRevealed || isSending}>
            <legend className="visually-hidden">{pick(question.prompt)}</legend>
            {question.choices.map((choice, i) => (
              <label key={choice.id} className={`live-choice${picked.includes(choice.id) ? ' is-picked' : ''}`}>
                <input
                  type={question.kind === 'single' ? 'radio' : 'checkbox'}
                  name={`live-${question.runId}`}
                  checked={picked.includes(choice.id)}
                  onChange={() => toggle(choice.id)}
                />
                <span className="room-letter" aria-hidden="true">
                  {letter(i)}
                </span>
                <span>{pick(choice.text)}</span>
              </label>
            ))}
          </fieldset>
          {!question.isRevealed && (
            <div className="live-question-actions">
              <button type="submit" className="button button-primary" disabled={picked.length === 0 || isSending}>
                {c.sendAnswer}
              </button>
              {question.myAnswer && <span className="muted">{c.yourAnswer}</span>}
            </div>
          )}
        </form>
      )}
      <ErrorNotice error={error} />
      {question.isRevealed && (
        <div className="live-reveal">
          {question.kind !== 'aloud' && (
            <p className={`live-verdict${isRight ? ' is-right' : ''}`}>
              {isRight === null ? c.revealedNone : isRight ? c.revealedRight : c.revealedWrong}
            </p>
          )}
          {question.explanation && <p>{pick(question.explanation)}</p>}
          {question.kind !== 'aloud' && <TallyChart question={question} showCorrect />}
        </div>
      )}
    </section>
  );
}

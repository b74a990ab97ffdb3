import { useEffect, useMemo, useState } from 'react';
import type { LiveClassroom } from '../../../../../electron/shared/live-classroom.ts';
import type { PresentOutline, PresentQuiz } from '../../../../../electron/shared/present.ts';
import { roomSteps } from '../../../../../electron/shared/room-steps.ts';
import { lms } from '../../../api/lms-client.ts';
import { TallyChart } from '../../../classroom/TallyChart.tsx';
import { ErrorNotice } from '../../../components/ErrorNotice.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';

/**
 * The live quiz: the trainer puts one question at a time on the trainees' screens, watches answers arrive, then
 * reveals the answer, the explanation and the class's chart to everyone.
 */
export function LiveQuiz({
  live,
  courseId,
  onLive,
}: {
  live: LiveClassroom;
  courseId: string;
  onLive(live: LiveClassroom): void;
}) {
  const { t, pick } = useI18n();
  const l = t.live;
  const [outline, setOutline] = useState<PresentOutline | null>(null);
  const [quizId, setQuizId] = useState<string | null>(live.question?.quizId ?? null);
  const [quiz, setQuiz] = useState<PresentQuiz | null>(null);
  const [stepKey, setStepKey] = useState<string | null>(live.question?.stepKey ?? null);
  const [error, setError] = useState<unknown>(null);
  const [savedQuiz, setSavedQuiz] = useState<string | null>(null);
  const { sessionId, question } = live;
  const revealed = live.revealed.find((r) => r.quizId === quizId);

  useEffect(() => {
    lms.present.outline({ courseId }).then((o) => {
      setOutline(o);
      setQuizId((id) => id ?? o.modules.find((m) => m.quiz)?.quiz?.id ?? o.finalExam?.id ?? null);
    }, setError);
  }, [courseId]);
  useEffect(() => {
    if (quizId) lms.present.quiz({ courseId, quizId }).then(setQuiz, setError);
  }, [courseId, quizId]);
  const steps = useMemo(() => (quiz ? roomSteps(quiz.questions) : []), [quiz]);
  const quizzes = outline
    ? [...outline.modules.flatMap((m) => (m.quiz ? [m.quiz] : [])), ...(outline.finalExam ? [outline.finalExam] : [])]
    : [];
  const chosen = stepKey ?? steps[0]?.key ?? null;
  const act = (call: Promise<LiveClassroom>) => {
    setError(null);
    call.then(onLive, setError);
  };
  const ask = (key: string) => {
    setStepKey(key);
    if (quizId) act(lms.classroom.ask({ sessionId, quizId, stepKey: key }));
  };
  const nextKey = question ? steps[steps.findIndex((s) => s.key === question.stepKey) + 1]?.key : undefined;
  const present = live.members.filter((m) => m.isPresent).length;

  return (
    <section className="panel live-quiz" aria-labelledby="live-quiz-title">
      <h2 id="live-quiz-title">{l.quizTitle}</h2>
      <div className="live-quiz-pick">
        <div className="field">
          <label htmlFor="live-quiz">{l.chooseQuiz}</label>
          <select
            id="live-quiz"
            value={quizId ?? ''}
            onChange={(e) => {
              setQuizId(e.target.value);
              setStepKey(null);
            }}
          >
            {quizzes.map((q) => (
              <option key={q.id} value={q.id}>
                {pick(q.title)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="live-step">{l.chooseQuestion}</label>
          <select id="live-step" value={chosen ?? ''} onChange={(e) => setStepKey(e.target.value)}>
            {steps.map((s, i) => (
              <option key={s.key} value={s.key}>
                {i + 1}. {pick(s.question.prompt).slice(0, 80)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button-primary"
          disabled={!chosen}
          onClick={() => chosen && ask(chosen)}
        >
          {l.ask}
        </button>
      </div>
      <ErrorNotice error={error} />
      {revealed && quizId && (
        <p className="live-save">
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              lms.classroom.saveQuizResults({ sessionId, quizId }).then((next) => {
                onLive(next);
                setSavedQuiz(quizId);
              }, setError)
            }
          >
            {l.saveToReport(revealed.questions)}
          </button>
          {savedQuiz === quizId && (
            <span className="muted" role="status">
              {l.savedToReport}
            </span>
          )}
        </p>
      )}
      {!question && <p className="muted">{l.noQuestion}</p>}
      {question && (
        <div className="live-quiz-current" aria-live="polite">
          <p className="live-question-number">{t.present.questionOf(question.number, question.total)}</p>
          <h3>{pick(question.prompt)}</h3>
          {question.kind === 'aloud' ? (
            <p className="muted">{l.aloud}</p>
          ) : (
            <>
              <p className="live-answered">
                {l.answered(question.answeredCount, Math.max(present, question.answeredCount))}
              </p>
              <TallyChart question={question} showCorrect={question.isRevealed} />
            </>
          )}
          {question.isRevealed && question.explanation && <p>{pick(question.explanation)}</p>}
          <div className="live-quiz-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={question.isRevealed}
              onClick={() => {
                setSavedQuiz(null);
                act(lms.classroom.reveal({ sessionId }));
              }}
            >
              {l.reveal}
            </button>
            {nextKey && (
              <button type="button" className="button button-secondary" onClick={() => ask(nextKey)}>
                {l.next}
              </button>
            )}
            <button
              type="button"
              className="button button-quiet"
              onClick={() => act(lms.classroom.endQuestion({ sessionId }))}
            >
              {l.end}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

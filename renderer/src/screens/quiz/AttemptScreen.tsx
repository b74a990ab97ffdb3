import { useCallback, useEffect, useState } from 'react';
import type { Answer } from '../../../../electron/shared/assessment/answers.ts';
import type { AttemptView, PresentedSimpleQuestion } from '../../../../electron/shared/assessment/attempt-view.ts';
import { lms } from '../../api/lms-client.ts';
import { navigate } from '../../app/route.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QuestionInput } from './QuestionInput.tsx';
import { ReviewBlock } from './ReviewBlock.tsx';
import { formatClock, useCountdown } from './useCountdown.ts';

type SaveState = 'saving' | 'saved';
type Props = { courseId: string; quizId: string; attemptId: string };

const unitsOf = (view: AttemptView): PresentedSimpleQuestion[] =>
  view.questions.flatMap((q) => (q.type === 'scenario' ? q.questions : [q]));

/** One attempt: answer (each answer saved as it is given), submit, then see the result and the review. */
export function AttemptScreen({ courseId, quizId, attemptId }: Props) {
  const { t, pick, language } = useI18n();
  const [view, setView] = useState<AttemptView | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [saveState, setSaveState] = useState<Record<string, SaveState>>({});
  const [error, setError] = useState<unknown>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);

  const load = useCallback(() => {
    lms.quizzes.attempt({ attemptId }).then((v) => {
      setView(v);
      setAnswers(v.answers);
    }, setError);
  }, [attemptId]);
  useEffect(load, [load]);

  const isOpen = view !== null && view.submittedAt === null;
  const secondsLeft = useCountdown(isOpen ? view.deadline : null, load);

  async function answer(questionId: string, value: Answer) {
    setAnswers((a) => ({ ...a, [questionId]: value }));
    setSaveState((s) => ({ ...s, [questionId]: 'saving' }));
    try {
      await lms.quizzes.answer({ attemptId, questionId, answer: value });
      setSaveState((s) => ({ ...s, [questionId]: 'saved' }));
    } catch (e) {
      setError(e);
      load();
    }
  }

  async function submit() {
    if (!view) return;
    setSubmitting(true);
    setConfirming(false);
    try {
      // The order on screen is the learner's answer to an ordering question they did not change.
      for (const q of unitsOf(view)) {
        if (q.type === 'ordering' && !answers[q.id]) {
          await lms.quizzes.answer({
            attemptId,
            questionId: q.id,
            answer: { kind: 'ordering', itemIds: q.items.map((i) => i.id) },
          });
        }
      }
      const submitted = await lms.quizzes.submit({ attemptId });
      setView(submitted);
      setAnswers(submitted.answers);
      window.scrollTo({ top: 0 });
    } catch (e) {
      setError(e);
      load();
    } finally {
      setSubmitting(false);
    }
  }

  const back = (
    <button
      type="button"
      className="link-button back-link"
      onClick={() => navigate({ name: 'quiz', courseId, quizId })}
    >
      ← {view ? pick(view.title) : t.quiz.backToCourse}
    </button>
  );
  if (!view) {
    return (
      <main id="main" className="page page-narrow" aria-busy={!error}>
        {back}
        <ErrorNotice error={error} />
      </main>
    );
  }

  const units = unitsOf(view);
  const unanswered = units.filter((q) => q.type !== 'ordering' && !answers[q.id]).length;
  const result = view.result;

  return (
    <main id="main" className="page page-narrow quiz-attempt">
      {back}
      <h1>{pick(view.title)}</h1>
      {isOpen && secondsLeft !== null && (
        <p className={`timer${secondsLeft < 60 ? ' is-urgent' : ''}`} role="timer" aria-live="off">
          {t.quiz.timeLeft(formatClock(secondsLeft))}
        </p>
      )}
      {result && (
        <section className={`result-panel ${result.passed ? 'is-passed' : 'is-failed'}`} aria-labelledby="result-title">
          <h2 id="result-title">{result.passed ? t.quiz.resultPassed : t.quiz.resultFailed}</h2>
          <p className="result-score">
            {t.quiz.yourScore(formatPercent(result.percent, language), formatPercent(view.passMark, language))}
          </p>
          <p className="muted">{t.quiz.points(formatNumber(result.points, language), result.maxPoints)}</p>
          {result.timedOut && <p className="notice notice-warning">{t.quiz.timeUp}</p>}
          {!result.review && <p className="muted">{result.passed ? t.quiz.reviewNeverShown : t.quiz.reviewHidden}</p>}
          {view.progress.status === 'completed' && (
            <p className="success-banner">
              {t.lesson.courseComplete}{' '}
              <button type="button" className="link-button" onClick={() => navigate({ name: 'certificates' })}>
                {t.certificates.earned}
              </button>
            </p>
          )}
          <div className="result-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => navigate({ name: 'quiz', courseId, quizId })}
            >
              {t.quiz.history}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => navigate({ name: 'course', courseId })}
            >
              {t.quiz.backToCourse}
            </button>
          </div>
        </section>
      )}
      <ErrorNotice error={error} />
      <ol className="question-list">
        {view.questions.map((q, index) => {
          const render = (unit: PresentedSimpleQuestion, part?: number) => {
            const number = part === undefined ? `${index + 1}` : `${index + 1}.${part + 1}`;
            return (
              <li key={unit.id} className="question">
                <p className="question-number">{t.quiz.question(number, view.questions.length)}</p>
                <p className="question-prompt" id={`prompt-${unit.id}`}>
                  {pick(unit.prompt)}
                </p>
                <QuestionInput
                  question={unit}
                  answer={answers[unit.id]}
                  isLocked={!isOpen}
                  onAnswer={(a) => void answer(unit.id, a)}
                />
                {isOpen && (
                  <p className="save-state" aria-live="polite">
                    {saveState[unit.id] === 'saving'
                      ? t.quiz.saving
                      : answers[unit.id]
                        ? t.quiz.saved
                        : unit.type === 'ordering'
                          ? ''
                          : t.quiz.notAnswered}
                  </p>
                )}
                {result?.review?.[unit.id] && (
                  <ReviewBlock question={unit} answer={answers[unit.id]} review={result.review[unit.id]!} />
                )}
              </li>
            );
          };
          if (q.type !== 'scenario') return render(q);
          return (
            <li key={q.id} className="scenario">
              <p className="eyebrow">{t.quiz.caseStudy}</p>
              <p className="scenario-text">{pick(q.scenario)}</p>
              <ol className="question-list">{q.questions.map((sub, part) => render(sub, part))}</ol>
            </li>
          );
        })}
      </ol>
      {isOpen && (
        <div className="submit-row">
          {isConfirming ? (
            <div className="notice notice-warning" role="alertdialog" aria-labelledby="confirm-text">
              <p id="confirm-text">{t.quiz.confirmUnanswered(unanswered)}</p>
              <button type="button" className="button button-primary" onClick={() => void submit()}>
                {t.quiz.confirmSubmit}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
                {t.quiz.keepAnswering}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button button-primary button-large"
              disabled={isSubmitting}
              onClick={() => (unanswered > 0 ? setConfirming(true) : void submit())}
            >
              {isSubmitting ? t.quiz.submitting : t.quiz.submit}
            </button>
          )}
        </div>
      )}
    </main>
  );
}

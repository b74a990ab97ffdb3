import { useEffect, useState } from 'react';
import type { QuizOverview } from '../../../../electron/shared/assessment/attempt-view.ts';
import { lms } from '../../api/lms-client.ts';
import { navigate } from '../../app/route.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatDateTime, formatPercent } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** A quiz's rules, the learner's attempts, and the button to start, continue or retake. */
export function QuizScreen({ courseId, quizId }: { courseId: string; quizId: string }) {
  const { t, pick, language } = useI18n();
  const [overview, setOverview] = useState<QuizOverview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isStarting, setStarting] = useState(false);

  useEffect(() => {
    lms.quizzes.overview({ courseId, quizId }).then(setOverview, setError);
  }, [courseId, quizId]);

  async function start() {
    if (overview?.verdict.reason === 'inProgress') {
      return navigate({ name: 'attempt', courseId, quizId, attemptId: overview.verdict.attemptId });
    }
    setStarting(true);
    try {
      const attempt = await lms.quizzes.start({ courseId, quizId });
      navigate({ name: 'attempt', courseId, quizId, attemptId: attempt.attemptId });
    } catch (e) {
      setError(e);
      setStarting(false);
    }
  }

  const back = (
    <button type="button" className="link-button back-link" onClick={() => navigate({ name: 'course', courseId })}>
      ← {t.quiz.backToCourse}
    </button>
  );
  if (!overview) {
    return (
      <main id="main" className="page page-narrow" aria-busy={!error}>
        {back}
        <ErrorNotice error={error} />
      </main>
    );
  }
  const q = t.quiz;
  const v = overview.verdict;
  const used = overview.attempts.length;
  const review = { afterSubmit: q.reviewAfterSubmit, afterPass: q.reviewAfterPass, never: q.reviewNever }[
    overview.review
  ];

  return (
    <main id="main" className="page page-narrow">
      {back}
      <p className="eyebrow">{overview.isFinalExam ? q.finalExam : q.moduleQuiz}</p>
      <h1>{pick(overview.title)}</h1>
      {overview.passed && <p className="success-text">✓ {q.passed}</p>}
      <dl className="quiz-facts">
        <div>
          <dt>{q.passMark}</dt>
          <dd>{formatPercent(overview.passMark, language)}</dd>
        </div>
        <div>
          <dt>{q.questions}</dt>
          <dd>{overview.questionCount}</dd>
        </div>
        <div>
          <dt>{q.timeLimit}</dt>
          <dd>{overview.timeLimitMinutes ? q.minutes(overview.timeLimitMinutes) : q.noTimeLimit}</dd>
        </div>
        <div>
          <dt>{q.attemptsAllowed}</dt>
          <dd>{overview.attemptLimit ? q.attemptsUsed(used, overview.attemptLimit) : q.unlimited}</dd>
        </div>
        <div>
          <dt>{q.reviewPolicy}</dt>
          <dd>{review}</dd>
        </div>
      </dl>
      {overview.cooldownMinutes && <p className="muted">{q.cooldown(overview.cooldownMinutes)}</p>}
      <p className="muted small">{q.scoringRules}</p>
      <ErrorNotice error={error} />
      {v.reason === 'attemptLimit' && <p className="notice notice-warning">{q.limitReached(v.limit)}</p>}
      {v.reason === 'cooldown' && (
        <p className="notice notice-warning">{q.coolingDown(formatDateTime(v.until, language))}</p>
      )}
      {(v.canStart || v.reason === 'inProgress') && (
        <button
          type="button"
          className="button button-primary button-large"
          onClick={() => void start()}
          disabled={isStarting}
        >
          {v.reason === 'inProgress' ? q.continueAttempt : used > 0 ? q.retake : q.start}
        </button>
      )}
      {overview.attempts.length > 0 && (
        <section aria-labelledby="history-title" className="quiz-history">
          <h2 id="history-title">{q.history}</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{q.attemptDate}</th>
                <th scope="col">{q.score}</th>
                <th scope="col">{q.result}</th>
                <th scope="col">
                  <span className="visually-hidden">{q.reviewLink}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.attempts.map((a) => (
                <tr key={a.attemptId}>
                  <td>{formatDateTime(a.startedAt, language)}</td>
                  <td>{a.percent === null ? '—' : formatPercent(a.percent, language)}</td>
                  <td>{a.submittedAt === null ? q.inProgress : a.passed ? q.resultPassed : q.failed}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => navigate({ name: 'attempt', courseId, quizId, attemptId: a.attemptId })}
                    >
                      {a.submittedAt === null ? q.continueAttempt : q.reviewLink}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}

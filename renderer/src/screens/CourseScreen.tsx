import { useEffect, useState } from 'react';
import type { CourseOutline, QuizRef } from '../../../electron/shared/catalog.ts';
import { lms } from '../api/lms-client.ts';
import { navigate } from '../app/route.ts';
import { ErrorScreen } from '../components/ErrorScreen.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { formatDate, formatPercent } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The lesson to open next: where the learner was, else the first not yet done, else the first. */
export function nextLessonId(outline: CourseOutline): string | null {
  const lessons = outline.modules.flatMap((m) => m.lessons);
  const done = new Set(outline.progress.completedLessonIds);
  if (outline.progress.lastLessonId && !done.has(outline.progress.lastLessonId)) return outline.progress.lastLessonId;
  return (lessons.find((l) => !done.has(l.id)) ?? lessons[0])?.id ?? null;
}

function QuizRow({ courseId, quiz, label }: { courseId: string; quiz: QuizRef; label: string }) {
  const { t, pick, language } = useI18n();
  return (
    <button
      type="button"
      className={`lesson-link quiz-link${quiz.passed ? ' is-done' : ''}`}
      onClick={() => navigate({ name: 'quiz', courseId, quizId: quiz.id })}
    >
      <span className="lesson-check quiz-icon" aria-hidden="true">
        {quiz.passed ? '✓' : '?'}
      </span>
      <span className="lesson-link-title">
        <span className="quiz-kind">{label}</span> {pick(quiz.title)}
        {quiz.required && <span className="quiz-required"> · {t.quiz.required}</span>}
      </span>
      <span className="lesson-link-meta">
        {quiz.passed
          ? t.quiz.passed
          : quiz.bestPercent !== null
            ? t.quiz.best(formatPercent(quiz.bestPercent, language))
            : t.quiz.notTaken}
      </span>
    </button>
  );
}

export type CourseScreenProps = { courseId: string; focusTermId: string | null };

export function CourseScreen({ courseId, focusTermId }: CourseScreenProps) {
  const { t, pick, language } = useI18n();
  const [outline, setOutline] = useState<CourseOutline | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    lms.courses.outline({ courseId }).then(setOutline, setError);
  }, [courseId]);
  useEffect(() => {
    if (outline && focusTermId) document.getElementById(`term-${focusTermId}`)?.scrollIntoView({ block: 'center' });
  }, [outline, focusTermId]);

  if (error) return <ErrorScreen error={error} />;
  if (!outline) return <main id="main" className="page" aria-busy="true" />;

  const { progress } = outline;
  const next = nextLessonId(outline);
  const done = new Set(progress.completedLessonIds);
  const title = pick(outline.title);

  return (
    <main id="main" className="page">
      <button type="button" className="link-button back-link" onClick={() => navigate({ name: 'catalogue' })}>
        ← {t.course.back}
      </button>
      <div className="course-hero">
        <div>
          <StatusBadge status={progress.status} />
          <h1>{title}</h1>
          <p className="lead">{pick(outline.description)}</p>
          <p className="course-meta">
            {t.catalogue.hours(outline.hours)} · {t.catalogue.modules(outline.modules.length)} ·{' '}
            {t.course.lessonsDone(progress.completedRequiredCount, progress.requiredLessonCount)}
          </p>
          {progress.completedAt && (
            <p className="success-text">{t.course.completedOn(formatDate(progress.completedAt, language))}</p>
          )}
        </div>
        <div className="course-hero-side">
          <ProgressBar
            percent={progress.percent}
            label={t.catalogue.progressLabel(title)}
            isComplete={progress.status === 'completed'}
          />
          {next && (
            <button
              type="button"
              className="button button-primary button-large"
              onClick={() => navigate({ name: 'lesson', courseId, lessonId: next })}
            >
              {progress.status === 'notStarted' ? t.course.start : t.course.continue}
            </button>
          )}
        </div>
      </div>
      <div className="course-columns">
        <section aria-labelledby="modules-title" className="course-modules">
          <h2 id="modules-title">{t.course.modulesTitle}</h2>
          <ol className="module-list">
            {outline.modules.map((module, mi) => (
              <li key={module.id} className="module">
                <h3>
                  <span className="module-number">{mi + 1}</span> {pick(module.title)}
                </h3>
                {module.summary && <p className="muted">{pick(module.summary)}</p>}
                <ol className="lesson-list">
                  {module.lessons.map((lesson) => (
                    <li key={lesson.id}>
                      <button
                        type="button"
                        className={`lesson-link${done.has(lesson.id) ? ' is-done' : ''}`}
                        onClick={() => navigate({ name: 'lesson', courseId, lessonId: lesson.id })}
                      >
                        <span className="lesson-check" aria-hidden="true">
                          {done.has(lesson.id) ? '✓' : ''}
                        </span>
                        <span className="lesson-link-title">{pick(lesson.title)}</span>
                        <span className="lesson-link-meta">
                          {done.has(lesson.id) && <span className="visually-hidden">{t.course.lessonDone}, </span>}
                          {!lesson.required && `${t.course.optional} · `}
                          {t.course.minutes(lesson.minutes)}
                        </span>
                      </button>
                    </li>
                  ))}
                </ol>
                {module.quiz && <QuizRow courseId={courseId} quiz={module.quiz} label={t.quiz.moduleQuiz} />}
              </li>
            ))}
          </ol>
          {outline.finalExam && (
            <div className="final-exam">
              <h3>{t.quiz.finalExam}</h3>
              <QuizRow courseId={courseId} quiz={outline.finalExam} label={t.quiz.finalExam} />
            </div>
          )}
        </section>
        <aside className="course-aside">
          <section aria-labelledby="objectives-title" className="panel">
            <h2 id="objectives-title" className="h-small">
              {t.course.objectives}
            </h2>
            <ul className="objectives">
              {outline.objectives.map((o, i) => (
                <li key={i}>{pick(o)}</li>
              ))}
            </ul>
            <h2 className="h-small">{t.course.audience}</h2>
            <p>{pick(outline.audience)}</p>
          </section>
          {outline.glossary.length > 0 && (
            <details className="panel glossary" open={focusTermId !== null}>
              <summary className="h-small">{t.course.glossary(outline.glossary.length)}</summary>
              <dl>
                {outline.glossary.map((term) => (
                  <div key={term.id} id={`term-${term.id}`} className={term.id === focusTermId ? 'is-focused' : ''}>
                    <dt lang={language}>
                      {term[language]} <span className="muted">({term[language === 'th' ? 'en' : 'th']})</span>
                    </dt>
                    <dd>{pick(term.definition)}</dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
        </aside>
      </div>
    </main>
  );
}

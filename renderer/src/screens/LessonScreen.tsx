import { useEffect, useState } from 'react';
import type { CourseOutline, LessonContent } from '../../../electron/shared/catalog.ts';
import type { CourseProgress } from '../../../electron/shared/progress.ts';
import { lms } from '../api/lms-client.ts';
import { navigate } from '../app/route.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ErrorScreen } from '../components/ErrorScreen.tsx';
import { Markdown } from '../components/Markdown.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useScrollMemory } from './useScrollMemory.ts';

type Loaded = { outline: CourseOutline; lesson: LessonContent; scroll: number | null };

export function LessonScreen({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  const { t, pick, language } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [progress, setProgress] = useState<CourseProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    setLoaded(null);
    setError(null);
    (async () => {
      const point = await lms.progress.resumePoint({});
      const [outline, lesson] = await Promise.all([
        lms.courses.outline({ courseId }),
        lms.courses.lesson({ courseId, lessonId }),
      ]);
      const opened = await lms.progress.openLesson({ courseId, lessonId });
      if (!isCurrent) return;
      const scroll = point?.courseId === courseId && point.lessonId === lessonId ? point.scroll : null;
      setLoaded({ outline, lesson, scroll });
      setProgress(opened);
    })().catch((e: unknown) => isCurrent && setError(e));
    return () => {
      isCurrent = false;
    };
  }, [courseId, lessonId]);

  useScrollMemory(courseId, lessonId, loaded?.scroll ?? null, loaded !== null);

  // A failure after the lesson loaded (saving progress) is shown under the lesson, which stays on screen.
  if (error && !loaded) return <ErrorScreen error={error} />;
  if (!loaded || !progress) {
    return (
      <main id="main" className="page" aria-busy="true">
        <p className="muted">{t.lesson.loading}</p>
      </main>
    );
  }

  const { outline, lesson } = loaded;
  const isDone = progress.completedLessonIds.includes(lessonId);
  const module = outline.modules.find((m) => m.lessons.some((l) => l.id === lessonId));
  const courseTitle = pick(outline.title);

  async function complete() {
    setSaving(true);
    setError(null);
    try {
      setProgress(await lms.progress.completeLesson({ courseId, lessonId }));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="lesson-layout">
      <nav className="lesson-sidebar" aria-label={t.lesson.outline}>
        <button type="button" className="link-button back-link" onClick={() => navigate({ name: 'course', courseId })}>
          ← {courseTitle}
        </button>
        <ProgressBar
          percent={progress.percent}
          label={t.catalogue.progressLabel(courseTitle)}
          isComplete={progress.status === 'completed'}
        />
        <ol className="sidebar-modules">
          {outline.modules.map((m) => (
            <li key={m.id}>
              <p className="sidebar-module-title">{pick(m.title)}</p>
              <ol>
                {m.lessons.map((l) => {
                  const lessonDone = progress.completedLessonIds.includes(l.id);
                  return (
                    <li key={l.id}>
                      <a
                        href={`#/course/${encodeURIComponent(courseId)}/lesson/${encodeURIComponent(l.id)}`}
                        className={`sidebar-lesson${l.id === lessonId ? ' is-current' : ''}${lessonDone ? ' is-done' : ''}`}
                        aria-current={l.id === lessonId ? 'page' : undefined}
                      >
                        <span className="lesson-check" aria-hidden="true">
                          {lessonDone ? '✓' : ''}
                        </span>
                        <span>{pick(l.title)}</span>
                        {lessonDone && <span className="visually-hidden"> ({t.course.lessonDone})</span>}
                      </a>
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      </nav>
      <main id="main" className="lesson-main">
        <article className="lesson" lang={language}>
          {module && <p className="eyebrow">{pick(module.title)}</p>}
          <h1>{pick(lesson.title)}</h1>
          <Markdown markdown={lesson.markdown[language]} assets={lesson.assets} />
        </article>
        <footer className="lesson-footer">
          <ErrorNotice error={error} />
          <div className="complete-row">
            {isDone ? (
              <p className="success-text" role="status">
                ✓ {t.lesson.completed}
              </p>
            ) : (
              <button
                type="button"
                className="button button-primary button-large"
                onClick={() => void complete()}
                disabled={isSaving}
              >
                {isSaving ? t.lesson.saving : t.lesson.markComplete}
              </button>
            )}
            {progress.status === 'completed' && (
              <p className="success-banner" role="status">
                {t.lesson.courseComplete}
              </p>
            )}
          </div>
          <div className="pager">
            {lesson.previousLessonId ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => navigate({ name: 'lesson', courseId, lessonId: lesson.previousLessonId! })}
              >
                ← {t.lesson.previous}
              </button>
            ) : (
              <span />
            )}
            {lesson.nextLessonId ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => navigate({ name: 'lesson', courseId, lessonId: lesson.nextLessonId! })}
              >
                {t.lesson.next} →
              </button>
            ) : (
              <span className="muted">{t.lesson.endOfCourse}</span>
            )}
          </div>
        </footer>
      </main>
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { AppStatus } from '../../../electron/shared/app-status.ts';
import type { ChannelOutput } from '../../../electron/shared/contract.ts';
import { lms } from '../api/lms-client.ts';
import { navigate } from '../app/route.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useI18n } from '../i18n/i18n.tsx';

type Catalog = ChannelOutput<'catalog.list'>;

export function CatalogueScreen({ status }: { status: AppStatus }) {
  const { t, pick } = useI18n();
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isSettingsNoticeOpen, setSettingsNoticeOpen] = useState(status.settingsResetBackup !== null);

  useEffect(() => {
    lms.catalog.list({}).then(setCatalog, setError);
  }, []);

  return (
    <main id="main" className="page">
      {isSettingsNoticeOpen && status.settingsResetBackup && (
        <div className="notice notice-warning" role="status">
          <p>{t.startup.settingsReset(status.settingsResetBackup)}</p>
          <button type="button" className="button button-quiet" onClick={() => setSettingsNoticeOpen(false)}>
            {t.startup.dismiss}
          </button>
        </div>
      )}
      <h1>{t.catalogue.title}</h1>
      <p className="lead">{t.catalogue.intro}</p>
      <p className="join-entry">
        {t.join.entryHint}{' '}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => navigate({ name: 'join', code: null })}
        >
          {t.join.entry}
        </button>
      </p>
      <ErrorNotice error={error} />
      {catalog && catalog.courses.length === 0 && <p className="muted">{t.catalogue.empty}</p>}
      <ul className="course-grid" aria-label={t.catalogue.title}>
        {catalog?.courses.map((course) => {
          const title = pick(course.title);
          const action =
            course.progress.status === 'completed'
              ? t.catalogue.review
              : course.progress.status === 'inProgress'
                ? t.catalogue.continue
                : t.catalogue.open;
          return (
            <li key={course.id} className="course-card">
              <div className="course-card-top">
                <StatusBadge status={course.progress.status} />
                <span className="course-meta">
                  {t.catalogue.hours(course.hours)} · {t.catalogue.lessons(course.lessonCount)}
                </span>
              </div>
              <h2 className="course-title">{title}</h2>
              <p className="course-description">{pick(course.description)}</p>
              <ProgressBar
                percent={course.progress.percent}
                label={t.catalogue.progressLabel(title)}
                isComplete={course.progress.status === 'completed'}
              />
              <button
                type="button"
                className="button button-primary"
                aria-label={`${action}: ${title}`}
                onClick={() => navigate({ name: 'course', courseId: course.id })}
              >
                {action}
              </button>
            </li>
          );
        })}
      </ul>
      {catalog && catalog.broken.length > 0 && (
        <section className="panel panel-problem" aria-labelledby="broken-title">
          <h2 id="broken-title">{t.catalogue.brokenTitle}</h2>
          <p>{t.catalogue.brokenBody}</p>
          <ul className="broken-list">
            {catalog.broken.map((b) => (
              <li key={b.folder}>
                <details>
                  <summary>
                    <code>{b.folder}</code> — {t.catalogue.problems(b.problems.length)}
                  </summary>
                  <ul>
                    {b.problems.map((p, i) => (
                      <li key={i}>
                        <code>
                          {p.file} {p.path}
                        </code>
                        : {p.message}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

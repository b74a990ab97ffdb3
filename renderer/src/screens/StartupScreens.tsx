import type { AppStatus } from '../../../electron/shared/app-status.ts';
import { catalogues, useI18n } from '../i18n/i18n.tsx';

export function LoadingScreen() {
  const { t } = useI18n();
  return (
    <main id="main" className="centered-screen" aria-busy="true">
      <p className="muted">{t.startup.loading}</p>
    </main>
  );
}

export function UnreachableScreen({ onRetry }: { onRetry(): void }) {
  const { t } = useI18n();
  return (
    <main id="main" className="centered-screen">
      <div className="panel panel-problem" role="alert">
        <h1>{t.startup.unreachable}</h1>
        <button type="button" className="button button-primary" onClick={onRetry}>
          {t.startup.retry}
        </button>
      </div>
    </main>
  );
}

/** A damaged or newer database gets its own explanation in both languages, never a blank window. */
export function StartupProblemScreen({ status }: { status: AppStatus }) {
  const { t, language } = useI18n();
  const problem = status.problem;
  if (!problem) return null;
  const other = language === 'th' ? 'en' : 'th';
  return (
    <main id="main" className="centered-screen">
      <div className="panel panel-problem" role="alert">
        {problem.kind === 'dbCorrupt' ? (
          <>
            <h1>{t.startup.dbCorruptTitle}</h1>
            <p>{t.startup.dbCorruptBody}</p>
            <ProblemInOtherLanguage language={other} kind="dbCorrupt" />
          </>
        ) : (
          <>
            <h1>{t.startup.dbFutureTitle}</h1>
            <p>{t.startup.dbFutureBody(problem.databaseVersion, problem.supportedVersion)}</p>
            <ProblemInOtherLanguage
              language={other}
              kind="dbFromFuture"
              versions={[problem.databaseVersion, problem.supportedVersion]}
            />
          </>
        )}
        <dl className="facts">
          <dt>{t.startup.file}</dt>
          <dd>
            <code>{problem.databasePath}</code>
          </dd>
        </dl>
      </div>
    </main>
  );
}

function ProblemInOtherLanguage(props: {
  language: 'th' | 'en';
  kind: 'dbCorrupt' | 'dbFromFuture';
  versions?: [number, number];
}) {
  const m = catalogues[props.language].startup;
  return (
    <div lang={props.language} className="other-language">
      <p className="other-language-title">{props.kind === 'dbCorrupt' ? m.dbCorruptTitle : m.dbFutureTitle}</p>
      <p>{props.kind === 'dbCorrupt' ? m.dbCorruptBody : m.dbFutureBody(...(props.versions ?? [0, 0]))}</p>
    </div>
  );
}

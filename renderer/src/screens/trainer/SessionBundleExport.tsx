import { useState } from 'react';
import { lms } from '../../api/lms-client.ts';
import { downloadFile } from '../../components/download.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** The whole session (roster, attendance, everyone's progress) in one signed file for the Academy's admin laptop. */
export function SessionBundleExport({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const m = t.trainer;
  const [error, setError] = useState<unknown>(null);
  return (
    <section className="panel" aria-labelledby="session-bundle-title">
      <h2 id="session-bundle-title">{m.sessionBundleTitle}</h2>
      <p className="muted">{m.sessionBundleBody}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          setError(null);
          lms.bundles.exportSession({ sessionId }).then(downloadFile, setError);
        }}
      >
        {m.sessionBundleButton}
      </button>
      <ErrorNotice error={error} />
    </section>
  );
}

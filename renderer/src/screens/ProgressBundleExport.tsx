import { useState } from 'react';
import { lms } from '../api/lms-client.ts';
import { downloadFile } from '../components/download.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** The signed-in learner's progress as one signed file, for a trainer collecting a class without a network. */
export function ProgressBundleExport() {
  const { t } = useI18n();
  const b = t.bundles;
  const [isBusy, setBusy] = useState(false);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function exportMine() {
    setBusy(true);
    setError(null);
    setSavedAs(null);
    try {
      const file = await lms.bundles.exportMine({});
      downloadFile(file);
      setSavedAs(file.fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="progress-export-title">
      <h2 id="progress-export-title">{b.exportTitle}</h2>
      <p className="muted">{b.exportBody}</p>
      <button type="button" className="button button-secondary" disabled={isBusy} onClick={() => void exportMine()}>
        {isBusy ? b.exporting : b.exportButton}
      </button>
      {savedAs && (
        <p className="success-text" role="status">
          {b.exported(savedAs)}
        </p>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}

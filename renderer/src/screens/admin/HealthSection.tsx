import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Database size, integrity and last backup, with an online backup on demand. */
export function HealthSection() {
  const { t, language } = useI18n();
  const a = t.admin;
  const [health, setHealth] = useState<ChannelOutput<'admin.health'> | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    lms.admin.health({}).then(setHealth, setError);
  }, []);

  async function backup() {
    setBusy(true);
    setError(null);
    try {
      const after = await lms.admin.backup({});
      setHealth(after);
      setDone(after.lastBackupPath);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel admin-section" aria-labelledby="health-title">
      <h2 id="health-title">{a.healthTitle}</h2>
      <ErrorNotice error={error} />
      {health && (
        <dl className="facts">
          <dt>{a.dbFile}</dt>
          <dd>
            <code>{health.databasePath}</code>
          </dd>
          <dt>{a.dbSize}</dt>
          <dd>{formatNumber(Math.round(health.sizeBytes / 1024), language)} KB</dd>
          <dt>{a.integrity}</dt>
          <dd>{health.integrity}</dd>
          <dt>{a.lastBackup}</dt>
          <dd>{health.lastBackupAt ? formatDateTime(health.lastBackupAt, language) : a.never}</dd>
        </dl>
      )}
      <button type="button" className="button button-primary" disabled={isBusy} onClick={() => void backup()}>
        {isBusy ? a.backingUp : a.backupNow}
      </button>
      {done && (
        <p className="success-text" role="status">
          {a.backedUp(done)}
        </p>
      )}
      <p className="muted small">{a.restoreHint}</p>
    </section>
  );
}

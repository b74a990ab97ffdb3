import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import { lms } from '../../api/lms-client.ts';
import { downloadFile } from '../../components/download.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The most recent admin actions, and the whole log as CSV. */
export function AuditSection() {
  const { t, language } = useI18n();
  const a = t.admin;
  const [entries, setEntries] = useState<ChannelOutput<'admin.auditLog'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    lms.admin.auditLog({}).then(setEntries, setError);
  }, []);
  return (
    <section className="panel admin-section" aria-labelledby="audit-title">
      <div className="admin-top">
        <h2 id="audit-title">{a.auditTitle}</h2>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void lms.admin.exportAuditLog({}).then(downloadFile, setError)}
        >
          {t.records.exportAudit}
        </button>
      </div>
      <ErrorNotice error={error} />
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{a.auditWhen}</th>
              <th scope="col">{a.auditAction}</th>
              <th scope="col">{a.auditDetail}</th>
            </tr>
          </thead>
          <tbody>
            {entries?.slice(0, 30).map((e, i) => (
              <tr key={i}>
                <td>{formatDateTime(e.at, language)}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>
                  <code>{JSON.stringify(e.detail)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Row = ChannelOutput<'admin.certificates'>[number];
type Job = ChannelOutput<'admin.job'>;

/** Find certificates, revoke (with a reason) or reissue them, and export them all as a ZIP in the background. */
export function CertificatesSection() {
  const { t, pick, language } = useI18n();
  const a = t.admin;
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<'all' | 'live' | 'revoked'>('all');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    lms.admin.certificates({ courseId: null, query, status }).then(setRows, setError);
  }, [query, status]);
  useEffect(load, [load]);

  useEffect(() => {
    if (job?.state !== 'running') return;
    const timer = setTimeout(() => void lms.admin.job({ jobId: job.id }).then(setJob, setError), 300);
    return () => clearTimeout(timer);
  }, [job]);

  async function act(action: () => Promise<void>) {
    setError(null);
    setMessage(null);
    try {
      await action();
      load();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="panel admin-section" aria-labelledby="admin-certs-title">
      <h2 id="admin-certs-title">{a.certificatesTitle}</h2>
      <div className="admin-filters">
        <div className="field">
          <label htmlFor="cert-search">{a.search}</label>
          <input id="cert-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="cert-status">{a.status}</label>
          <select id="cert-status" value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            <option value="all">{a.statusAll}</option>
            <option value="live">{a.statusLive}</option>
            <option value="revoked">{a.statusRevoked}</option>
          </select>
        </div>
      </div>
      <ErrorNotice error={error} />
      {message && (
        <p className="success-text" role="status">
          {message}
        </p>
      )}
      {rows?.length === 0 && <p className="muted">{a.none}</p>}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{a.number}</th>
                <th scope="col">{a.learner}</th>
                <th scope="col">{a.course}</th>
                <th scope="col">{a.completed}</th>
                <th scope="col">{a.actions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <code>{r.id}</code>
                  </td>
                  <td>
                    {language === 'th' ? r.nameTh : r.nameEn}
                    <br />
                    <span className="muted small">{r.agency}</span>
                  </td>
                  <td>{pick(r.courseTitle)}</td>
                  <td>{formatDate(`${r.completedOn}T12:00:00Z`, language)}</td>
                  <td>
                    {r.revokedReason !== null ? (
                      <span className="badge badge-revoked">{a.revokedBecause(r.revokedReason)}</span>
                    ) : revoking === r.id ? (
                      <form
                        className="revoke-form"
                        onSubmit={(e) => {
                          e.preventDefault();
                          void act(async () => {
                            await lms.admin.revokeCertificate({ id: r.id, reason });
                            setRevoking(null);
                            setReason('');
                          });
                        }}
                      >
                        <label htmlFor={`reason-${r.id}`}>{a.revokeReason(r.id)}</label>
                        <input
                          id={`reason-${r.id}`}
                          value={reason}
                          onChange={(e) => setReason(e.target.value)}
                          autoFocus
                        />
                        <button type="submit" className="button button-primary">
                          {a.confirmRevoke}
                        </button>
                        <button type="button" className="button button-quiet" onClick={() => setRevoking(null)}>
                          {a.cancel}
                        </button>
                      </form>
                    ) : (
                      <div className="row-actions">
                        <button type="button" className="button button-quiet" onClick={() => setRevoking(r.id)}>
                          {a.revoke}
                        </button>
                        <button
                          type="button"
                          className="button button-quiet"
                          onClick={() =>
                            void act(async () =>
                              setMessage(a.reissued((await lms.admin.reissueCertificate({ id: r.id })).id)),
                            )
                          }
                        >
                          {a.reissue}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="h-small">{a.exportTitle}</h3>
      {job?.state === 'running' ? (
        <div className="export-progress">
          <ProgressBar
            percent={job.total ? Math.floor((job.done * 100) / job.total) : 0}
            label={a.exporting(job.done, job.total)}
          />
          <p role="status">{a.exporting(job.done, job.total)}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void lms.admin.cancelJob({ jobId: job.id })}
          >
            {a.cancelExport}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button-primary"
          onClick={() =>
            void act(async () => setJob(await lms.admin.job(await lms.admin.exportCertificates({ courseId: null }))))
          }
        >
          {a.exportButton}
        </button>
      )}
      {job?.state === 'done' && job.path && (
        <p className="success-text" role="status">
          {a.exportDone(job.path)}
        </p>
      )}
      {job?.state === 'cancelled' && <p role="status">{a.exportCancelled}</p>}
      {job?.state === 'failed' && (
        <p className="notice notice-error" role="alert">
          {a.exportFailed(job.error ?? '')}
        </p>
      )}
    </section>
  );
}

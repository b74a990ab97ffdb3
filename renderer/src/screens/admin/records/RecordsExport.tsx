import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../../electron/shared/contract.ts';
import type { ExportFormat } from '../../../../../electron/shared/records.ts';
import { lms } from '../../../api/lms-client.ts';
import { downloadChunks } from '../../../components/downloadChunks.ts';
import { ErrorNotice } from '../../../components/ErrorNotice.tsx';
import { ProgressBar } from '../../../components/ProgressBar.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { RecordView } from './record-filter-state.ts';

type Job = ChannelOutput<'admin.job'>;

/** Exports the current view in the background with progress and cancel, then offers the file as a download. */
export function RecordsExport({ view }: { view: RecordView }) {
  const { t, language } = useI18n();
  const r = t.records;
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [job, setJob] = useState<Job | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download(jobId: string) {
    setDownloading(true);
    try {
      await downloadChunks((offset) => lms.admin.exportChunk({ jobId, offset }));
    } catch (e) {
      setError(e);
    } finally {
      setDownloading(false);
    }
  }

  useEffect(() => {
    if (job?.state !== 'running') return;
    const timer = setTimeout(
      () =>
        void lms.admin.job({ jobId: job.id }).then((next) => {
          setJob(next);
          if (next.state === 'done') void download(next.id);
        }, setError),
      300,
    );
    return () => clearTimeout(timer);
  }, [job]);

  async function start() {
    setError(null);
    try {
      const { jobId } = await lms.admin.exportRecords({ ...view, format });
      setJob(await lms.admin.job({ jobId }));
    } catch (e) {
      setError(e);
    }
  }

  const formats: [ExportFormat, string][] = [
    ['xlsx', r.formatXlsx],
    ['csv', r.formatCsv],
    ['json', r.formatJson],
    ['xapi', r.formatXapi],
    ['events', r.formatEvents],
  ];
  return (
    <section className="records-export" aria-labelledby="records-export-title">
      <h2 id="records-export-title" className="h3">
        {r.exportTitle}
      </h2>
      <p className="muted small">{r.exportHint}</p>
      <div className="records-export-controls">
        <div className="field">
          <label htmlFor="records-format">{r.format}</label>
          <select id="records-format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {formats.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {job?.state === 'running' ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void lms.admin.cancelJob({ jobId: job.id })}
          >
            {r.cancel}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => void start()}>
            {r.exportButton}
          </button>
        )}
      </div>
      {job?.state === 'running' && (
        <ProgressBar
          percent={job.total ? Math.floor((job.done * 100) / job.total) : 0}
          label={r.exporting(formatNumber(job.done, language), formatNumber(job.total, language))}
        />
      )}
      <p role="status" className="small">
        {job?.state === 'running' && r.exporting(formatNumber(job.done, language), formatNumber(job.total, language))}
        {job?.state === 'done' && job.path && r.done(job.path)}
        {job?.state === 'cancelled' && r.cancelled}
        {job?.state === 'failed' && r.failed(job.error ?? '')}
        {downloading && ` ${r.downloading}`}
      </p>
      {job?.state === 'done' && (
        <button
          type="button"
          className="button button-secondary"
          disabled={downloading}
          onClick={() => void download(job.id)}
        >
          {r.download}
        </button>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}

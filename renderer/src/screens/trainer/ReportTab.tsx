import { useCallback, useEffect, useState } from 'react';
import type { SessionReport, SessionSummary } from '../../../../electron/shared/classroom.ts';
import { lms } from '../../api/lms-client.ts';
import { downloadFile } from '../../components/download.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatNumber, formatShortDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Attendance, progress, results and eligibility per trainee; exports; certificates for the eligible in bulk. */
export function ReportTab({ session }: { session: SessionSummary }) {
  const { t, language } = useI18n();
  const m = t.trainer;
  const [report, setReport] = useState<SessionReport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    lms.trainer.report({ sessionId: session.id }).then(setReport, setError);
  }, [session.id]);
  useEffect(load, [load]);

  async function act(action: () => Promise<void>) {
    setError(null);
    setMessage(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    }
  }
  async function issue(kind: 'participation' | 'completion') {
    const result = await lms.trainer.issueCertificates({ sessionId: session.id, kind });
    setMessage(m.issued(result.issued.length, result.skipped.length));
    load();
  }
  if (!report) return <ErrorNotice error={error} />;
  const yes = (ok: boolean) => <span className={ok ? 'tone-success' : 'muted'}>{ok ? m.yes : m.no}</span>;
  const pct = (n: number) => `${formatNumber(n, language)}%`;
  const dates = [...new Set(report.days.map((d) => d.date))];

  return (
    <section aria-labelledby="report-title" className="panel">
      <div className="admin-top">
        <h2 id="report-title">{m.tabReport}</h2>
        <div className="button-row">
          {(['pdf', 'xlsx', 'csv'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button-secondary"
              onClick={() =>
                void act(async () => downloadFile(await lms.trainer.exportReport({ sessionId: session.id, format })))
              }
            >
              {m.exportAs(format.toUpperCase())}
            </button>
          ))}
        </div>
      </div>
      <p className="muted">{m.thresholdNote(session.attendanceThreshold, report.slots)}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void act(() => issue('participation'))}>
          {m.issueParticipation(report.trainees.filter((x) => x.eligibleParticipation).length)}
        </button>
        <button type="button" className="button button-primary" onClick={() => void act(() => issue('completion'))}>
          {m.issueCompletion(report.trainees.filter((x) => x.eligibleCompletion).length)}
        </button>
      </div>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <ErrorNotice error={error} />
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table report-table">
          <caption className="visually-hidden">{m.tabReport}</caption>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.attendance}</th>
              {dates.map((date) => (
                <th scope="col" key={date} className="is-number">
                  {formatShortDate(date, language)}
                </th>
              ))}
              <th scope="col">{m.lessons}</th>
              <th scope="col">{m.exam}</th>
              <th scope="col">{m.roomQuiz}</th>
              <th scope="col">{m.participation}</th>
              <th scope="col">{m.completion}</th>
              <th scope="col">{m.certificates}</th>
            </tr>
          </thead>
          <tbody>
            {report.trainees.map((r) => (
              <tr key={r.profileId}>
                <th scope="row">
                  {language === 'th' ? r.nameTh : r.nameEn}
                  <br />
                  <span className="muted small">{r.agency}</span>
                </th>
                <td className="is-number">{pct(r.attendancePercent)}</td>
                {r.days.map((d) => (
                  <td key={d.date} className="is-number">
                    {d.attended}/{d.slots}
                  </td>
                ))}
                <td className="is-number">
                  {r.lessonsCompleted}/{r.lessonsRequired}
                </td>
                <td className="is-number">{r.finalExam === null ? '–' : pct(r.finalExam)}</td>
                <td className="is-number small">
                  {r.roomQuizzes.map((q) => `${q.correct}/${q.total}`).join(' · ') || '–'}
                </td>
                <td>{yes(r.eligibleParticipation)}</td>
                <td>{yes(r.eligibleCompletion)}</td>
                <td className="mono small">{r.certificates.map((c) => c.id).join(', ') || '–'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m.attendedPerSlot}</th>
              <td />
              {dates.map((date) => (
                <td key={date} className="is-number small">
                  {report.days
                    .filter((d) => d.date === date)
                    .map((d) => `${m.parts[d.part as keyof typeof m.parts]} ${d.attended}/${report.trainees.length}`)
                    .join(' · ')}
                </td>
              ))}
              <td colSpan={6} />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

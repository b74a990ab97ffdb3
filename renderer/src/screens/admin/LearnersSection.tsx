import { useState, type ChangeEvent } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Learners from a CSV file: every row's problems first, then all or nothing. */
export function LearnersSection() {
  const { t, pick } = useI18n();
  const a = t.admin;
  const [csvText, setCsvText] = useState<string | null>(null);
  const [preview, setPreview] = useState<ChannelOutput<'admin.previewLearnerImport'> | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setImported(null);
    setPreview(null);
    try {
      const text = await file.text();
      setPreview(await lms.admin.previewLearnerImport({ csvText: text }));
      setCsvText(text);
    } catch (e) {
      setError(e);
    }
  }

  async function confirm() {
    if (!csvText) return;
    setError(null);
    try {
      setImported((await lms.admin.importLearners({ csvText })).imported);
      setPreview(null);
      setCsvText(null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="panel admin-section" aria-labelledby="learners-title">
      <h2 id="learners-title">{a.learnersTitle}</h2>
      <p className="muted small">{a.learnersHint}</p>
      <div className="field">
        <label htmlFor="learners-file">{a.learnersFile}</label>
        <input id="learners-file" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e)} />
      </div>
      <ErrorNotice error={error} />
      {imported !== null && (
        <p className="success-text" role="status">
          {a.importedDone(imported)}
        </p>
      )}
      {preview && (
        <>
          <p role="status">{a.previewSummary(preview.validCount, preview.problemCount)}</p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{a.line}</th>
                  <th scope="col">{t.firstRun.nameTh}</th>
                  <th scope="col">{t.firstRun.nameEn}</th>
                  <th scope="col">{t.firstRun.agency}</th>
                  <th scope="col">{t.firstRun.position}</th>
                  <th scope="col">{a.problems}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.line} className={r.problems.length ? 'is-mismatch' : ''}>
                    <td>{r.line}</td>
                    <td>{r.values.nameTh}</td>
                    <td>{r.values.nameEn}</td>
                    <td>{r.values.agency}</td>
                    <td>{r.values.position}</td>
                    <td>{r.problems.length ? r.problems.map(pick).join('; ') : a.noProblems}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.problemCount > 0 ? (
            <p className="notice notice-warning">{a.fixFirst}</p>
          ) : (
            <button type="button" className="button button-primary" onClick={() => void confirm()}>
              {a.importLearnersButton(preview.validCount)}
            </button>
          )}
        </>
      )}
    </section>
  );
}

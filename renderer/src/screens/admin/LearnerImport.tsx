import { useState, type ChangeEvent } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../../electron/shared/contract.ts';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** The contract carries at most 1,000,000 base64 characters, which is 750,000 bytes. */
const MAX_FILE_BYTES = 750_000;

type LearnerFile = ChannelInput<'admin.previewLearnerImport'>;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export type LearnerImportProps = { onImported(): void };

/** Learners from a CSV file or an Excel workbook: every row's problems first, then all or nothing. */
export function LearnerImport({ onImported }: LearnerImportProps) {
  const { t, pick } = useI18n();
  const a = t.admin;
  const [file, setFile] = useState<LearnerFile | null>(null);
  const [preview, setPreview] = useState<ChannelOutput<'admin.previewLearnerImport'> | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [isTooLarge, setTooLarge] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(action: () => Promise<void>) {
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    // Cleared so choosing the same file again, once fixed, reads it again.
    event.target.value = '';
    setImported(null);
    setPreview(null);
    setFile(null);
    setTooLarge(false);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) return setTooLarge(true);
    void run(async () => {
      const next = { fileName: chosen.name, base64: await readAsBase64(chosen) };
      setPreview(await lms.admin.previewLearnerImport(next));
      setFile(next);
    });
  }

  function confirm() {
    if (!file) return;
    void run(async () => {
      setImported((await lms.admin.importLearners(file)).imported);
      setPreview(null);
      setFile(null);
      onImported();
    });
  }

  return (
    <div className="admin-subform" aria-busy={isBusy}>
      <h3>{a.importTitle}</h3>
      <p className="muted small">{a.learnersHint}</p>
      <div className="field">
        <label htmlFor="learners-file">{a.learnersFile}</label>
        <input
          id="learners-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={choose}
        />
      </div>
      {isBusy && !preview && <p role="status">{a.readingFile}</p>}
      {isTooLarge && (
        <p className="notice notice-error" role="alert">
          {a.fileTooLarge}
        </p>
      )}
      <ErrorNotice error={error} />
      {imported !== null && (
        <p className="success-text" role="status">
          {a.importedDone(imported)}
        </p>
      )}
      {preview && (
        <>
          <p role="status" id="learners-preview-summary">
            {a.previewSummary(preview.validCount, preview.problemCount)}
          </p>
          {/* Focusable, so a keyboard can scroll a wide preview sideways. */}
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="learners-preview-summary">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{a.line}</th>
                  <th scope="col">{a.learner}</th>
                  <th scope="col">{a.agencyPosition}</th>
                  <th scope="col">{a.emailColumn}</th>
                  <th scope="col">{a.employeeIdColumn}</th>
                  <th scope="col">{a.problems}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.line} className={r.problems.length ? 'is-mismatch' : ''}>
                    <td>{r.line}</td>
                    <td className="nowrap">
                      {r.values.nameTh}
                      <br />
                      <span className="muted small">{r.values.nameEn}</span>
                    </td>
                    <td>
                      {r.values.agency}
                      <br />
                      <span className="muted small">{r.values.position}</span>
                    </td>
                    <td>{r.values.email}</td>
                    <td className="nowrap">{r.values.employeeId}</td>
                    <td>
                      {r.problems.length ? (
                        <ul className="problem-list">
                          {r.problems.map((p, i) => (
                            <li key={i}>{pick(p)}</li>
                          ))}
                        </ul>
                      ) : (
                        a.noProblems
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.problemCount > 0 && (
            <p className="notice notice-warning" id="learners-fix-first">
              {a.fixFirst}
            </p>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={isBusy || preview.problemCount > 0}
            aria-describedby={preview.problemCount > 0 ? 'learners-fix-first' : undefined}
            onClick={confirm}
          >
            {a.importLearnersButton(preview.rows.length)}
          </button>
        </>
      )}
    </div>
  );
}

import { useState, type ChangeEvent, type DragEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { BundleTable } from './BundleTable.tsx';
import { droppedFiles, isBundleFileName } from './droppedFiles.ts';
import { useBundleImport } from './useBundleImport.ts';

export type BundleImportProps = { sessionId: string | null; onMerged?: () => void };

/**
 * Trainees' progress files in: chosen one by one, as a folder (a USB stick), or dropped. Each file is checked and
 * previewed first (who, which laptop, how much is new, or exactly why it is refused); merging takes the good ones.
 */
export function BundleImport({ sessionId, onMerged }: BundleImportProps) {
  const { t, pick } = useI18n();
  const b = t.bundles;
  const { phase, reports, progress, error, choose, merge } = useBundleImport(sessionId, onMerged);
  const [isDragging, setDragging] = useState(false);
  const [isNothingFound, setNothingFound] = useState(false);
  const isBusy = phase === 'reading' || phase === 'merging';

  function take(files: File[]) {
    setNothingFound(files.length === 0);
    if (files.length > 0) void choose(files);
  }
  function chosen(event: ChangeEvent<HTMLInputElement>, onlyBundles: boolean) {
    const files = [...(event.target.files ?? [])];
    // Cleared, so choosing the same files again (after copying them afresh) reads them again.
    event.target.value = '';
    take(onlyBundles ? files.filter((f) => isBundleFileName(f.name)) : files);
  }
  function dropped(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (!isBusy) void droppedFiles(event.dataTransfer).then(take, () => take([]));
  }

  const ready = reports.filter((r) => r.status === 'ready').length;
  const merged = reports.filter((r) => r.status === 'merged');
  const notes = reports.flatMap((r) => r.notes);
  return (
    <section className="panel" aria-labelledby="bundle-import-title" aria-busy={isBusy}>
      <h2 id="bundle-import-title">{b.importTitle}</h2>
      <p className="muted">{b.importBody}</p>
      <div
        className={`drop-zone${isDragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={dropped}
      >
        <div className="field">
          <label htmlFor="bundle-files">{b.chooseFiles}</label>
          <input
            id="bundle-files"
            type="file"
            multiple
            accept=".rianprogress"
            disabled={isBusy}
            onChange={(e) => chosen(e, false)}
          />
        </div>
        <div className="field">
          <label htmlFor="bundle-folder">{b.chooseFolder}</label>
          <input
            id="bundle-folder"
            type="file"
            // Not in React's attribute types: Chromium's folder picker, which gives every file in the folder.
            ref={(input) => input?.setAttribute('webkitdirectory', '')}
            disabled={isBusy}
            onChange={(e) => chosen(e, true)}
          />
        </div>
        <p className="muted">{b.dropHere}</p>
      </div>
      {phase === 'reading' && <p role="status">{b.reading(progress.done, progress.total)}</p>}
      {isNothingFound && (
        <p className="notice notice-warning" role="alert">
          {b.noBundlesInFolder}
        </p>
      )}
      <ErrorNotice error={error} />
      {reports.length > 0 && phase !== 'reading' && (
        <>
          <p role="status" id="bundle-summary">
            {phase === 'merged'
              ? b.mergedSummary(
                  merged.length,
                  merged.reduce((n, r) => n + r.eventsNew, 0),
                )
              : b.summary(ready, reports.length - ready)}
          </p>
          <BundleTable reports={reports} labelledBy="bundle-summary" />
          {notes.length > 0 && (
            <div className="notice notice-warning">
              <p>{b.notesTitle}</p>
              <ul>
                {notes.map((note, i) => (
                  <li key={i}>{pick(note)}</li>
                ))}
              </ul>
            </div>
          )}
          {phase !== 'merged' && (
            <button
              type="button"
              className="button button-primary"
              disabled={isBusy || ready === 0}
              onClick={() => void merge()}
            >
              {phase === 'merging' ? b.merging : b.mergeButton(ready)}
            </button>
          )}
        </>
      )}
    </section>
  );
}

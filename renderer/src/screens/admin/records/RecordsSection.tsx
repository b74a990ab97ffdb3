import { useEffect, useRef, useState } from 'react';
import type { Dashboard, RecordRow } from '../../../../../electron/shared/records.ts';
import { ErrorNotice } from '../../../components/ErrorNotice.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { LearnerDetail } from '../LearnerDetail.tsx';
import { RecordFilters } from './RecordFilters.tsx';
import { RecordsExport } from './RecordsExport.tsx';
import { RecordsTable } from './RecordsTable.tsx';
import { usableFilter, type RecordView } from './record-filter-state.ts';
import { useRecordPages } from './useRecordPages.ts';

type Props = {
  view: RecordView;
  onView(view: RecordView): void;
  options: Pick<Dashboard, 'byCourse' | 'agencies'> | null;
};

/** The records: filters, a count, the virtualised table, exports of exactly what is shown, and a learner's detail. */
export function RecordsSection({ view, onView, options }: Props) {
  const { t, language } = useI18n();
  const r = t.records;
  const filter = usableFilter(view.filter);
  const { total, rowAt, ensureRows, error } = useRecordPages(filter, view.sort);
  const [open, setOpen] = useState<RecordRow | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement as HTMLElement | null;
    panel.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(null);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [open]);

  return (
    <section className="panel admin-section records" aria-labelledby="records-title">
      <h2 id="records-title">{r.tabRecords}</h2>
      <RecordFilters filter={view.filter} onChange={(f) => onView({ ...view, filter: f })} options={options} />
      <p className="records-count" role="status" aria-live="polite">
        {total === null ? r.loadingRows : r.count(formatNumber(total, language))}
      </p>
      <ErrorNotice error={error} />
      {total === 0 ? (
        <p className="muted">{r.empty}</p>
      ) : (
        <RecordsTable
          total={total ?? 0}
          rowAt={rowAt}
          ensureRows={ensureRows}
          sort={view.sort}
          onSort={(sort) => onView({ ...view, sort })}
          onOpen={setOpen}
        />
      )}
      <RecordsExport view={{ filter, sort: view.sort }} />
      {open && (
        <div className="overlay" role="presentation" onClick={() => setOpen(null)}>
          <div
            ref={panel}
            tabIndex={-1}
            className="overlay-panel"
            role="dialog"
            aria-modal="true"
            aria-label={language === 'th' ? open.nameTh : open.nameEn}
            onClick={(e) => e.stopPropagation()}
          >
            <LearnerDetail learnerId={open.learnerId} onClose={() => setOpen(null)} />
          </div>
        </div>
      )}
    </section>
  );
}

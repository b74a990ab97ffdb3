import { useEffect, useRef, useState } from 'react';
import type { RecordRow, RecordSort } from '../../../../../electron/shared/records.ts';
import { formatNumber, formatPercent, formatShortDate } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Messages } from '../../../i18n/messages.en.ts';

const ROW_HEIGHT = 52;
/** Rows drawn above and below the visible ones, so fast scrolling shows rows rather than gaps. */
const OVERSCAN = 12;

type Column = { key: RecordSort['column']; label: (m: Messages['records']) => string; className?: string };
const COLUMNS: Column[] = [
  { key: 'nameTh', label: (m) => m.colName },
  { key: 'agency', label: (m) => m.colAgency },
  { key: 'course', label: (m) => m.colCourse },
  { key: 'status', label: (m) => m.colStatus },
  { key: 'progressPercent', label: (m) => m.colProgress, className: 'is-number' },
  { key: 'bestScore', label: (m) => m.colScore, className: 'is-number' },
  { key: 'startedAt', label: (m) => m.colStarted },
  { key: 'completedAt', label: (m) => m.colCompleted },
  { key: 'minutesSpent', label: (m) => m.colTime, className: 'is-number' },
  { key: 'certificateId', label: (m) => m.colCertificate },
];

type Props = {
  total: number;
  rowAt(index: number): RecordRow | undefined;
  ensureRows(first: number, last: number): void;
  sort: RecordSort;
  onSort(sort: RecordSort): void;
  onOpen(row: RecordRow): void;
};

/**
 * A virtualised table: only the rows in view (plus a margin) exist in the page, positioned inside a spacer as tall
 * as all rows, so 250,000 rows scroll as smoothly as 25. Rows are fetched by page as they come into view.
 */
export function RecordsTable({ total, rowAt, ensureRows, sort, onSort, onOpen }: Props) {
  const { t, pick, language } = useI18n();
  const r = t.records;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    viewport.current?.scrollTo({ top: 0 });
    setScrollTop(0);
  }, [sort, total]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => {
    if (total > 0) ensureRows(first, last);
  }, [first, last, total, ensureRows]);

  const nameColumn = language === 'th' ? 'nameTh' : 'nameEn';
  const sortKey = (c: RecordSort['column']) => (c === 'nameTh' ? nameColumn : c);
  function toggle(column: RecordSort['column']) {
    const key = sortKey(column);
    onSort({ column: key, direction: sort.column === key && sort.direction === 'asc' ? 'desc' : 'asc' });
  }
  const statusLabel = { notStarted: r.notStarted, inProgress: r.inProgress, completed: r.completed };
  const time = (minutes: number) => r.minutes(Math.floor(minutes / 60), minutes % 60);
  const rows = [];
  for (let i = first; i <= last; i++) {
    const row = rowAt(i);
    rows.push(
      <div
        key={i}
        role="row"
        aria-rowindex={i + 2}
        className="records-row"
        style={{ transform: `translateY(${i * ROW_HEIGHT}px)` }}
        onClick={() => row && onOpen(row)}
      >
        {row ? (
          <>
            <div role="cell" className="records-name">
              <button
                type="button"
                className="link-button"
                aria-label={r.openLearner(language === 'th' ? row.nameTh : row.nameEn)}
                onClick={(e) => {
                  e.stopPropagation();
                  onOpen(row);
                }}
              >
                {language === 'th' ? row.nameTh : row.nameEn}
              </button>
              <span className="muted small">{language === 'th' ? row.nameEn : row.nameTh}</span>
            </div>
            <div role="cell">{row.agency}</div>
            <div role="cell">{pick(row.courseTitle)}</div>
            <div role="cell">
              <span className={`badge badge-${row.status}`}>{statusLabel[row.status]}</span>
            </div>
            <div role="cell" className="is-number">
              {formatPercent(row.progressPercent, language)}
            </div>
            <div role="cell" className="is-number">
              {row.bestScore === null ? '–' : formatNumber(row.bestScore, language)}
            </div>
            <div role="cell">{row.startedAt ? formatShortDate(row.startedAt, language) : '–'}</div>
            <div role="cell">{row.completedAt ? formatShortDate(row.completedAt, language) : '–'}</div>
            <div role="cell" className="is-number">
              {row.minutesSpent ? time(row.minutesSpent) : '–'}
            </div>
            <div role="cell" className="records-certificate">
              {row.certificateId ?? '–'}
            </div>
          </>
        ) : (
          <div role="cell" className="muted records-loading">
            {r.loadingRows}
          </div>
        )}
      </div>,
    );
  }

  return (
    <div
      ref={viewport}
      className="records-viewport"
      role="table"
      aria-label={r.tableLabel}
      aria-rowcount={total + 1}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div role="rowgroup" className="records-head">
        <div role="row" aria-rowindex={1} className="records-row records-header">
          {COLUMNS.map((c) => {
            const active = sort.column === sortKey(c.key);
            return (
              <div
                key={c.key}
                role="columnheader"
                className={c.className}
                aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  className="link-button"
                  onClick={() => toggle(c.key)}
                  title={r.sortBy(c.label(r))}
                >
                  {c.label(r)}
                  <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="records-body" style={{ height: total * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
}

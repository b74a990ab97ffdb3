import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordFilter, RecordRow, RecordSort } from '../../../../../electron/shared/records.ts';
import { lms } from '../../../api/lms-client.ts';

export const PAGE_SIZE = 200;

/**
 * Rows fetched a page at a time as the table scrolls, cached until the filter or sort changes. A reply that
 * arrives after the question changed is dropped, so a fast typist never sees stale rows.
 */
export function useRecordPages(filter: RecordFilter, sort: RecordSort) {
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<ReadonlyMap<number, RecordRow[]>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const requested = useRef(new Set<number>());

  const fetchPage = useCallback(
    (index: number) => {
      if (requested.current.has(index)) return;
      requested.current.add(index);
      const asked = generation.current;
      lms.admin.records({ filter, sort, offset: index * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (page) => {
          if (asked !== generation.current) return;
          setTotal(page.total);
          setPages((current) => new Map(current).set(index, page.rows));
        },
        (e: unknown) => {
          if (asked !== generation.current) return;
          requested.current.delete(index);
          setError(e);
        },
      );
    },
    [filter, sort],
  );

  useEffect(() => {
    generation.current += 1;
    requested.current = new Set();
    setPages(new Map());
    setTotal(null);
    setError(null);
    fetchPage(0);
  }, [fetchPage]);

  /** Makes sure the pages holding rows [first, last] are loaded or on their way. */
  const ensureRows = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) fetchPage(p);
    },
    [fetchPage],
  );
  const rowAt = (index: number): RecordRow | undefined => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  return { total, rowAt, ensureRows, error };
}

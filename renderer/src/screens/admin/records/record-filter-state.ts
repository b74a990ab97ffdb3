import { DEFAULT_RECORD_SORT, type RecordFilter, type RecordSort } from '../../../../../electron/shared/records.ts';

export const EMPTY_FILTER: RecordFilter = {
  courseId: null,
  agency: null,
  status: null,
  from: null,
  to: null,
  sessionId: null,
  query: '',
};

/** What the records tab and the dashboard share, so switching tabs keeps the admin's question. */
export type RecordView = { filter: RecordFilter; sort: RecordSort };
export const INITIAL_VIEW: RecordView = { filter: EMPTY_FILTER, sort: DEFAULT_RECORD_SORT };

/** A filter the backend accepts: the date range is checked here too, so a half-typed range never errors. */
export function usableFilter(filter: RecordFilter): RecordFilter {
  return filter.from && filter.to && filter.from > filter.to ? { ...filter, to: null } : filter;
}

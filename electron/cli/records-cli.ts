import type { RecordFilter, RecordStatus } from '../core/records/records.ts';
import { UserFacingError } from './serve.ts';

const STATUSES: RecordStatus[] = ['notStarted', 'inProgress', 'completed'];

function dateOption(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UserFacingError(`--${name} must be a date like 2026-11-01, not "${value}".`);
  }
  return value;
}

/** The records filter from command-line options, each checked with a specific message. */
export function recordFilterFromOptions(values: {
  course?: string;
  agency?: string;
  status?: string;
  from?: string;
  to?: string;
}): RecordFilter {
  if (values.status !== undefined && !STATUSES.includes(values.status as RecordStatus)) {
    throw new UserFacingError(`--status must be one of ${STATUSES.join(', ')}, not "${values.status}".`);
  }
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  if (from && to && from > to) throw new UserFacingError('--from must not be after --to.');
  return {
    courseId: values.course ?? null,
    agency: values.agency ?? null,
    status: (values.status as RecordStatus | undefined) ?? null,
    from,
    to,
  };
}

import type { Services } from '../core/services.ts';
import {
  DEFAULT_RECORD_SORT,
  RECORD_STATUSES,
  recordFilterSchema,
  type ExportFormat,
  type RecordFilter,
  type RecordStatus,
} from '../shared/records.ts';
import { UserFacingError } from './serve.ts';

const STATUSES: readonly RecordStatus[] = RECORD_STATUSES;

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
  session?: string;
}): RecordFilter {
  if (values.status !== undefined && !STATUSES.includes(values.status as RecordStatus)) {
    throw new UserFacingError(`--status must be one of ${STATUSES.join(', ')}, not "${values.status}".`);
  }
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  if (from && to && from > to) throw new UserFacingError('--from must not be after --to.');
  return recordFilterSchema.parse({
    courseId: values.course ?? null,
    agency: values.agency ?? null,
    status: (values.status as RecordStatus | undefined) ?? null,
    from,
    to,
    sessionId: values.session ?? null,
  });
}

/** Runs the same background export the admin screen uses and waits for it, printing progress to stderr. */
export async function exportRecordsFromCli(
  services: Services,
  filter: RecordFilter,
  format: ExportFormat,
  file: string,
): Promise<{ done: number; what: string }> {
  const jobId = services.exportRecords({ filter, sort: DEFAULT_RECORD_SORT, format }, file);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const job = services.jobs.get(jobId);
    if (job.state === 'running') {
      if (process.stderr.isTTY && job.total) process.stderr.write(`\r${job.done} / ${job.total}`);
      continue;
    }
    if (process.stderr.isTTY) process.stderr.write('\r');
    if (job.state === 'failed') throw new UserFacingError(`The export failed: ${job.error ?? 'unknown error'}.`);
    return {
      done: job.done,
      what: format === 'xapi' ? 'xAPI statement(s)' : format === 'events' ? 'event(s)' : 'record(s)',
    };
  }
}

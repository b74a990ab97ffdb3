import type Database from 'better-sqlite3';
import type { RecordFilter, RecordSort, ExportFormat } from '../../shared/records.ts';
import type { JobContext } from '../admin/jobs.ts';
import type { CourseLibrary } from '../courses/course-library.ts';
import { CSV_BOM, csvLine } from '../csv.ts';
import { filterSql } from './record-filter-sql.ts';
import { createRecordQueries } from './record-queries.ts';
import { RECORDS_CSV_HEADER, recordCsvLine } from './records-csv.ts';
import { writeRecordsXlsx } from './records-xlsx.ts';
import { breathe, streamedFile } from './streamed-file.ts';
import { xapiStatement, type EventExportRow } from './xapi.ts';

/** Rows between pauses that let progress polls and cancels through. */
const BATCH = 2_000;

export const EXPORT_FILES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  csv: { extension: 'csv', mimeType: 'text/csv' },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  json: { extension: 'json', mimeType: 'application/json' },
  xapi: { extension: 'xapi.json', mimeType: 'application/json' },
  events: { extension: 'events.csv', mimeType: 'text/csv' },
};

export class ExportCancelled extends Error {}

const EVENTS_CSV_HEADER = csvLine([
  'event_id',
  'occurred_at',
  'learner_id',
  'name_th',
  'name_en',
  'agency',
  'course_id',
  'course_version',
  'lesson_id',
  'type',
  'device_id',
  'payload',
]);

/** The events of the learners and courses the filter selects, in the order they were recorded. */
function eventRows(db: Database.Database, filter: RecordFilter) {
  const { where, params } = filterSql(filter);
  const from = `FROM events e JOIN profiles p ON p.id = e.profile_id
    JOIN course_records r ON r.profile_id = e.profile_id AND r.course_id = e.course_id ${where}`;
  return {
    count: () => (db.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number }).n,
    rows: () =>
      db
        .prepare(`SELECT e.*, p.name_th, p.name_en, p.agency ${from} ORDER BY e.seq`)
        .iterate(...params) as IterableIterator<EventExportRow>,
  };
}

/**
 * Streams the filtered records (or their events) to `file` in one format. It reads through its own connection
 * (`readDb`, a WAL snapshot), so the app keeps writing meanwhile; it pauses every few thousand rows so progress and
 * cancel get through; memory stays bounded; a cancel or failure leaves nothing under the final name.
 */
export async function exportRecords(
  readDb: Database.Database,
  library: CourseLibrary,
  input: { filter: RecordFilter; sort: RecordSort; format: ExportFormat },
  file: string,
  ctx: JobContext,
): Promise<number> {
  const queries = createRecordQueries(readDb);
  const checkpoint = async () => {
    await breathe();
    if (ctx.isCancelled()) throw new ExportCancelled();
  };
  const records = function* () {
    for (const row of queries.iterate(input.filter, input.sort)) {
      ctx.step();
      yield row;
    }
  };

  await checkpoint();
  if (input.format === 'xlsx') {
    ctx.setTotal(queries.count(input.filter));
    return writeRecordsXlsx(records(), file, checkpoint);
  }
  const out = streamedFile(file);
  let written = 0;
  try {
    const lines = (function* (): Generator<string> {
      if (input.format === 'csv') {
        ctx.setTotal(queries.count(input.filter));
        yield CSV_BOM + RECORDS_CSV_HEADER;
        for (const r of records()) yield recordCsvLine(r);
      } else if (input.format === 'json') {
        ctx.setTotal(queries.count(input.filter));
        let first = true;
        yield '[';
        for (const r of records()) {
          yield `${first ? '\n' : ',\n'}${JSON.stringify(r)}`;
          first = false;
        }
        yield '\n]\n';
      } else {
        const events = eventRows(readDb, input.filter);
        ctx.setTotal(events.count());
        if (input.format === 'events') yield CSV_BOM + EVENTS_CSV_HEADER;
        else yield '[';
        let first = true;
        for (const e of events.rows()) {
          ctx.step();
          if (input.format === 'events') {
            yield csvLine([
              e.id,
              e.occurred_at,
              e.profile_id,
              e.name_th,
              e.name_en,
              e.agency,
              e.course_id,
              e.course_version,
              e.lesson_id ?? '',
              e.type,
              e.device_id,
              e.payload,
            ]);
          } else {
            yield `${first ? '\n' : ',\n'}${JSON.stringify(xapiStatement(e, library))}`;
            first = false;
          }
        }
        if (input.format === 'xapi') yield '\n]\n';
      }
    })();
    let buffer = '';
    for (const line of lines) {
      buffer += line;
      written += 1;
      if (written % BATCH === 0) {
        await out.write(buffer);
        buffer = '';
        await checkpoint();
      }
    }
    await out.write(buffer);
    await out.commit();
    return written;
  } catch (error) {
    await out.abort();
    throw error;
  }
}

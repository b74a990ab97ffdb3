import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { CSV_BOM, csvLine } from '../csv.ts';
import type { RecordRow } from './records.ts';

const HEADER = [
  'learner_id',
  'name_th',
  'name_en',
  'agency',
  'position',
  'course_id',
  'course_th',
  'course_en',
  'status',
  'progress_percent',
  'best_score',
  'started_at',
  'completed_at',
  'completed_th',
  'certificate_id',
];

const thaiDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'long', timeZone: 'Asia/Bangkok' });

/** CSV for Excel: UTF-8 with BOM, ISO 8601 dates plus a Thai (Buddhist era) completion date, numbers as numbers. */
export function recordsCsv(rows: readonly RecordRow[]): string {
  return (
    CSV_BOM +
    csvLine(HEADER) +
    rows
      .map((r) =>
        csvLine([
          r.learnerId,
          r.nameTh,
          r.nameEn,
          r.agency,
          r.position,
          r.courseId,
          r.courseTitleTh,
          r.courseTitleEn,
          r.status,
          r.progressPercent,
          r.bestScore ?? '',
          r.startedAt ?? '',
          r.completedAt ?? '',
          r.completedAt ? thaiDate.format(new Date(r.completedAt)) : '',
          r.certificateId ?? '',
        ]),
      )
      .join('')
  );
}

/** Writes under `<file>.part` and renames when complete, so a failure leaves nothing under the final name. */
export function writeAtomically(file: string, content: string): void {
  const partial = `${file}.part`;
  try {
    writeFileSync(partial, content);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

import { csvLine } from '../csv.ts';
import type { RecordRow } from '../../shared/records.ts';

export const RECORDS_CSV_HEADER = csvLine([
  'learner_id',
  'employee_id',
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
  'minutes_spent',
  'certificate_id',
]);

const thaiDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'long', timeZone: 'Asia/Bangkok' });

/** One CSV line: ISO 8601 dates plus a Thai (Buddhist era) completion date, numbers as numbers. */
export function recordCsvLine(r: RecordRow): string {
  return csvLine([
    r.learnerId,
    r.employeeId ?? '',
    r.nameTh,
    r.nameEn,
    r.agency,
    r.position,
    r.courseId,
    r.courseTitle.th,
    r.courseTitle.en,
    r.status,
    r.progressPercent,
    r.bestScore ?? '',
    r.startedAt ?? '',
    r.completedAt ?? '',
    r.completedAt ? thaiDate.format(new Date(r.completedAt)) : '',
    r.minutesSpent,
    r.certificateId ?? '',
  ]);
}

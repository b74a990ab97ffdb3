import type { CertificatePayload } from '../../shared/certificates/payload.ts';
import { CSV_BOM, csvLine } from '../csv.ts';

const HEADER = [
  'id',
  'name_th',
  'name_en',
  'agency',
  'course_id',
  'course_th',
  'course_en',
  'completed_on',
  'verification_code',
];

/** The certificates' manifest as CSV in UTF-8 with a BOM, so Excel shows Thai. */
export function certificateManifestCsv(certificates: { payload: CertificatePayload; code: string }[]): string {
  const rows = certificates.map(({ payload: p, code }) => [
    p.id,
    p.nameTh,
    p.nameEn,
    p.agency,
    p.courseId,
    p.courseTitleTh,
    p.courseTitleEn,
    p.completedOn,
    code,
  ]);
  return CSV_BOM + [HEADER, ...rows].map(csvLine).join('');
}

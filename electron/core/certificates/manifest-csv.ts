import type { CertificatePayload } from '../../shared/certificates/payload.ts';

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

/** RFC 4180 quoting, and formula-looking cells made inert for spreadsheets (OWASP CSV injection). */
function cell(value: unknown): string {
  const text = String(value ?? '');
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

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
  return `\uFEFF${[HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

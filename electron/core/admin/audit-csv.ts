import { CSV_BOM, csvLine } from '../csv.ts';

const thaiTime = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Bangkok',
});

/** The audit log as CSV for Excel: ISO time and Thai time, who, what, and the details as JSON. */
export function auditCsv(entries: Iterable<{ at: string; role: string; action: string; detail: string }>): string {
  let text = CSV_BOM + csvLine(['at', 'at_th', 'role', 'action', 'detail']);
  for (const e of entries) text += csvLine([e.at, thaiTime.format(new Date(e.at)), e.role, e.action, e.detail]);
  return text;
}

import type { SessionReport } from '../../shared/classroom.ts';
import { CSV_BOM, csvLine } from '../csv.ts';

type Cell = string | number | null;
const yesNo = (ok: boolean) => (ok ? 'yes' : 'no');

/** One row per trainee, the same columns for CSV and Excel: numbers stay numbers. */
function table(r: SessionReport): { header: string[]; rows: Cell[][] } {
  const days = r.trainees[0]?.days.map((d) => d.date) ?? [...new Set(r.days.map((d) => d.date))];
  return {
    header: [
      'learner_id',
      'name_th',
      'name_en',
      'agency',
      'attendance_percent',
      'attended_slots',
      'slots',
      ...days.map((d) => `attended_${d}`),
      'lessons_completed',
      'lessons_required',
      'progress_percent',
      ...r.quizzes.map((q) => `best_${q.quizId}`),
      ...r.quizzes.map((q) => `room_${q.quizId}`),
      'course_completed',
      'eligible_participation',
      'eligible_completion',
      'certificates',
      'last_merged_at',
    ],
    rows: r.trainees.map((t) => [
      t.profileId,
      t.nameTh,
      t.nameEn,
      t.agency,
      t.attendancePercent,
      t.attendedSlots,
      r.slots,
      ...t.days.map((d) => d.attended),
      t.lessonsCompleted,
      t.lessonsRequired,
      t.progressPercent,
      ...t.quizzes.map((q) => q.best),
      ...r.quizzes.map((q) => {
        const room = t.roomQuizzes.find((x) => x.quizId === q.quizId);
        return room ? `${room.correct}/${room.total}` : null;
      }),
      yesNo(t.courseCompleted),
      yesNo(t.eligibleParticipation),
      yesNo(t.eligibleCompletion),
      t.certificates.map((c) => c.id).join(' '),
      t.lastMergedAt,
    ]),
  };
}

export function reportCsv(r: SessionReport): string {
  const { header, rows } = table(r);
  return CSV_BOM + csvLine(header) + rows.map((row) => csvLine(row.map((c) => c ?? ''))).join('');
}

export async function reportXlsx(r: SessionReport): Promise<Buffer> {
  const { header, rows } = table(r);
  // Loaded on first use: ExcelJS is large, and the app should not pay for it at every start.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Report', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ header: h, width: Math.max(12, h.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

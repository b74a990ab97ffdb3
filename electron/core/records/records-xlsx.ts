import ExcelJS from 'exceljs';
import { renameSync, rmSync } from 'node:fs';
import type { RecordRow } from '../../shared/records.ts';

/** Excel's limit is 1,048,576 rows a sheet, one of them the header. */
export const EXCEL_MAX_DATA_ROWS = 1_048_575;
/** Column widths are fitted to this many leading rows: enough to be right, few enough to hold in memory. */
const WIDTH_SAMPLE = 2_000;

type Column = {
  header: string;
  value: (r: RecordRow) => string | number | Date | null;
  kind: 'text' | 'number' | 'date';
};
const date = (iso: string | null) => (iso ? new Date(iso) : null);
const STATUS_LABELS = {
  notStarted: 'ยังไม่เริ่ม / Not started',
  inProgress: 'กำลังเรียน / In progress',
  completed: 'เรียนจบ / Completed',
};
const COLUMNS: Column[] = [
  { header: 'ชื่อ (ไทย) / Name (Thai)', value: (r) => r.nameTh, kind: 'text' },
  { header: 'ชื่อ (อังกฤษ) / Name (English)', value: (r) => r.nameEn, kind: 'text' },
  { header: 'รหัสพนักงาน / Employee id', value: (r) => r.employeeId, kind: 'text' },
  { header: 'หน่วยงาน / Agency', value: (r) => r.agency, kind: 'text' },
  { header: 'ตำแหน่ง / Position', value: (r) => r.position, kind: 'text' },
  { header: 'หลักสูตร / Course', value: (r) => r.courseTitle.th, kind: 'text' },
  { header: 'Course', value: (r) => r.courseTitle.en, kind: 'text' },
  { header: 'สถานะ / Status', value: (r) => STATUS_LABELS[r.status], kind: 'text' },
  { header: 'ความก้าวหน้า % / Progress %', value: (r) => r.progressPercent, kind: 'number' },
  { header: 'คะแนนสูงสุด / Best score', value: (r) => r.bestScore, kind: 'number' },
  { header: 'เริ่มเรียน / Started', value: (r) => date(r.startedAt), kind: 'date' },
  { header: 'เรียนจบ / Completed', value: (r) => date(r.completedAt), kind: 'date' },
  { header: 'เวลาเรียน (นาที) / Minutes spent', value: (r) => r.minutesSpent, kind: 'number' },
  { header: 'เลขที่เกียรติบัตร / Certificate', value: (r) => r.certificateId, kind: 'text' },
  { header: 'รหัสผู้เรียน / Learner id', value: (r) => r.learnerId, kind: 'text' },
];

const segmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });
/** Thai counted by grapheme, so stacked vowels and tone marks do not widen a column. */
const displayLength = (text: string) => {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
};

function widthsFor(sample: readonly RecordRow[]): number[] {
  return COLUMNS.map((c) => {
    if (c.kind === 'date') return 18;
    const longest = sample.reduce((max, r) => Math.max(max, displayLength(String(c.value(r) ?? ''))), 0);
    return Math.min(60, Math.max(10, displayLength(c.header), longest) + 2);
  });
}

/**
 * The records as an Excel workbook through ExcelJS's streaming writer (each row is committed and flushed, so memory
 * stays bounded): typed columns, a frozen header row with filters, widths that fit Thai, a new sheet every
 * 1,048,575 rows. Written under `.part` and renamed when complete; `between` runs every few thousand rows and may
 * throw to stop (a cancel).
 */
export async function writeRecordsXlsx(
  rows: Iterable<RecordRow>,
  file: string,
  between: () => Promise<void> = async () => {},
  maxRowsPerSheet = EXCEL_MAX_DATA_ROWS,
): Promise<number> {
  const partial = `${file}.part`;
  const iterator = rows[Symbol.iterator]();
  const sample: RecordRow[] = [];
  while (sample.length < WIDTH_SAMPLE) {
    const next = iterator.next();
    if (next.done) break;
    sample.push(next.value);
  }
  const all = (function* () {
    yield* sample;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  })();
  const widths = widthsFor(sample);
  let written = 0;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: partial,
      useStyles: true,
      useSharedStrings: false,
    });
    let sheet: ExcelJS.Worksheet | null = null;
    let sheetNumber = 0;
    let inSheet = 0;
    const openSheet = () => {
      sheetNumber += 1;
      const next = workbook.addWorksheet(sheetNumber === 1 ? 'Records' : `Records ${sheetNumber}`, {
        views: [{ state: 'frozen', ySplit: 1 }],
      });
      next.columns = COLUMNS.map((c, i) => ({
        header: c.header,
        width: widths[i],
        style: c.kind === 'date' ? { numFmt: 'yyyy-mm-dd hh:mm' } : c.kind === 'number' ? { numFmt: '0.##' } : {},
      }));
      next.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
      next.getRow(1).font = { bold: true };
      return next;
    };
    for (const r of all) {
      if (!sheet || inSheet === maxRowsPerSheet) {
        sheet?.commit();
        sheet = openSheet();
        inSheet = 0;
      }
      sheet.addRow(COLUMNS.map((c) => c.value(r))).commit();
      inSheet += 1;
      written += 1;
      if (written % 2_000 === 0) await between();
    }
    (sheet ?? openSheet()).commit();
    await workbook.commit();
    renameSync(partial, file);
    return written;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

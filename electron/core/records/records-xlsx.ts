import ExcelJS from 'exceljs';
import { renameSync, rmSync } from 'node:fs';
import type { RecordRow } from './records.ts';

/** Excel's limit is 1,048,576 rows a sheet, one of them the header. */
export const EXCEL_MAX_DATA_ROWS = 1_048_575;

type Column = { header: string; key: keyof RecordRow | 'completedDate'; kind: 'text' | 'number' | 'date' };
const COLUMNS: Column[] = [
  { header: 'ชื่อ (ไทย) / Name (Thai)', key: 'nameTh', kind: 'text' },
  { header: 'ชื่อ (อังกฤษ) / Name (English)', key: 'nameEn', kind: 'text' },
  { header: 'หน่วยงาน / Agency', key: 'agency', kind: 'text' },
  { header: 'ตำแหน่ง / Position', key: 'position', kind: 'text' },
  { header: 'หลักสูตร / Course', key: 'courseTitleTh', kind: 'text' },
  { header: 'Course', key: 'courseTitleEn', kind: 'text' },
  { header: 'สถานะ / Status', key: 'status', kind: 'text' },
  { header: 'ความก้าวหน้า % / Progress %', key: 'progressPercent', kind: 'number' },
  { header: 'คะแนนสูงสุด / Best score', key: 'bestScore', kind: 'number' },
  { header: 'เริ่มเรียน / Started', key: 'startedAt', kind: 'date' },
  { header: 'เรียนจบ / Completed', key: 'completedAt', kind: 'date' },
  { header: 'เลขที่เกียรติบัตร / Certificate', key: 'certificateId', kind: 'text' },
  { header: 'รหัสผู้เรียน / Learner id', key: 'learnerId', kind: 'text' },
];

/** A width that fits the longest value (Thai counted by grapheme, so stacked marks do not widen it), capped. */
function widthFor(column: Column, rows: readonly RecordRow[]): number {
  const segmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });
  const length = (text: string) => [...segmenter.segment(text)].length;
  const longest = rows
    .slice(0, 2000)
    .reduce((max, r) => Math.max(max, length(String(r[column.key as keyof RecordRow] ?? ''))), 0);
  return Math.min(60, Math.max(10, length(column.header), column.kind === 'date' ? 18 : longest) + 2);
}

/**
 * The records as an Excel workbook, written by ExcelJS's streaming writer (rows are flushed as they go, so memory
 * stays bounded): typed columns, a frozen header row with filters, widths that fit Thai, and a new sheet every
 * 1,048,575 rows. Written under `.part` and renamed when complete.
 */
export async function writeRecordsXlsx(
  rows: readonly RecordRow[],
  file: string,
  maxRowsPerSheet = EXCEL_MAX_DATA_ROWS,
): Promise<void> {
  const partial = `${file}.part`;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: partial,
      useStyles: true,
      useSharedStrings: false,
    });
    const widths = COLUMNS.map((c) => widthFor(c, rows));
    const sheets = Math.max(1, Math.ceil(rows.length / maxRowsPerSheet));
    for (let s = 0; s < sheets; s++) {
      const sheet = workbook.addWorksheet(sheets === 1 ? 'Records' : `Records ${s + 1}`, {
        views: [{ state: 'frozen', ySplit: 1 }],
      });
      sheet.columns = COLUMNS.map((c, i) => ({
        header: c.header,
        key: c.key,
        width: widths[i],
        style: c.kind === 'date' ? { numFmt: 'yyyy-mm-dd hh:mm' } : c.kind === 'number' ? { numFmt: '0.##' } : {},
      }));
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
      sheet.getRow(1).font = { bold: true };
      for (const r of rows.slice(s * maxRowsPerSheet, (s + 1) * maxRowsPerSheet)) {
        sheet
          .addRow(
            COLUMNS.map((c) => {
              const value = r[c.key as keyof RecordRow];
              if (value === null || value === undefined) return null;
              return c.kind === 'date' ? new Date(String(value)) : value;
            }),
          )
          .commit();
      }
      sheet.commit();
    }
    await workbook.commit();
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { AppError } from '../../shared/errors.ts';

/** One non-empty row of the admin's file as plain text, numbered as the admin sees it in Excel or an editor. */
export type SheetRow = { line: number; cells: string[] };

/** More learners than an agency sends at once; bigger lists are split so a preview stays readable. */
export const MAX_DATA_ROWS = 20_000;
/** ExcelJS holds every unpacked part in memory: this is far above 20,000 learners, far below trouble. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The old binary Office format (.xls), an OLE2 compound file. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const rejected = (en: string, th: string) => new AppError('IMPORT_REJECTED', en, th, ['file']);

/**
 * Reads a learner list chosen by the admin: CSV (UTF-8, with or without a BOM) or the first worksheet of an
 * Excel workbook (.xlsx), told apart by their first bytes as much as by the name, since files get renamed.
 */
export async function readLearnerFile(file: { fileName: string; base64: string }): Promise<SheetRow[]> {
  const bytes = Buffer.from(file.base64, 'base64');
  const extension = /\.([^.]+)$/.exec(file.fileName)?.[1]?.toLowerCase() ?? '';
  let rows: SheetRow[];
  if (startsWith(bytes, OLE_MAGIC) || extension === 'xls') {
    throw rejected(
      'This is an old Excel file (.xls). In Excel, choose Save As › Excel Workbook (.xlsx) or CSV UTF-8, then choose the new file.',
      'ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) กรุณาเปิดใน Excel แล้วบันทึกเป็น Excel Workbook (.xlsx) หรือ CSV UTF-8 แล้วเลือกไฟล์ใหม่',
    );
  } else if (startsWith(bytes, ZIP_MAGIC)) {
    rows = await readWorkbook(bytes);
  } else if (extension === 'xlsx') {
    throw unreadableWorkbook();
  } else if (extension === 'csv' || extension === 'txt') {
    rows = readCsv(bytes);
  } else {
    throw rejected(
      'Only CSV (.csv) and Excel (.xlsx) files can be imported.',
      'นำเข้าได้เฉพาะไฟล์ CSV (.csv) และ Excel (.xlsx) เท่านั้น',
    );
  }
  if (rows.length > MAX_DATA_ROWS + 1) {
    throw rejected(
      `The file has more than ${MAX_DATA_ROWS.toLocaleString('en')} rows. Split it into smaller files and import them one by one.`,
      `ไฟล์มีเกิน ${MAX_DATA_ROWS.toLocaleString('th')} แถว กรุณาแบ่งเป็นไฟล์ย่อยแล้วนำเข้าทีละไฟล์`,
    );
  }
  return rows;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const unreadableWorkbook = () =>
  rejected(
    'The file is not a readable Excel workbook (.xlsx). Open it in Excel and save it again, or save it as CSV UTF-8.',
    'อ่านไฟล์ Excel (.xlsx) นี้ไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกใหม่ หรือบันทึกเป็น CSV UTF-8',
  );

function readCsv(bytes: Uint8Array): SheetRow[] {
  const text = utf8Text(bytes);
  if (text === null) {
    throw rejected(
      'The file is not UTF-8 text. In Excel, choose Save As › CSV UTF-8 (Comma delimited), or save it as .xlsx.',
      'ไฟล์ไม่ใช่ข้อความแบบ UTF-8 กรุณาบันทึกจาก Excel เป็น CSV UTF-8 (Comma delimited) หรือเป็น .xlsx',
    );
  }
  try {
    const records = parse(text, {
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // info.lines is where a record ends; a quoted cell may span lines, and the admin looks for where it starts.
    return records.map(({ record, info }) => ({
      line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
      cells: record,
    }));
  } catch (error) {
    throw rejected(
      `The file is not valid CSV: ${(error as Error).message}`,
      `ไฟล์ไม่ใช่ CSV ที่ถูกต้อง: ${(error as Error).message}`,
    );
  }
}

/** The text, or null when it is not UTF-8 text (binary, or Windows-874: Excel's plain "CSV" for Thai). */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    // fatal: guessing another encoding would import mojibake names.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\0') ? null : text;
  } catch {
    return null;
  }
}

async function readWorkbook(bytes: Uint8Array): Promise<SheetRow[]> {
  // Loaded on first use: ExcelJS is large, and the app should not pay for it at every start.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(boundedRepack(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadableWorkbook();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadableWorkbook();
  const rows: SheetRow[] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      cells.push(cellText(cell.value, cell.numFmt));
    }
    if (cells.some((c) => c.trim())) rows.push({ line: row.number, cells });
  });
  return rows;
}

/**
 * ExcelJS unpacks every part whatever size it turns out to be. Unpacking here instead, into buffers of exactly
 * the size each entry declares (fflate never grows them), and refusing entries that declare too much in all, bounds
 * the memory a crafted zip ("zip bomb") can take; the parts are then repacked, stored, for ExcelJS.
 */
function boundedRepack(bytes: Uint8Array): Uint8Array {
  let declared = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) => {
        declared += entry.originalSize;
        if (declared > MAX_UNPACKED_BYTES) {
          throw rejected(
            'The workbook unpacks to more than 64 MB, far more than a list of learners needs. Save only the list as a new workbook or as CSV UTF-8.',
            'ไฟล์ Excel นี้ขยายแล้วมีขนาดเกิน 64 MB ซึ่งมากเกินกว่ารายชื่อผู้เรียน กรุณาบันทึกเฉพาะรายชื่อเป็นไฟล์ใหม่ หรือเป็น CSV UTF-8',
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadableWorkbook();
  }
  return zipSync(parts, { level: 0 });
}

/** A cell as the text the admin sees: rich text joined, a link's text, a formula's last result, numbers padded as formatted. */
function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // Staff numbers such as 00123 are often typed as numbers and shown through a "00000" format.
    return numFmt && /^0+$/.test(numFmt) ? String(value).padStart(numFmt.length, '0') : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
  }
  if ('hyperlink' in value && 'text' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellText(value.result, numFmt) : '';
  // An error value (#N/A, #REF!) is no one's name: left empty, so the row shows what is missing.
  return '';
}

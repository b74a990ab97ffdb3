import { parse } from 'csv-parse/sync';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import type { ProfileRepository } from '../repositories/profile-repository.ts';

/** Header names accepted for each field (Thai or English), compared case-insensitively without spaces. */
const HEADERS: Record<string, string[]> = {
  nameTh: ['nameth', 'name_th', 'ชื่อไทย', 'ชื่อ-นามสกุล(ไทย)', 'ชื่อภาษาไทย'],
  nameEn: ['nameen', 'name_en', 'ชื่ออังกฤษ', 'ชื่อ-นามสกุล(อังกฤษ)', 'ชื่อภาษาอังกฤษ'],
  agency: ['agency', 'หน่วยงาน'],
  position: ['position', 'ตำแหน่ง'],
  email: ['email', 'e-mail', 'อีเมล'],
};
const normaliseHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .toLowerCase();

/** Each row problem in both languages, so the preview reads right in either. */
const PROBLEMS = {
  nameTh: { en: 'missing Thai name', th: 'ไม่มีชื่อภาษาไทย' },
  nameEn: { en: 'missing English name', th: 'ไม่มีชื่อภาษาอังกฤษ' },
  agency: { en: 'missing agency', th: 'ไม่มีหน่วยงาน' },
  position: { en: 'missing position', th: 'ไม่มีตำแหน่ง' },
  email: { en: 'bad e-mail address', th: 'อีเมลไม่ถูกต้อง' },
  tooLong: { en: 'a field is too long', th: 'ข้อมูลยาวเกินไป' },
  existing: { en: 'already has a profile on this computer', th: 'มีโปรไฟล์ในเครื่องนี้แล้ว' },
} as const;
type Problem = { en: string; th: string };

const rowSchema = z.object({
  nameTh: z.string().trim().min(1, 'nameTh').max(120, 'tooLong'),
  nameEn: z.string().trim().min(1, 'nameEn').max(120, 'tooLong'),
  agency: z.string().trim().min(1, 'agency').max(200, 'tooLong'),
  position: z.string().trim().min(1, 'position').max(120, 'tooLong'),
  email: z.union([z.literal(''), z.email('email')], 'email'),
});

export type ImportRow = { line: number; values: z.infer<typeof rowSchema>; problems: Problem[] };
export type ImportPreview = { rows: ImportRow[]; validCount: number; problemCount: number };

/**
 * Reads a learner list (CSV, UTF-8, a header row naming the columns in Thai or English) and lists every row's
 * problems: missing fields, bad e-mails, duplicates within the file and people already on this laptop.
 */
export function previewLearnerImport(csvText: string, profiles: ProfileRepository): ImportPreview {
  let records: string[][];
  try {
    records = parse(csvText.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    throw new AppError(
      'IMPORT_REJECTED',
      `The file is not valid CSV: ${(error as Error).message}`,
      'ไฟล์ไม่ใช่ CSV ที่ถูกต้อง',
      ['file'],
    );
  }
  const [header, ...lines] = records;
  if (!header) throw new AppError('IMPORT_REJECTED', 'The file is empty.', 'ไฟล์ว่างเปล่า', ['file']);
  const columns = Object.fromEntries(
    Object.entries(HEADERS).map(([field, names]) => [
      field,
      header.findIndex((h) => names.includes(normaliseHeader(h))),
    ]),
  );
  const missing = ['nameTh', 'nameEn', 'agency', 'position'].filter((f) => columns[f] === -1);
  if (missing.length) {
    throw new AppError(
      'IMPORT_REJECTED',
      `The header row has no column for: ${missing.join(', ')}.`,
      `ไม่พบคอลัมน์: ${missing.join(', ')}`,
      ['file'],
    );
  }
  const existing = new Set(profiles.list().map((p) => `${p.nameTh}\u0000${p.nameEn.toLowerCase()}`));
  const seen = new Map<string, number>();
  const rows = lines.map((cells, i): ImportRow => {
    const cell = (field: string) => (columns[field]! >= 0 ? (cells[columns[field]!] ?? '').trim() : '');
    const raw = {
      nameTh: cell('nameTh'),
      nameEn: cell('nameEn'),
      agency: cell('agency'),
      position: cell('position'),
      email: cell('email'),
    };
    const parsed = rowSchema.safeParse(raw);
    const problems: Problem[] = parsed.success
      ? []
      : parsed.error.issues.map((issue) => PROBLEMS[issue.message as keyof typeof PROBLEMS] ?? PROBLEMS.email);
    const key = `${raw.nameTh}\u0000${raw.nameEn.toLowerCase()}`;
    if (raw.nameTh && seen.has(key)) {
      problems.push({ en: `same person as line ${seen.get(key)}`, th: `เป็นคนเดียวกับแถวที่ ${seen.get(key)}` });
    } else seen.set(key, i + 2);
    if (existing.has(key)) problems.push(PROBLEMS.existing);
    return { line: i + 2, values: parsed.success ? parsed.data : raw, problems };
  });
  const problemCount = rows.filter((r) => r.problems.length > 0).length;
  return { rows, validCount: rows.length - problemCount, problemCount };
}

/** All or nothing: imports every row, or none when any row has a problem. */
export function importLearners(
  csvText: string,
  profiles: ProfileRepository,
  inTransaction: <T>(fn: () => T) => T,
  now: () => Date,
): number {
  const preview = previewLearnerImport(csvText, profiles);
  if (preview.problemCount > 0) {
    throw new AppError(
      'IMPORT_REJECTED',
      `${preview.problemCount} row(s) have problems; nothing was imported.`,
      `มี ${preview.problemCount} แถวที่มีปัญหา จึงไม่ได้นำเข้าข้อมูลใดเลย`,
    );
  }
  const at = now().toISOString();
  inTransaction(() => {
    for (const { values } of preview.rows) {
      profiles.insert({
        id: uuidv7(),
        nameTh: values.nameTh,
        nameEn: values.nameEn,
        agency: values.agency,
        position: values.position,
        email: values.email || null,
        hasPin: false,
        pinHash: null,
        createdAt: at,
        lastUsedAt: null,
      });
    }
  });
  return preview.rows.length;
}

import { v7 as uuidv7 } from 'uuid';
import type { Bilingual } from '../../shared/bilingual.ts';
import { AppError } from '../../shared/errors.ts';
import { newProfileSchema } from '../../shared/profile.ts';
import type { ProfileRepository, StoredProfile } from '../repositories/profile-repository.ts';
import { readLearnerFile, type SheetRow } from './learner-file.ts';

type LearnerFile = { fileName: string; base64: string };
const FIELDS = ['nameTh', 'nameEn', 'agency', 'position', 'email', 'employeeId'] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: Field[] = ['nameTh', 'nameEn', 'agency', 'position'];

/** Header names accepted for each field, in Thai or English, compared after `headerKey`. */
const HEADERS: Record<Field, string[]> = {
  nameTh: ['nameth', 'thainame', 'ชื่อไทย', 'ชื่อนามสกุล(ไทย)', 'ชื่อภาษาไทย', 'ชื่อสกุลภาษาไทย'],
  nameEn: ['nameen', 'englishname', 'ชื่ออังกฤษ', 'ชื่อนามสกุล(อังกฤษ)', 'ชื่อภาษาอังกฤษ', 'ชื่อสกุลภาษาอังกฤษ'],
  agency: ['agency', 'หน่วยงาน', 'สังกัด'],
  position: ['position', 'ตำแหน่ง'],
  email: ['email', 'อีเมล', 'อีเมล์'],
  employeeId: ['employeeid', 'employeeno', 'staffid', 'รหัสพนักงาน', 'เลขประจำตัว', 'รหัสประจำตัว'],
};
/** Spaces, underscores and hyphens vary between templates (name_th, Name TH, e-mail): ignore them and case. */
const headerKey = (h: string) => h.replace(/[\s_-]+/g, '').toLowerCase();

const FIELD_NAMES: Record<Field, Bilingual> = {
  nameTh: { en: 'Thai name', th: 'ชื่อภาษาไทย' },
  nameEn: { en: 'English name', th: 'ชื่อภาษาอังกฤษ' },
  agency: { en: 'agency', th: 'หน่วยงาน' },
  position: { en: 'position', th: 'ตำแหน่ง' },
  email: { en: 'e-mail', th: 'อีเมล' },
  employeeId: { en: 'employee id', th: 'รหัสพนักงาน' },
};
const MAX_LENGTH: Record<Field, number> = {
  nameTh: 120,
  nameEn: 120,
  agency: 200,
  position: 120,
  email: 200,
  employeeId: 40,
};

/** The same rules as a learner creating their own profile, so an imported learner is never "less valid". */
const learnerSchema = newProfileSchema.omit({ pin: true });

/** A problem with one field, specific and in both languages, from the schema's message key. */
function fieldProblem(field: Field, key: unknown): Bilingual {
  const name = FIELD_NAMES[field];
  if (field === 'email') return { en: 'bad e-mail address', th: 'อีเมลไม่ถูกต้อง' };
  if (key === 'tooLong') {
    return {
      en: `${name.en} is longer than ${MAX_LENGTH[field]} characters`,
      th: `${name.th}ยาวเกิน ${MAX_LENGTH[field]} ตัวอักษร`,
    };
  }
  if (field === 'employeeId') {
    return {
      en: 'employee id may have only letters, digits and - / . (starting with a letter or digit)',
      th: 'รหัสพนักงานใช้ได้เฉพาะตัวอักษร ตัวเลข และ - / . (ขึ้นต้นด้วยตัวอักษรหรือตัวเลข)',
    };
  }
  return { en: `missing ${name.en}`, th: `ไม่มี${name.th}` };
}

type Values = Record<Field, string>;
export type ImportRow = { line: number; values: Values; problems: Bilingual[] };
export type ImportPreview = { rows: ImportRow[]; validCount: number; problemCount: number };
/** A roster row may name someone who already has a profile here: they join the session as they are. */
export type RosterRow = ImportRow & { existingId: string | null };
export type RosterPreview = { rows: RosterRow[]; validCount: number; problemCount: number };

/** Thai and English names together identify a person; spacing, Unicode form and English case do not. */
const tidy = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const personKey = (nameTh: string, nameEn: string) => `${tidy(nameTh)}\u0000${tidy(nameEn).toLowerCase()}`;
/** Staff numbers typed by hand vary in case (ab-12, AB-12); the same number is the same person. */
const staffKey = (id: string) => id.trim().toUpperCase();

/**
 * Reads a learner list (CSV or Excel, a header row naming the columns in Thai or English) and lists every row's
 * problems: missing fields, bad e-mails and employee ids, duplicates within the file by name or employee id, and
 * people already on this computer by name or employee id.
 */
export async function previewLearnerImport(file: LearnerFile, profiles: ProfileRepository): Promise<ImportPreview> {
  const { rows, validCount, problemCount } = checkRows(await readLearnerFile(file), profiles, false);
  return { rows: rows.map(({ existingId: _existingId, ...row }) => row), validCount, problemCount };
}

/** A session's roster from a file: the same checks, except that people already on this computer are welcome. */
export async function previewRosterImport(file: LearnerFile, profiles: ProfileRepository): Promise<RosterPreview> {
  return checkRows(await readLearnerFile(file), profiles, true);
}

/** All or nothing: creates the new people and returns every row's profile id, new or existing, in file order. */
export async function importRoster(
  file: LearnerFile,
  profiles: ProfileRepository,
  inTransaction: <T>(fn: () => T) => T,
  now: () => Date,
): Promise<string[]> {
  const sheet = await readLearnerFile(file);
  return inTransaction(() => {
    const preview = checkRows(sheet, profiles, true);
    rejectProblems(preview.problemCount);
    const at = now().toISOString();
    return preview.rows.map(({ values, existingId }) => {
      if (existingId) return existingId;
      const id = uuidv7();
      profiles.insert({
        ...learnerSchema.parse(values),
        id,
        hasPin: false,
        pinHash: null,
        createdAt: at,
        lastUsedAt: null,
      });
      return id;
    });
  });
}

function rejectProblems(problemCount: number): void {
  if (problemCount > 0) {
    throw new AppError(
      'IMPORT_REJECTED',
      `${problemCount} row(s) have problems; nothing was imported.`,
      `มี ${problemCount} แถวที่มีปัญหา จึงไม่ได้นำเข้าข้อมูลใดเลย`,
    );
  }
}

/** All or nothing: imports every row, or none when any row has a problem. */
export async function importLearners(
  file: LearnerFile,
  profiles: ProfileRepository,
  inTransaction: <T>(fn: () => T) => T,
  now: () => Date,
): Promise<number> {
  const sheet = await readLearnerFile(file);
  // Checked again inside the transaction, so a profile created meanwhile cannot slip in as a duplicate.
  return inTransaction(() => {
    const preview = checkRows(sheet, profiles, false);
    rejectProblems(preview.problemCount);
    const at = now().toISOString();
    for (const { values } of preview.rows) {
      const learner = learnerSchema.parse(values);
      profiles.insert({ ...learner, id: uuidv7(), hasPin: false, pinHash: null, createdAt: at, lastUsedAt: null });
    }
    return preview.rows.length;
  });
}

function checkRows(sheet: SheetRow[], profiles: ProfileRepository, welcomeExisting: boolean): RosterPreview {
  const { headerIndex, columns } = findHeader(sheet);
  const existingByName = new Map<string, StoredProfile>();
  const existingByStaffId = new Map<string, StoredProfile>();
  for (const p of profiles.list()) {
    existingByName.set(personKey(p.nameTh, p.nameEn), p);
    if (p.employeeId) existingByStaffId.set(staffKey(p.employeeId), p);
  }
  const lineOfName = new Map<string, number>();
  const lineOfStaffId = new Map<string, number>();

  const rows = sheet.slice(headerIndex + 1).map(({ line, cells }): RosterRow => {
    const values = Object.fromEntries(
      FIELDS.map((f) => [f, columns[f] >= 0 ? (cells[columns[f]] ?? '').trim() : '']),
    ) as Values;
    const parsed = learnerSchema.safeParse(values);
    const problems = (parsed.error?.issues ?? []).map((issue) => fieldProblem(issue.path[0] as Field, issue.message));

    const person = personKey(values.nameTh, values.nameEn);
    const sameName = values.nameTh && values.nameEn ? lineOfName.get(person) : undefined;
    if (sameName !== undefined) {
      problems.push({ en: `same person as line ${sameName}`, th: `เป็นคนเดียวกับแถวที่ ${sameName}` });
    } else if (values.nameTh && values.nameEn) lineOfName.set(person, line);

    const staffId = values.employeeId ? staffKey(values.employeeId) : '';
    const sameStaffId = staffId ? lineOfStaffId.get(staffId) : undefined;
    if (sameStaffId !== undefined) {
      problems.push({
        en: `employee id ${values.employeeId} is also on line ${sameStaffId}`,
        th: `รหัสพนักงาน ${values.employeeId} ซ้ำกับแถวที่ ${sameStaffId}`,
      });
    } else if (staffId) lineOfStaffId.set(staffId, line);

    const existing = existingByName.get(person);
    if (existing && !welcomeExisting) {
      problems.push({ en: 'already has a profile on this computer', th: 'มีโปรไฟล์ในเครื่องนี้แล้ว' });
    }
    const owner = staffId ? existingByStaffId.get(staffId) : undefined;
    if (owner && owner !== existing) {
      problems.push({
        en: `employee id ${values.employeeId} already belongs to ${owner.nameEn} on this computer`,
        th: `รหัสพนักงาน ${values.employeeId} เป็นของ ${owner.nameTh} ในเครื่องนี้แล้ว`,
      });
    }
    return { line, values, problems, existingId: welcomeExisting ? (existing?.id ?? null) : null };
  });
  if (rows.length === 0) {
    throw new AppError(
      'IMPORT_REJECTED',
      'The file has a header row but no learners under it.',
      'ไฟล์มีแถวหัวคอลัมน์ แต่ไม่มีรายชื่อผู้เรียน',
      ['file'],
    );
  }
  const problemCount = rows.filter((r) => r.problems.length > 0).length;
  return { rows, validCount: rows.length - problemCount, problemCount };
}

/**
 * The header is the first row naming every required column; templates often put a title or a date above it, so
 * the first ten rows are searched. When none does, the first row's missing columns are named.
 */
function findHeader(sheet: SheetRow[]): { headerIndex: number; columns: Record<Field, number> } {
  const columnsOf = (cells: string[]) =>
    Object.fromEntries(FIELDS.map((f) => [f, cells.findIndex((h) => HEADERS[f].includes(headerKey(h)))])) as Record<
      Field,
      number
    >;
  const first = sheet[0];
  if (!first) throw new AppError('IMPORT_REJECTED', 'The file is empty.', 'ไฟล์ว่างเปล่า', ['file']);
  for (const [headerIndex, row] of sheet.slice(0, 10).entries()) {
    const columns = columnsOf(row.cells);
    if (REQUIRED.every((f) => columns[f] >= 0)) return { headerIndex, columns };
  }
  const firstColumns = columnsOf(first.cells);
  const missing = REQUIRED.filter((f) => firstColumns[f] < 0);
  throw new AppError(
    'IMPORT_REJECTED',
    `The header row has no column for: ${missing.map((f) => FIELD_NAMES[f].en).join(', ')}. Name the columns ` +
      'name_th, name_en, agency, position, and optionally email and employee_id (or their Thai names).',
    `แถวหัวคอลัมน์ไม่มีคอลัมน์: ${missing.map((f) => FIELD_NAMES[f].th).join(' ')} กรุณาตั้งชื่อคอลัมน์ ` +
      'ชื่อภาษาไทย ชื่อภาษาอังกฤษ หน่วยงาน ตำแหน่ง และ (ถ้ามี) อีเมล รหัสพนักงาน',
    ['file'],
  );
}

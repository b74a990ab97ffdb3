import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend, type TestBackend } from '../support/backend.ts';
import { coursesFixture, QUIZ_LAB, tempDir } from '../support/temp.ts';

const t = tempDir('rian-learner-import-');
const courses = coursesFixture(t.dir, [QUIZ_LAB]);
let backend: TestBackend;
let run = 0;

beforeEach(async () => {
  backend = startBackend(join(t.dir, `data-${run++}`), courses);
  await backend.call('admin.setPassphrase', { passphrase: 'ผู้ดูแลระบบ 2569' });
  await backend.call('profiles.create', {
    nameTh: 'นายเดิม มีอยู่',
    nameEn: 'Mr Existing',
    agency: 'กรมการปกครอง',
    position: 'นักวิชาการ',
    employeeId: 'EMP-001',
  });
});
afterEach(() => backend.close());
afterAll(() => t.cleanup());

const file = (fileName: string, bytes: Uint8Array | string) => ({
  fileName,
  base64: Buffer.from(bytes).toString('base64'),
});
const problemsOf = (preview: { rows: { problems: { en: string }[] }[] }) =>
  preview.rows.map((r) => r.problems.map((p) => p.en));
const profileCount = async () => (await backend.call('profiles.list', {})).length;

async function xlsx(rows: unknown[][], decorate?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('รายชื่อ');
  for (const row of rows) sheet.addRow(row);
  decorate?.(sheet);
  workbook.addWorksheet('Notes').addRow(['ignored: only the first sheet is read']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('importing learners from CSV', () => {
  const HEADER = '\uFEFFชื่อภาษาไทย,ชื่อภาษาอังกฤษ,หน่วยงาน,ตำแหน่ง,อีเมล,รหัสพนักงาน\n';

  it('lists every row’s problems, imports nothing while any remain, then imports all', async () => {
    const csv =
      HEADER +
      'นางสาวใหม่ หนึ่ง,Ms New One,กรมการปกครอง,นักวิเคราะห์,new1@example.go.th,EMP-101\n' +
      ',Ms No Thai,กรมการปกครอง,,,\n' +
      'นางสาวใหม่ สอง,Ms New Two,กรมการปกครอง,นักวิเคราะห์,not-an-email,\n' +
      'นางสาวใหม่  หนึ่ง,MS NEW ONE,กรมการปกครอง,นักวิเคราะห์,,\n' +
      'นายใหม่ สาม,Mr New Three,สพร.,นักวิชาการ,,emp-101\n' +
      'นายเดิม มีอยู่,Mr Existing,กรมการปกครอง,นักวิชาการ,,\n' +
      'นายใหม่ สี่,Mr New Four,สพร.,นักวิชาการ,,EMP-001\n' +
      'นายใหม่ ห้า,Mr New Five,สพร.,นักวิชาการ,,#5 ห้า\n' +
      `นายใหม่ หก,Mr New Six,${'ก'.repeat(201)},นักวิชาการ,,\n` +
      '"=HYPERLINK(""http://x"",""คลิก"")",+1 Somchai,@กรม,-นักวิเคราะห์,,\n';
    const preview = await backend.call('admin.previewLearnerImport', file('learners.csv', csv));
    expect(preview).toMatchObject({ validCount: 2, problemCount: 8 });
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(problemsOf(preview)).toEqual([
      [],
      ['missing Thai name', 'missing position'],
      ['bad e-mail address'],
      ['same person as line 2'],
      ['employee id emp-101 is also on line 2'],
      ['already has a profile on this computer'],
      ['employee id EMP-001 already belongs to Mr Existing on this computer'],
      ['employee id may have only letters, digits and - / . (starting with a letter or digit)'],
      ['agency is longer than 200 characters'],
      [],
    ]);
    expect(preview.rows[1]!.problems[0]).toEqual({ en: 'missing Thai name', th: 'ไม่มีชื่อภาษาไทย' });
    // Names that look like formulas are data: kept exactly, made inert only when exported.
    expect(preview.rows[9]!.values).toEqual({
      nameTh: '=HYPERLINK("http://x","คลิก")',
      nameEn: '+1 Somchai',
      agency: '@กรม',
      position: '-นักวิเคราะห์',
      email: '',
      employeeId: '',
    });

    expect(await backend.raw('admin.importLearners', file('learners.csv', csv))).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_REJECTED', message: '8 row(s) have problems; nothing was imported.' },
    });
    expect(await profileCount()).toBe(1);

    const good =
      HEADER +
      'นางสาวใหม่ หนึ่ง,Ms New One,กรมการปกครอง,นักวิเคราะห์,new1@example.go.th,EMP-101\n' +
      '"=HYPERLINK(""http://x"",""คลิก"")",+1 Somchai,@กรม,-นักวิเคราะห์,,\n';
    expect(await backend.call('admin.importLearners', file('learners.csv', good))).toEqual({ imported: 2 });
    const found = await backend.call('admin.findLearners', { query: 'EMP-101' });
    expect(found).toMatchObject([{ nameEn: 'Ms New One', email: 'new1@example.go.th', employeeId: 'EMP-101' }]);
    expect((await backend.call('profiles.list', {})).map((p) => p.nameTh)).toContain('=HYPERLINK("http://x","คลิก")');
    expect(await backend.call('admin.auditLog', {})).toContainEqual(
      expect.objectContaining({ action: 'learners.import', detail: { imported: 2, fileName: 'learners.csv' } }),
    );
  });

  it('checks again on import, so a learner added after the preview is not imported twice', async () => {
    const csv = HEADER + 'นางสาวมา ทีหลัง,Ms Late Comer,สพร.,นักวิชาการ,,\n';
    expect(await backend.call('admin.previewLearnerImport', file('late.csv', csv))).toMatchObject({ problemCount: 0 });
    await backend.call('profiles.create', {
      nameTh: 'นางสาวมา ทีหลัง',
      nameEn: 'Ms Late Comer',
      agency: 'สพร.',
      position: 'นักวิชาการ',
    });
    expect(await backend.raw('admin.importLearners', file('late.csv', csv))).toMatchObject({
      error: { code: 'IMPORT_REJECTED' },
    });
    expect(await profileCount()).toBe(2);
  });

  it('reads English headers in any case and spacing, with line numbers as an editor shows them', async () => {
    const csv = 'Name TH,name_en,Agency,POSITION,e-mail,Employee ID\n\n,,,,,\nนายหนึ่ง ดี,Mr One Dee,สพร.,นักวิชาการ,,\n';
    const preview = await backend.call('admin.previewLearnerImport', file('list.CSV', csv));
    expect(preview.rows).toMatchObject([{ line: 4, problems: [] }]);
  });
});

describe('importing learners from Excel', () => {
  it('reads the first sheet below a title row: rich text, links, formulas and zero-padded staff numbers', async () => {
    const bytes = await xlsx(
      [
        ['รายชื่อผู้เข้าอบรม รุ่นที่ 1'],
        ['ชื่อ-นามสกุล (ไทย)', 'ชื่อ-นามสกุล (อังกฤษ)', 'หน่วยงาน', 'ตำแหน่ง', 'อีเมล', 'เลขประจำตัว'],
        [
          { richText: [{ text: 'นางสาว' }, { text: 'ปิ่นมณี ศักดิ์สิทธิ์', font: { bold: true } }] },
          'Ms Pinmanee Saksit',
          'กรมการปกครอง',
          'นักวิเคราะห์',
          { text: 'pin@example.go.th', hyperlink: 'mailto:pin@example.go.th' },
          123,
        ],
        ['นายกิ๊ก ฤๅชา', { formula: 'PROPER("mr kik ruecha")', result: 'Mr Kik Ruecha' }, 'สพร.', 'นักวิชาการ', '', 'A-7'],
        [],
        ['=SUM(A1:A2)', 'Mr Formula Text', 'สพร.', 'นักวิชาการ', '', ''],
      ],
      (sheet) => {
        sheet.getCell('F3').numFmt = '00000';
      },
    );
    const preview = await backend.call('admin.previewLearnerImport', file('รายชื่อ.xlsx', bytes));
    expect(preview).toMatchObject({ validCount: 3, problemCount: 0 });
    expect(
      preview.rows.map((r) => [r.line, r.values.nameTh, r.values.nameEn, r.values.email, r.values.employeeId]),
    ).toEqual([
      [3, 'นางสาวปิ่นมณี ศักดิ์สิทธิ์', 'Ms Pinmanee Saksit', 'pin@example.go.th', '00123'],
      [4, 'นายกิ๊ก ฤๅชา', 'Mr Kik Ruecha', '', 'A-7'],
      [6, '=SUM(A1:A2)', 'Mr Formula Text', '', ''],
    ]);
    expect(await backend.call('admin.importLearners', file('รายชื่อ.xlsx', bytes))).toEqual({ imported: 3 });
    expect(await backend.call('admin.findLearners', { query: '00123' })).toMatchObject([
      { nameEn: 'Ms Pinmanee Saksit' },
    ]);
  });

  it('lists every bad row with its Excel row number and imports nothing', async () => {
    const header = ['name_th', 'name_en', 'agency', 'position', 'email', 'employee_id'];
    const bytes = await xlsx([
      header,
      ['นายดี ครบ', 'Mr Dee Krob', 'สพร.', 'นักวิชาการ', 'dee@example.go.th', 'S-1'],
      ['', 'Mr No Thai', '', 'นักวิชาการ', '', ''],
      ['นายซ้ำ ชื่อ', 'Mr Same Name', 'สพร.', 'นักวิชาการ', 'x@', 'S-2'],
      ['นายซ้ำ ชื่อ', 'Mr Same Name', 'สพร.', 'นักวิชาการ', '', ''],
      ['นายซ้ำ รหัส', 'Mr Same Id', 'สพร.', 'นักวิชาการ', '', 's-1'],
      ['นายเดิม มีอยู่', 'Mr Existing', 'กรมการปกครอง', 'นักวิชาการ', '', 'EMP-001'],
      ['นายรหัส ชน', 'Mr Id Clash', 'สพร.', 'นักวิชาการ', '', 'EMP-001'],
      [{ error: '#N/A' }, 'Mr Error Cell', 'สพร.', 'นักวิชาการ', '', ''],
    ]);
    const preview = await backend.call('admin.previewLearnerImport', file('bad.xlsx', bytes));
    expect(preview).toMatchObject({ validCount: 1, problemCount: 7 });
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(problemsOf(preview)).toEqual([
      [],
      ['missing Thai name', 'missing agency'],
      ['bad e-mail address'],
      ['same person as line 4'],
      ['employee id s-1 is also on line 2'],
      ['already has a profile on this computer'],
      ['employee id EMP-001 is also on line 7', 'employee id EMP-001 already belongs to Mr Existing on this computer'],
      ['missing Thai name'],
    ]);
    expect(preview.rows[6]!.problems[1]!.th).toBe('รหัสพนักงาน EMP-001 เป็นของ นายเดิม มีอยู่ ในเครื่องนี้แล้ว');
    expect(await backend.raw('admin.importLearners', file('bad.xlsx', bytes))).toMatchObject({
      error: { code: 'IMPORT_REJECTED', messageTh: 'มี 7 แถวที่มีปัญหา จึงไม่ได้นำเข้าข้อมูลใดเลย' },
    });
    expect(await profileCount()).toBe(1);
  });
});

describe('files that are refused with a reason', () => {
  const refusal = async (name: string, bytes: Uint8Array | string) => {
    const result = await backend.raw('admin.previewLearnerImport', file(name, bytes));
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED', fields: ['file'] } });
    return (result as { error: { message: string; messageTh: string } }).error;
  };

  it('names the old Excel format, text that is not UTF-8, and files that are neither CSV nor Excel', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refusal('learners.xls', ole)).message).toMatch(/old Excel file \(\.xls\)/);
    expect((await refusal('renamed.xlsx', ole)).messageTh).toMatch(/Excel รุ่นเก่า/);
    // Thai in Windows-874 (Excel's plain "CSV"): refused rather than imported as mojibake.
    const tis620 = new Uint8Array([0xaa, 0xd7, 0xe8, 0xcd, 0x2c, 0x61, 0x0a]);
    expect((await refusal('thai.csv', tis620)).message).toMatch(/not UTF-8 text.*CSV UTF-8/);
    expect((await refusal('binary.csv', new Uint8Array([0x41, 0, 0x42]))).message).toMatch(/not UTF-8 text/);
    expect((await refusal('report.pdf', '%PDF-1.7')).message).toBe(
      'Only CSV (.csv) and Excel (.xlsx) files can be imported.',
    );
    expect((await refusal('garbage.xlsx', 'not a zip at all')).message).toMatch(/not a readable Excel workbook/);
    const notAWorkbook = zipSync({ 'readme.txt': new TextEncoder().encode('hello') });
    expect((await refusal('archive.xlsx', notAWorkbook)).message).toMatch(/not a readable Excel workbook/);
    const truncated = (await xlsx([['name_th']])).subarray(0, 400);
    expect((await refusal('cut.xlsx', truncated)).message).toMatch(/not a readable Excel workbook/);
  });

  it('says which header columns are missing, and refuses an empty list', async () => {
    const error = await refusal('wrong.csv', 'name,agency\nนายหนึ่ง,สพร.\n');
    expect(error.message).toMatch(/^The header row has no column for: Thai name, English name, position\./);
    expect(error.messageTh).toMatch(/^แถวหัวคอลัมน์ไม่มีคอลัมน์: ชื่อภาษาไทย ชื่อภาษาอังกฤษ ตำแหน่ง/);
    expect((await refusal('empty.csv', '\uFEFF\n\n')).message).toBe('The file is empty.');
    expect((await refusal('header.csv', 'name_th,name_en,agency,position\n')).message).toMatch(/no learners/);
  });

  it('refuses more than 20,000 learners, and a workbook that unpacks to far more than a list needs', async () => {
    const many = 'name_th,name_en,agency,position\n' + 'ก,A,B,C\n'.repeat(20_001);
    expect((await refusal('many.csv', many)).message).toMatch(/more than 20,000 rows/);
    const sheet = await xlsx([['name_th', 'name_en', 'agency', 'position']]);
    const { unzipSync } = await import('fflate');
    // 80 MB of zeros packs into well under the upload limit: a small "zip bomb".
    const bomb = zipSync({ ...unzipSync(sheet), 'xl/media/padding.bin': new Uint8Array(80 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(750_000);
    expect((await refusal('bomb.xlsx', bomb)).message).toMatch(/unpacks to more than 64 MB/);
  });
});

import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCourseLibrary } from '../../electron/core/courses/course-library.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { completionRecords } from '../../electron/core/records/records.ts';
import { recordsCsv } from '../../electron/core/records/records-export.ts';
import { PROJECT_ROOT } from '../../electron/paths.ts';
import { startBackend } from '../support/backend.ts';
import { completeQuizLab } from '../support/quiz-lab.ts';
import { coursesFixture, QUIZ_LAB, SAMPLE_COURSE, tempDir } from '../support/temp.ts';

const t = tempDir('rian-records-');
const data = join(t.dir, 'data');
let courses = '';
const LEARNERS = [
  { nameTh: '=HYPERLINK("http://x","คลิก")', nameEn: '+1 Somchai', agency: 'กรมการปกครอง', position: '@SUM(A1)' },
  { nameTh: 'นางสาวปิ่นมณี ศักดิ์สิทธิ์', nameEn: 'Ms Pinmanee Saksit', agency: 'กรมการปกครอง', position: '-นักวิเคราะห์' },
  { nameTh: 'นายกิ๊ก ฤๅชา', nameEn: 'Mr Kik Ruecha', agency: 'สพร.', position: 'นักวิชาการ' },
];

beforeAll(async () => {
  courses = coursesFixture(t.dir, [QUIZ_LAB, SAMPLE_COURSE]);
  const backend = startBackend(data, courses, () => new Date('2026-11-21T03:00:00.000Z'));
  for (const [i, l] of LEARNERS.entries()) {
    await backend.call('profiles.create', l);
    if (i === 0) await completeQuizLab(backend);
    if (i === 1) await backend.call('progress.completeLesson', { courseId: QUIZ_LAB, lessonId: 'm1-l1-personal-data' });
  }
  backend.close();
});
afterAll(() => t.cleanup());

function records(filter = {}) {
  const db = openDatabase(join(data, 'rian.sqlite'));
  try {
    return completionRecords(db, loadCourseLibrary(courses), filter);
  } finally {
    db.close();
  }
}

describe('completion records', () => {
  it('have one row per learner per course, with the learner’s own progress numbers', () => {
    const rows = records();
    expect(rows).toHaveLength(LEARNERS.length * 2);
    const done = rows.find((r) => r.nameEn === '+1 Somchai' && r.courseId === QUIZ_LAB)!;
    expect(done).toMatchObject({
      status: 'completed',
      progressPercent: 100,
      bestScore: 100,
      certificateId: 'DGA-2569-000001',
    });
    expect(rows.find((r) => r.nameEn === 'Ms Pinmanee Saksit' && r.courseId === QUIZ_LAB)).toMatchObject({
      status: 'inProgress',
      progressPercent: 33,
      completedAt: null,
    });
    expect(rows.find((r) => r.nameEn === 'Mr Kik Ruecha' && r.courseId === SAMPLE_COURSE)).toMatchObject({
      status: 'notStarted',
      progressPercent: 0,
    });
  });

  it('filter by course, agency, status, completion dates and name', () => {
    expect(records({ agency: 'กรมการปกครอง', courseId: QUIZ_LAB })).toHaveLength(2);
    expect(records({ status: 'completed' }).map((r) => r.nameEn)).toEqual(['+1 Somchai']);
    expect(records({ from: '2026-11-21', to: '2026-11-21', status: 'completed' })).toHaveLength(1);
    expect(records({ from: '2026-11-22' })).toHaveLength(0);
    expect(records({ query: 'ปิ่นมณี' })).toHaveLength(2);
  });

  it('export as CSV that a real parser reads back to the same numbers, with formulas made inert', () => {
    const rows = records();
    const csv = recordsCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(rows.length);
    for (const [i, row] of rows.entries()) {
      expect(Number(parsed[i]!.progress_percent)).toBe(row.progressPercent);
      expect(parsed[i]!.best_score === '' ? null : Number(parsed[i]!.best_score)).toBe(row.bestScore);
    }
    const injected = parsed.find((r) => r.name_en === "'+1 Somchai" && r.course_id === QUIZ_LAB)!;
    expect(injected.name_th).toBe(`'=HYPERLINK("http://x","คลิก")`);
    expect(injected.position).toBe("'@SUM(A1)");
    expect(parsed.find((r) => r.name_en === 'Ms Pinmanee Saksit')!.position).toBe("'-นักวิเคราะห์");
    expect(injected.completed_th).toBe('21 พฤศจิกายน 2569');
  });

  it('export from the CLI, and explain bad options', () => {
    const out = join(t.dir, 'records.csv');
    const rian = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [join(PROJECT_ROOT, 'electron/cli/rian.ts'), 'records', 'export', ...args, '--data', data],
        {
          encoding: 'utf8',
          env: { ...process.env, RIAN_COURSES_DIR: courses },
        },
      );
    const ok = rian('--format', 'csv', '--course', QUIZ_LAB, '--status', 'completed', '--out', out);
    expect(ok.status, ok.stderr).toBe(0);
    expect(parse(readFileSync(out, 'utf8').slice(1), { columns: true })).toHaveLength(1);
    expect(rian('--format', 'pdf', '--out', out).stderr).toContain('--format must be csv, xlsx, json or xapi.');
    expect(rian('--format', 'csv', '--status', 'done', '--out', out).stderr).toContain('--status must be one of');
    expect(rian('--format', 'csv', '--from', '2026-12-01', '--to', '2026-11-01', '--out', out).stderr).toContain(
      '--from must not be after --to.',
    );
  });
});

describe('xAPI statements', () => {
  it('turn every event into a statement (id = event id) that the Learning Locker validator accepts', async () => {
    const { default: validate } = (await import('@learninglocker/xapi-validation')) as unknown as {
      default: { default?: (s: unknown) => unknown[] } & ((s: unknown) => unknown[]);
    };
    const check = (validate.default ?? validate) as (s: unknown) => unknown[];
    const { xapiStatements } = await import('../../electron/core/records/xapi.ts');
    const db = openDatabase(join(data, 'rian.sqlite'));
    const statements = [...xapiStatements(db, loadCourseLibrary(courses))];
    const eventIds = db
      .prepare<[], { id: string }>('SELECT id FROM events ORDER BY seq')
      .all()
      .map((r) => r.id);
    db.close();
    expect(statements.map((s) => s.id)).toEqual(eventIds);
    for (const statement of statements) expect(check(statement), JSON.stringify(statement)).toEqual([]);
    const passed = statements.find((s) => (s.verb as { id: string }).id.endsWith('/passed'))!;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 1 } });
    expect((passed.object as { id: string }).id).toBe('https://rian.invalid/courses/quiz-lab/quizzes/final-exam');
  });
});

describe('rian records export --format xapi', () => {
  it('writes the statements to a file', () => {
    const out = join(t.dir, 'statements.json');
    const run = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'electron/cli/rian.ts'),
        'records',
        'export',
        '--format',
        'xapi',
        '--out',
        out,
        '--data',
        data,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, RIAN_COURSES_DIR: courses },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Wrote \d+ xAPI statement\(s\)/);
    expect(JSON.parse(readFileSync(out, 'utf8')).length).toBeGreaterThan(5);
  });
});

describe('importing learners from CSV', () => {
  const HEADER = 'ชื่อภาษาไทย,ชื่อภาษาอังกฤษ,หน่วยงาน,ตำแหน่ง,อีเมล\n';

  it('previews every row with its problems, and imports nothing while any remain', async () => {
    const backend = startBackend(join(t.dir, 'import'), courses);
    await backend.call('admin.setPassphrase', { passphrase: 'ผู้ดูแลระบบ 2569' });
    await backend.call('profiles.create', { nameTh: 'นายเดิม มีอยู่', nameEn: 'Mr Existing', agency: 'ก', position: 'ข' });
    const csv =
      '\uFEFF' +
      HEADER +
      'นางสาวใหม่ หนึ่ง,Ms New One,กรมการปกครอง,นักวิเคราะห์,new1@example.go.th\n' +
      ',Ms No Thai,กรมการปกครอง,นักวิเคราะห์,\n' +
      'นางสาวใหม่ สอง,Ms New Two,กรมการปกครอง,นักวิเคราะห์,not-an-email\n' +
      'นางสาวใหม่ หนึ่ง,Ms New One,กรมการปกครอง,นักวิเคราะห์,\n' +
      'นายเดิม มีอยู่,Mr Existing,ก,ข,\n';
    const preview = await backend.call('admin.previewLearnerImport', { csvText: csv });
    expect(preview).toMatchObject({ validCount: 1, problemCount: 4 });
    expect(preview.rows.map((r) => r.problems.map((p) => p.en))).toEqual([
      [],
      ['missing Thai name'],
      ['bad e-mail address'],
      ['same person as line 2'],
      ['already has a profile on this computer'],
    ]);
    expect(await backend.raw('admin.importLearners', { csvText: csv })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_REJECTED' },
    });
    expect(await backend.call('profiles.list', {})).toHaveLength(1);

    const good =
      HEADER +
      'นางสาวใหม่ หนึ่ง,Ms New One,กรมการปกครอง,นักวิเคราะห์,\nนายใหม่ สอง,Mr New Two,สพร.,นักวิชาการ,two@example.go.th\n';
    expect(await backend.call('admin.importLearners', { csvText: good })).toEqual({ imported: 2 });
    expect(await backend.call('profiles.list', {})).toHaveLength(3);
    expect(await backend.raw('admin.previewLearnerImport', { csvText: 'a,b\n1,2\n' })).toMatchObject({
      ok: false,
      error: {
        code: 'IMPORT_REJECTED',
        message: expect.stringContaining('no column for: nameTh, nameEn, agency, position'),
      },
    });
    backend.close();
  });
});

describe('XLSX export', () => {
  it('has typed columns, a frozen filtered header, Thai-fitting widths, and splits sheets at the row limit', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const { writeRecordsXlsx } = await import('../../electron/core/records/records-xlsx.ts');
    const rows = records();
    const file = join(t.dir, 'records.xlsx');
    await writeRecordsXlsx(rows, file, 4);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Records 1', 'Records 2']);
    const first = book.worksheets[0]!;
    expect(first.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(first.autoFilter).toBeTruthy();
    expect(first.rowCount).toBe(5);
    const all = book.worksheets.flatMap((s) => s.getSheetValues().slice(2)) as unknown[][];
    expect(all).toHaveLength(rows.length);
    const done = all.find((v) => v[2] === '+1 Somchai' && v[6] === 'Quiz Lab')!;
    expect(done[8]).toBe(100);
    expect(done[11]).toBeInstanceOf(Date);
    expect(first.getCell('A2').value).toBe(rows[0]!.nameTh);
    expect(first.getColumn(1).width).toBeGreaterThanOrEqual(10);
    expect(readdirSync(t.dir).some((f) => f.endsWith('.part'))).toBe(false);
  });
});

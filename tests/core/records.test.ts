import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCourseLibrary } from '../../electron/core/courses/course-library.ts';
import { ExportCancelled, exportRecords } from '../../electron/core/records/record-export.ts';
import { PROJECT_ROOT } from '../../electron/paths.ts';
import type { ChannelInput } from '../../electron/shared/contract.ts';
import {
  DEFAULT_RECORD_SORT,
  recordFilterSchema,
  type RecordFilter,
  type RecordRow,
} from '../../electron/shared/records.ts';
import { startBackend, type TestBackend } from '../support/backend.ts';
import { completeQuizLab } from '../support/quiz-lab.ts';
import { coursesFixture, QUIZ_LAB, SAMPLE_COURSE, tempDir } from '../support/temp.ts';

const t = tempDir('rian-records-');
const data = join(t.dir, 'data');
let courses = '';
let backend: TestBackend;
const PASSPHRASE = 'ผู้ดูแลระบบ 2569';
const LEARNERS = [
  { nameTh: '=HYPERLINK("http://x","คลิก")', nameEn: '+1 Somchai', agency: 'กรมการปกครอง', position: '@SUM(A1)' },
  { nameTh: 'นางสาวปิ่นมณี ศักดิ์สิทธิ์', nameEn: 'Ms Pinmanee Saksit', agency: 'กรมการปกครอง', position: '-นักวิเคราะห์' },
  { nameTh: 'นายกิ๊ก ฤๅชา', nameEn: 'Mr Kik Ruecha', agency: 'สพร.', position: 'นักวิชาการ' },
];

beforeAll(async () => {
  courses = coursesFixture(t.dir, [QUIZ_LAB, SAMPLE_COURSE]);
  backend = startBackend(data, courses, () => new Date('2026-11-21T03:00:00.000Z'));
  for (const [i, l] of LEARNERS.entries()) {
    await backend.call('profiles.create', l);
    if (i === 0) await completeQuizLab(backend);
    if (i === 1) await backend.call('progress.completeLesson', { courseId: QUIZ_LAB, lessonId: 'm1-l1-personal-data' });
  }
  await backend.call('session.signOut', {});
  await backend.call('admin.setPassphrase', { passphrase: PASSPHRASE });
});
afterAll(() => {
  backend.close();
  t.cleanup();
});

async function records(filter: Partial<RecordFilter> = {}, sort = DEFAULT_RECORD_SORT): Promise<RecordRow[]> {
  const page = await backend.call('admin.records', {
    filter: recordFilterSchema.parse(filter),
    sort,
    offset: 0,
    limit: 500,
  });
  expect(page.rows).toHaveLength(page.total);
  return page.rows;
}

/** Runs an export through the screen's channels: start, wait for the job, read the file back in chunks. */
async function exported(
  input: Omit<ChannelInput<'admin.exportRecords'>, 'sort'> & { sort?: ChannelInput<'admin.exportRecords'>['sort'] },
) {
  const { jobId } = await backend.call('admin.exportRecords', { sort: DEFAULT_RECORD_SORT, ...input });
  for (;;) {
    const job = await backend.call('admin.job', { jobId });
    if (job.state === 'failed') throw new Error(job.error ?? 'failed');
    if (job.state === 'done') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const parts: Buffer[] = [];
  let offset: number | null = 0;
  let fileName = '';
  while (offset !== null) {
    const chunk: { base64: string; fileName: string; nextOffset: number | null } = await backend.call(
      'admin.exportChunk',
      { jobId, offset },
    );
    parts.push(Buffer.from(chunk.base64, 'base64'));
    fileName = chunk.fileName;
    offset = chunk.nextOffset;
  }
  return { bytes: Buffer.concat(parts), fileName };
}

describe('completion records', () => {
  it('have one row per learner per course, with the learner’s own progress numbers', async () => {
    const rows = await records();
    expect(rows).toHaveLength(LEARNERS.length * 2);
    const done = rows.find((r) => r.nameEn === '+1 Somchai' && r.courseId === QUIZ_LAB)!;
    expect(done).toMatchObject({
      status: 'completed',
      progressPercent: 100,
      bestScore: 100,
      certificateId: expect.stringMatching(/^DGA-2569-[2-9A-Z]{4}-000001$/),
    });
    expect(done.minutesSpent).toBeGreaterThan(0);
    expect(rows.find((r) => r.nameEn === 'Ms Pinmanee Saksit' && r.courseId === QUIZ_LAB)).toMatchObject({
      status: 'inProgress',
      progressPercent: 33,
      completedAt: null,
    });
    expect(rows.find((r) => r.nameEn === 'Mr Kik Ruecha' && r.courseId === SAMPLE_COURSE)).toMatchObject({
      status: 'notStarted',
      progressPercent: 0,
      minutesSpent: 0,
    });
  });

  it('filter by course, agency, status, completion dates and name', async () => {
    expect(await records({ agency: 'กรมการปกครอง', courseId: QUIZ_LAB })).toHaveLength(2);
    expect((await records({ status: 'completed' })).map((r) => r.nameEn)).toEqual(['+1 Somchai']);
    expect(await records({ from: '2026-11-21', to: '2026-11-21', status: 'completed' })).toHaveLength(1);
    expect(await records({ from: '2026-11-22' })).toHaveLength(0);
    expect(await records({ query: 'ปิ่นมณี' })).toHaveLength(2);
    expect(await records({ query: 'RUECHA' })).toHaveLength(2);
  });

  it('sort by Thai name in dictionary order and by any column, both ways', async () => {
    const byThai = (await records({ courseId: SAMPLE_COURSE })).map((r) => r.nameTh);
    expect(byThai).toEqual([...byThai].sort(new Intl.Collator('th').compare));
    const byProgress = (await records({ courseId: QUIZ_LAB }, { column: 'progressPercent', direction: 'desc' })).map(
      (r) => r.progressPercent,
    );
    expect(byProgress).toEqual([100, 33, 0]);
  });

  it('page without gaps or repeats', async () => {
    const all = await records();
    const pages = [];
    for (let offset = 0; offset < all.length; offset += 4) {
      pages.push(
        ...(
          await backend.call('admin.records', {
            filter: recordFilterSchema.parse({}),
            sort: DEFAULT_RECORD_SORT,
            offset,
            limit: 4,
          })
        ).rows,
      );
    }
    expect(pages).toEqual(all);
  });

  it('update as soon as a learner makes progress', async () => {
    const before = (await records({ query: 'Kik' })).find((r) => r.courseId === QUIZ_LAB)!;
    const kik = (await backend.call('profiles.list', {})).find((p) => p.nameEn === 'Mr Kik Ruecha')!;
    await backend.call('session.signIn', { profileId: kik.id });
    await backend.call('progress.completeLesson', { courseId: QUIZ_LAB, lessonId: 'm1-l1-personal-data' });
    await backend.call('session.signOut', {});
    await backend.call('admin.unlock', { passphrase: PASSPHRASE });
    const after = (await records({ query: 'Kik' })).find((r) => r.courseId === QUIZ_LAB)!;
    expect(before.status).toBe('notStarted');
    expect(after).toMatchObject({ status: 'inProgress', progressPercent: 33 });
  });

  it('summarise on the dashboard with the same numbers as the table', async () => {
    const rows = await records();
    const dashboard = await backend.call('admin.dashboard', { filter: recordFilterSchema.parse({}) });
    expect(dashboard.totals).toEqual({
      learners: 3,
      records: rows.length,
      started: rows.filter((r) => r.status !== 'notStarted').length,
      completed: rows.filter((r) => r.status === 'completed').length,
    });
    expect(dashboard.byCourse.find((c) => c.courseId === QUIZ_LAB)).toMatchObject({
      records: 3,
      completed: 1,
      averageScore: 100,
    });
    expect(dashboard.byAgency.map((a) => a.agency)).toEqual(['กรมการปกครอง', 'สพร.']);
    expect(dashboard.perMonth).toHaveLength(18);
    expect(dashboard.perMonth.at(-1)).toEqual({ month: '2026-11', completed: 1 });
  });

  it('export as CSV that a real parser reads back to the same numbers, with formulas made inert', async () => {
    const rows = await records();
    const { bytes, fileName } = await exported({ filter: recordFilterSchema.parse({}), format: 'csv' });
    expect(fileName).toMatch(/^records-.*\.csv$/);
    const csv = bytes.toString('utf8');
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
    expect(rian('--format', 'pdf', '--out', out).stderr).toContain('--format must be csv, xlsx, json, xapi or events.');
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
    const { bytes } = await exported({ filter: recordFilterSchema.parse({}), format: 'xapi' });
    const statements = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>[];
    const db = new Database(join(data, 'rian.sqlite'), { readonly: true });
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

  it('and the raw event log as CSV for analysts, for the filtered learners only', async () => {
    const { bytes } = await exported({ filter: recordFilterSchema.parse({ query: 'Somchai' }), format: 'events' });
    const rows = parse(bytes.toString('utf8').slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.name_en))).toEqual(new Set(["'+1 Somchai"]));
    expect(rows.map((r) => r.type)).toContain('quiz.submitted');
  });

  it('and JSON with the screen’s rows', async () => {
    const { bytes } = await exported({ filter: recordFilterSchema.parse({ status: 'completed' }), format: 'json' });
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(await records({ status: 'completed' }));
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

describe('an export that stops', () => {
  const library = () => loadCourseLibrary(courses);
  const input = { filter: recordFilterSchema.parse({}), sort: DEFAULT_RECORD_SORT };
  const ctx = (cancel: boolean) => ({ setTotal: () => {}, step: () => {}, isCancelled: () => cancel });

  it('when cancelled leaves no file behind, under the final name or half-written', async () => {
    const db = new Database(join(data, 'rian.sqlite'), { readonly: true });
    const dir = join(t.dir, 'cancelled');
    mkdirSync(dir);
    for (const format of ['csv', 'xlsx'] as const) {
      await expect(
        exportRecords(db, library(), { ...input, format }, join(dir, `r.${format}`), ctx(true)),
      ).rejects.toThrow(ExportCancelled);
    }
    db.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('when writing fails says what failed, and the job reports it', async () => {
    const db = new Database(join(data, 'rian.sqlite'), { readonly: true });
    await expect(
      exportRecords(db, library(), { ...input, format: 'csv' }, join(t.dir, 'no-such-dir', 'r.csv'), ctx(false)),
    ).rejects.toThrow(/ENOENT/);
    db.close();
  });
});

describe('the audit log', () => {
  it('records every export with its filter and exports itself as CSV for Excel', async () => {
    const file = await backend.call('admin.exportAuditLog', {});
    expect(file.fileName).toMatch(/^rian-audit-.*\.csv$/);
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as { at_th: string; action: string; detail: string }[];
    const exports = rows.filter((r) => r.action === 'records.export');
    expect(exports.length).toBeGreaterThanOrEqual(4);
    expect(JSON.parse(exports.find((r) => r.detail.includes('Somchai'))!.detail)).toMatchObject({
      format: 'events',
      filter: { query: 'Somchai' },
    });
    expect(rows[0]!.at_th).toMatch(/2569/);
  });
});

describe('XLSX export', () => {
  it('has typed columns, a frozen filtered header, Thai-fitting widths, and splits sheets at the row limit', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const { writeRecordsXlsx } = await import('../../electron/core/records/records-xlsx.ts');
    const rows = await records();
    const file = join(t.dir, 'records.xlsx');
    await writeRecordsXlsx(rows, file, async () => {}, 4);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Records', 'Records 2']);
    const first = book.worksheets[0]!;
    expect(first.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(first.autoFilter).toBeTruthy();
    expect(first.rowCount).toBe(5);
    const all = book.worksheets.flatMap((s) => s.getSheetValues().slice(2)) as unknown[][];
    expect(all).toHaveLength(rows.length);
    const done = all.find((v) => v[2] === '+1 Somchai' && v[7] === 'Quiz Lab')!;
    expect(done[9]).toBe(100);
    expect(done[12]).toBeInstanceOf(Date);
    expect(first.getCell('A2').value).toBe(rows[0]!.nameTh);
    expect(first.getColumn(1).width).toBeGreaterThanOrEqual(10);
    expect(readdirSync(t.dir).some((f) => f.endsWith('.part'))).toBe(false);
  });

  it('from the screen reads back with a real parser to the screen’s numbers', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const rows = await records();
    const { bytes } = await exported({ filter: recordFilterSchema.parse({}), format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const values = book.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    expect(values.map((v) => [v[2], v[7], v[9], v[10] ?? null])).toEqual(
      rows.map((r) => [r.nameEn, r.courseTitle.en, r.progressPercent, r.bestScore]),
    );
  });
});

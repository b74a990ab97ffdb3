import { parse } from 'csv-parse/sync';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../electron/server/chromium-pdf.ts';
import type { ChannelInput } from '../../electron/shared/contract.ts';
import { DEFAULT_RECORD_SORT, recordFilterSchema } from '../../electron/shared/records.ts';
import { startBackend, type TestBackend } from '../support/backend.ts';
import { completeQuizLab } from '../support/quiz-lab.ts';
import { coursesFixture, QUIZ_LAB, tempDir } from '../support/temp.ts';

const t = tempDir('rian-classroom-');
let backend: TestBackend;
const PASSPHRASE = 'วิทยากร ห้องเรียน 2569';
const SESSION: ChannelInput<'trainer.createSession'> = {
  courseId: QUIZ_LAB,
  title: 'รุ่นที่ 1 ขอนแก่น',
  venue: 'ศูนย์ราชการจังหวัดขอนแก่น ห้อง 2',
  trainers: ['นางสาววิทยา สอนดี', 'Mr Co Trainer'],
  targetGroup: 'ผู้ประสานงานธุรกิจออนไลน์',
  days: [
    { date: '2026-12-02', start: '09:00', end: '12:00', split: false },
    { date: '2026-12-01', start: '09:00', end: '16:00', split: true },
  ],
  attendanceThreshold: 75,
};
const csv = (text: string) => ({ fileName: 'roster.csv', base64: Buffer.from(text).toString('base64') });

beforeAll(async () => {
  backend = startBackend(
    join(t.dir, 'data'),
    coursesFixture(t.dir, [QUIZ_LAB]),
    () => new Date('2026-12-02T08:00:00Z'),
    {
      pdfRenderer: createChromiumPdfRenderer(),
    },
  );
  await backend.call('profiles.create', {
    nameTh: 'นายเก่ง เรียนดี',
    nameEn: 'Mr Keng Riandee',
    agency: 'สพร.',
    position: 'นักวิชาการ',
  });
  await completeQuizLab(backend);
  await backend.call('session.signOut', {});
});
afterAll(() => {
  backend.close();
  t.cleanup();
});

describe('a trainer’s classroom session', () => {
  let sessionId = '';

  it('needs the trainer role, and explains a bad session field by field', async () => {
    expect(await backend.raw('trainer.sessions', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await backend.call('trainer.setPassphrase', { passphrase: PASSPHRASE });
    const bad = await backend.raw('trainer.createSession', {
      ...SESSION,
      title: '',
      days: [{ date: '2026-12-01', start: '16:00', end: '09:00', split: false }],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((bad as { error: { fields: string[] } }).error.fields).toEqual(
      expect.arrayContaining(['title', 'days[0].end']),
    );
    expect(await backend.raw('trainer.createSession', { ...SESSION, courseId: 'no-such-course' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: ['courseId'] },
    });
    const created = await backend.call('trainer.createSession', SESSION);
    expect(created.days.map((d) => d.date)).toEqual(['2026-12-01', '2026-12-02']);
    expect(created.courseTitle.en).toBe('Quiz Lab');
    sessionId = created.id;
  });

  it('builds a roster from profiles, a file (welcoming people already here) and the door', async () => {
    const [keng] = await backend.call('trainer.findProfiles', { query: 'เก่ง' });
    await backend.call('trainer.addToRoster', { sessionId, profileIds: [keng!.id] });
    const file = csv(
      'name_th,name_en,agency,position,email\nนายเก่ง เรียนดี,Mr Keng Riandee,สพร.,นักวิชาการ,\nนางสาวใหม่ มาเรียน,Ms Mai Marian,กรมการปกครอง,ปลัดอำเภอ,\n',
    );
    const preview = await backend.call('trainer.previewRosterImport', { sessionId, file });
    expect(preview.rows.map((r) => [r.values.nameEn, r.existingId !== null, r.problems])).toEqual([
      ['Mr Keng Riandee', true, []],
      ['Ms Mai Marian', false, []],
    ]);
    await backend.call('trainer.importRoster', { sessionId, file });
    await backend.call('trainer.registerAtDoor', {
      sessionId,
      profile: { nameTh: 'นายหน้า ประตู', nameEn: 'Mr Na Pratu', agency: 'กรมการค้าภายใน', position: 'นักวิชาการ' },
    });
    const detail = await backend.call('trainer.session', { sessionId });
    // In Thai dictionary order: นางสาว before นาย, then เก่ง (ก) before หน้า (ห).
    expect(detail.roster.map((r) => [r.profile.nameEn, r.source])).toEqual([
      ['Ms Mai Marian', 'import'],
      ['Mr Keng Riandee', 'profile'],
      ['Mr Na Pratu', 'door'],
    ]);
  });

  it('takes attendance per slot and refuses slots the session does not have', async () => {
    const { roster } = await backend.call('trainer.session', { sessionId });
    const id = (nameEn: string) => roster.find((r) => r.profile.nameEn === nameEn)!.profile.id;
    const [na, mai, keng] = [id('Mr Na Pratu'), id('Ms Mai Marian'), id('Mr Keng Riandee')];
    const marks = [
      ...['morning', 'afternoon'].map((part) => ({ profileId: keng!, day: '2026-12-01', part, status: 'present' })),
      { profileId: keng!, day: '2026-12-02', part: 'day', status: 'late' },
      { profileId: mai!, day: '2026-12-01', part: 'morning', status: 'present' },
      { profileId: mai!, day: '2026-12-01', part: 'afternoon', status: 'absent' },
      { profileId: na!, day: '2026-12-01', part: 'morning', status: 'excused' },
    ] as ChannelInput<'trainer.markAttendance'>['marks'];
    const detail = await backend.call('trainer.markAttendance', { sessionId, marks });
    expect(detail.attendance).toHaveLength(6);
    expect(
      await backend.raw('trainer.markAttendance', {
        sessionId,
        marks: [{ profileId: keng!, day: '2026-12-02', part: 'morning', status: 'present' }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('plans the course over the days; an edited plan is kept and retimed, and can be reset', async () => {
    const plan = await backend.call('trainer.plan', { sessionId });
    expect(plan.edited).toBe(false);
    expect(
      plan.days
        .flatMap((d) => d.blocks)
        .filter((b) => b.kind === 'lesson')
        .map((b) => b.lessonId),
    ).toEqual(['m1-l1-personal-data', 'm1-l2-breach']);
    const day = plan.days[0]!;
    const saved = await backend.call('trainer.savePlan', {
      sessionId,
      plan: { ...plan, days: [{ ...day, blocks: [...day.blocks].reverse() }, ...plan.days.slice(1)] },
    });
    expect(saved.edited).toBe(true);
    expect(saved.days[0]!.blocks[0]!.start).toBe('09:00');
    expect((await backend.call('trainer.plan', { sessionId })).days[0]!.blocks[0]!.title).toEqual(
      day.blocks.at(-1)!.title,
    );
    expect((await backend.call('trainer.resetPlan', { sessionId })).edited).toBe(false);
  });

  it('prints a bilingual run-sheet PDF with the facilitator notes', async () => {
    const file = await backend.call('trainer.runSheet', { sessionId });
    const pdf = join(t.dir, file.fileName);
    writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-raw', pdf, '-']).toString();
    expect(text).toContain('กำหนดการอบรม');
    expect(text).toContain('Session run-sheet');
    expect(text).toContain('วันอังคารที่ 1 ธันวาคม พ.ศ. 2569');
    expect(text).toContain('Tuesday, 1 December 2026');
  });

  it('reports attendance, progress and eligibility, and issues certificates only to the eligible, once', async () => {
    const report = await backend.call('trainer.report', { sessionId });
    expect(report.slots).toBe(3);
    const keng = report.trainees.find((r) => r.nameEn === 'Mr Keng Riandee')!;
    expect(keng).toMatchObject({
      attendancePercent: 100,
      courseCompleted: true,
      eligibleParticipation: true,
      eligibleCompletion: true,
      finalExam: 100,
      lessonsCompleted: 2,
    });
    expect(report.trainees.find((r) => r.nameEn === 'Ms Mai Marian')).toMatchObject({
      attendancePercent: 33.3,
      eligibleParticipation: false,
      eligibleCompletion: false,
    });
    expect(report.days).toEqual([
      { date: '2026-12-01', part: 'morning', attended: 2 },
      { date: '2026-12-01', part: 'afternoon', attended: 1 },
      { date: '2026-12-02', part: 'day', attended: 1 },
    ]);

    await backend.call('trainer.saveRoomResults', {
      sessionId,
      quizId: 'final-exam',
      results: [{ profileId: keng.profileId, correct: 2, total: 3 }],
    });
    expect(
      await backend.raw('trainer.saveRoomResults', {
        sessionId,
        quizId: 'final-exam',
        results: [{ profileId: keng.profileId, correct: 4, total: 3 }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      (await backend.call('trainer.report', { sessionId })).trainees.find((r) => r.profileId === keng.profileId)!
        .roomQuizzes,
    ).toEqual([{ quizId: 'final-exam', correct: 2, total: 3 }]);

    const first = await backend.call('trainer.issueCertificates', { sessionId, kind: 'participation' });
    expect(first.issued.map((i) => i.profileId)).toEqual([keng.profileId]);
    expect(first.skipped).toHaveLength(2);
    const again = await backend.call('trainer.issueCertificates', { sessionId, kind: 'participation' });
    expect(again.issued).toEqual(first.issued);

    const csvFile = await backend.call('trainer.exportReport', { sessionId, format: 'csv' });
    const rows = parse(Buffer.from(csvFile.base64, 'base64').toString('utf8').slice(1), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => [r.name_en, r.attendance_percent, r.eligible_participation])).toEqual(
      expect.arrayContaining([['Mr Keng Riandee', '100', 'yes']]),
    );
    expect(rows.find((r) => r.name_en === 'Mr Keng Riandee')!.certificates).toContain(first.issued[0]!.id);
    expect(rows.find((r) => r.name_en === 'Mr Keng Riandee')!['room_final-exam']).toBe('2/3');
  });

  it('lets the admin see exactly this session’s trainees in the records', async () => {
    await backend.call('admin.setPassphrase', { passphrase: 'ผู้ดูแลระบบ 2569 สพร.' });
    const page = await backend.call('admin.records', {
      filter: recordFilterSchema.parse({ sessionId }),
      sort: DEFAULT_RECORD_SORT,
      offset: 0,
      limit: 50,
    });
    expect(page.rows.map((r) => [r.nameEn, r.courseId])).toEqual([
      ['Ms Mai Marian', QUIZ_LAB],
      ['Mr Keng Riandee', QUIZ_LAB],
      ['Mr Na Pratu', QUIZ_LAB],
    ]);
  });
});

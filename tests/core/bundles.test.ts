import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../electron/core/bundles/bundle-reader.ts';
import type { BundleReport } from '../../electron/shared/bundles/bundle-report.ts';
import type { ChannelInput } from '../../electron/shared/contract.ts';
import { DEFAULT_RECORD_SORT } from '../../electron/shared/records.ts';
import { startBackend, type TestBackend } from '../support/backend.ts';
import { completeQuizLab } from '../support/quiz-lab.ts';
import { coursesFixture, QUIZ_LAB, tempDir } from '../support/temp.ts';

const t = tempDir('rian-bundles-');
const courses = coursesFixture(t.dir, [QUIZ_LAB]);
const usb = join(t.dir, 'usb-stick');
mkdirSync(usb);

const TRAINEES = [
  { nameTh: 'นางสาวสมศรี ใจดี', nameEn: 'Ms Somsri Jaidee', agency: 'กรมการปกครอง', position: 'นักวิเคราะห์' },
  { nameTh: 'นายเก่ง เรียนดี', nameEn: 'Mr Keng Riandee', agency: 'สพร.', position: 'นักวิชาการ' },
  { nameTh: 'นางนก บินสูง', nameEn: 'Mrs Nok Binsung', agency: 'กรมสรรพากร', position: 'เจ้าหน้าที่' },
];
const SESSION: ChannelInput<'trainer.createSession'> = {
  courseId: QUIZ_LAB,
  title: 'Data protection basics, Khon Kaen',
  venue: 'ศูนย์ราชการจังหวัดขอนแก่น',
  trainers: ['นางสาววิทยา สอนดี'],
  targetGroup: 'เจ้าหน้าที่ข้อมูล',
  days: [{ date: '2026-12-01', start: '09:00', end: '16:00', split: true }],
  attendanceThreshold: 75,
};

let trainer: TestBackend;
let admin: TestBackend;
const trainees: TestBackend[] = [];
const ids: string[] = [];
let sessionId = '';
/** Somsri's profile on the trainer's laptop once the admin there merged her bundled one into it. */
let keptSomsri = '';

beforeAll(async () => {
  trainer = startBackend(join(t.dir, 'trainer'), courses);
  await trainer.call('trainer.setPassphrase', { passphrase: 'วิทยากร ห้องเรียน 2569' });
  await trainer.call('admin.setPassphrase', { passphrase: 'ผู้ดูแล เครื่องวิทยากร' });
  admin = startBackend(join(t.dir, 'academy-admin'), courses);
  await admin.call('admin.setPassphrase', { passphrase: 'ผู้ดูแลระบบ สถาบัน 2569' });
  for (const [i, person] of TRAINEES.entries()) {
    const laptop = startBackend(join(t.dir, `trainee-${i + 1}`), courses);
    ids.push((await laptop.call('profiles.create', person)).id);
    trainees.push(laptop);
  }
  // Somsri finishes the course (and gets her certificate); Keng completes one lesson; Nok only opens one.
  await completeQuizLab(trainees[0]!);
  await trainees[1]!.call('progress.completeLesson', { courseId: QUIZ_LAB, lessonId: 'm1-l1-personal-data' });
  await trainees[2]!.call('progress.openLesson', { courseId: QUIZ_LAB, lessonId: 'm1-l1-personal-data' });
  sessionId = (await trainer.call('trainer.createSession', SESSION)).id;
});
afterAll(() => {
  for (const b of [trainer, admin, ...trainees]) b.close();
  t.cleanup();
});

/** A file to the USB stick, as the learner's Save As would put it. */
async function exportTo(laptop: TestBackend, folder = usb): Promise<string> {
  const file = await laptop.call('bundles.exportMine', {});
  const path = join(folder, file.fileName);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return path;
}

/** Sends a file in pieces, as the import screen does; small pieces here, so every file takes several calls. */
async function upload(backend: TestBackend, path: string, pieceBytes = 4096): Promise<string> {
  const bytes = readFileSync(path);
  let uploadId: string | null = null;
  let offset = 0;
  do {
    const piece = bytes.subarray(offset, offset + pieceBytes);
    const fileName = path.split('/').at(-1)!;
    const sent: { uploadId: string; received: number } = await backend.call('bundles.upload', {
      uploadId,
      fileName,
      size: bytes.length,
      offset,
      base64: piece.toString('base64'),
    });
    ({ uploadId, received: offset } = sent);
  } while (offset < bytes.length);
  return uploadId!;
}
const uploadAll = (backend: TestBackend, paths: string[]) => Promise.all(paths.map((p) => upload(backend, p)));

/** Counted straight from the file, so the checks do not rest on the code under test. */
function count(backend: 'trainer' | 'academy-admin', sql: string, ...params: unknown[]): number {
  const db = new Database(join(t.dir, backend, 'rian.sqlite'), { readonly: true });
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}
const eventsOn = (backend: 'trainer' | 'academy-admin') => count(backend, 'SELECT count(*) AS n FROM events');
const recordsOn = async (backend: TestBackend) =>
  (
    await backend.call('admin.records', {
      filter: { courseId: QUIZ_LAB },
      sort: DEFAULT_RECORD_SORT,
      offset: 0,
      limit: 50,
    })
  ).rows.map((r) => ({ learnerId: r.learnerId, status: r.status, certificateId: r.certificateId }));
const byName = (reports: BundleReport[]) =>
  Object.fromEntries(reports.map((r) => [r.learners[0]?.nameEn ?? r.fileName, r]));

describe('a trainee’s progress bundle', () => {
  it('is named for the learner and holds only their own record, signed with the laptop’s own key', async () => {
    await trainees[0]!.call('session.signOut', {});
    const other = await trainees[0]!.call('profiles.create', { ...TRAINEES[1]!, nameEn: 'Someone Else' });
    await trainees[0]!.call('progress.openLesson', { courseId: QUIZ_LAB, lessonId: 'm1-l2-breach' });
    await trainees[0]!.call('session.signIn', { profileId: ids[0]! });

    const path = await exportTo(trainees[0]!, t.dir);
    expect(path.split('/').at(-1)).toMatch(/^rian-progress-ms-somsri-jaidee-\d{4}-\d{2}-\d{2}\.rianprogress$/);
    const read = readBundle(readFileSync(path));
    if (!read.ok) throw new Error(read.reason.message.en);
    expect(read.bundle.kind).toBe('learner');
    expect(read.bundle.payload.profiles.map((p) => p.id)).toEqual([ids[0]]);
    expect(read.bundle.payload.events.length).toBeGreaterThan(5);
    expect(read.bundle.payload.events.every((e) => e.profileId === ids[0])).toBe(true);
    expect(read.bundle.payload.events.some((e) => e.profileId === other.id)).toBe(false);
    expect(read.bundle.payload.certificates).toHaveLength(1);
    expect(statSync(join(t.dir, 'trainee-1', 'keys', 'device-key.pem')).mode & 0o777).toBe(0o600);
  });

  it('is for the signed-in learner only; importing needs the trainer role', async () => {
    const nobody = startBackend(join(t.dir, 'nobody'), courses);
    expect(await nobody.raw('bundles.exportMine', {})).toMatchObject({ error: { code: 'NOT_SIGNED_IN' } });
    const preview = await trainees[0]!.raw('bundles.preview', { uploadIds: ['x'], sessionId: null });
    expect(preview).toMatchObject({ error: { code: 'FORBIDDEN' } });
    nobody.close();
  });
});

describe('collecting trainees’ progress on the trainer’s laptop', () => {
  const files: string[] = [];

  it('previews every file: who, which laptop, how many events are new, and why a file is refused', async () => {
    for (const laptop of trainees) files.push(await exportTo(laptop));
    const good = readFileSync(files[0]!);
    const json = JSON.parse(gunzipSync(good).toString('utf8')) as { payload: { events: { occurredAt: string }[] } };
    json.payload.events[0]!.occurredAt = '2026-01-01T00:00:00.000Z';
    const broken = {
      tampered: gzipSync(JSON.stringify(json)),
      truncated: good.subarray(0, Math.floor(good.length * 0.6)),
      foreign: Buffer.from('name,agency\nสมศรี,สพร.\n'),
    };
    const brokenPaths = Object.entries(broken).map(([name, bytes]) => {
      const path = join(t.dir, `${name}.rianprogress`);
      writeFileSync(path, bytes);
      return path;
    });
    const eventsBefore = eventsOn('trainer');

    const { bundles } = await trainer.call('bundles.preview', {
      uploadIds: await uploadAll(trainer, [...files, ...brokenPaths]),
      sessionId,
    });
    const [somsri, keng, nok, tampered, truncated, foreign] = bundles;
    expect(somsri).toMatchObject({ status: 'ready', kind: 'learner', reason: null });
    expect(somsri!.device).toMatchObject({ fingerprint: expect.stringMatching(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/) });
    for (const [i, r] of [somsri, keng, nok].entries()) {
      expect(r!.learners).toEqual([
        expect.objectContaining({
          profileId: ids[i],
          nameEn: TRAINEES[i]!.nameEn,
          match: 'new',
          isOnRoster: false,
          eventsNew: r!.eventsTotal,
        }),
      ]);
    }
    expect(somsri!.certificatesNew).toBe(1);
    expect(new Set(bundles.slice(0, 3).map((r) => r.device!.id)).size).toBe(3);
    expect(tampered).toMatchObject({ status: 'rejected', reason: { code: 'tampered' } });
    expect(tampered!.reason!.message.en).toMatch(/changed after it was made/);
    expect(truncated).toMatchObject({ status: 'rejected', reason: { code: 'truncated' } });
    expect(foreign).toMatchObject({ status: 'rejected', reason: { code: 'foreign' } });
    expect(eventsOn('trainer')).toBe(eventsBefore);
    expect(count('trainer', 'SELECT count(*) AS n FROM profiles')).toBe(0);
  });

  it('merges the good files and refuses the rest, each file on its own', async () => {
    const chosen = [...files, join(t.dir, 'tampered.rianprogress')];
    const { bundles } = await trainer.call('bundles.merge', { uploadIds: await uploadAll(trainer, chosen), sessionId });
    expect(bundles.map((b) => b.status)).toEqual(['merged', 'merged', 'merged', 'rejected']);
    const total = bundles.slice(0, 3).reduce((n, b) => n + b.eventsTotal, 0);
    expect(bundles.reduce((n, b) => n + b.eventsNew, 0)).toBe(total);
    expect(eventsOn('trainer')).toBe(total);
    expect(count('trainer', 'SELECT count(*) AS n FROM progress_merges WHERE session_id = ?', sessionId)).toBe(3);
  });

  it('shows the trainees’ progress in the trainer’s records, certificate included', async () => {
    const records = await recordsOn(trainer);
    const somsri = records.find((r) => r.learnerId === ids[0]);
    expect(somsri).toMatchObject({ status: 'completed', certificateId: expect.stringMatching(/-\d{6}$/) });
    expect(records.find((r) => r.learnerId === ids[1])).toMatchObject({ status: 'inProgress' });
    expect(records.find((r) => r.learnerId === ids[2])).toMatchObject({ status: 'inProgress' });
  });

  it('changes nothing when the same files are merged again', async () => {
    const before = { events: eventsOn('trainer'), records: await recordsOn(trainer) };
    const again = await trainer.call('bundles.merge', { uploadIds: await uploadAll(trainer, files), sessionId });
    expect(again.bundles.map((b) => [b.status, b.eventsNew, b.certificatesNew])).toEqual([
      ['merged', 0, 0],
      ['merged', 0, 0],
      ['merged', 0, 0],
    ]);
    expect(again.bundles.flatMap((b) => b.notes)).toEqual([]);
    expect(eventsOn('trainer')).toBe(before.events);
    expect(await recordsOn(trainer)).toEqual(before.records);
  });

  it('tells the roster when each trainee’s progress last arrived', async () => {
    await trainer.call('trainer.addToRoster', { sessionId, profileIds: ids });
    const last = await trainer.call('bundles.lastMerged', { sessionId });
    expect(last.map((l) => l.profileId).sort()).toEqual([...ids].sort());
    expect(last.find((l) => l.profileId === ids[0])).toMatchObject({ eventsNew: 0 });
    const detail = await trainer.call('trainer.session', { sessionId });
    expect(detail.roster.every((r) => r.lastMergedAt !== null)).toBe(true);
  });

  it('refuses pieces that arrive out of order', async () => {
    const first = await trainer.call('bundles.upload', {
      uploadId: null,
      fileName: 'x.rianprogress',
      size: 10,
      offset: 0,
      base64: Buffer.from('12345').toString('base64'),
    });
    const skipped = await trainer.raw('bundles.upload', {
      uploadId: first.uploadId,
      fileName: 'x.rianprogress',
      size: 10,
      offset: 7,
      base64: Buffer.from('890').toString('base64'),
    });
    expect(skipped).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const { bundles } = await trainer.call('bundles.preview', { uploadIds: [first.uploadId], sessionId: null });
    expect(bundles[0]).toMatchObject({ status: 'rejected', reason: { code: 'notReceived' } });
  });
});

describe('learners merged or deleted on the trainer’s laptop', () => {
  it('follows a merged learner’s alias to the kept profile, and does not bring a deleted one back', async () => {
    // The trainer's laptop already knew Somsri under another profile; the admin merges the bundled one into it.
    const local = await trainer.call('profiles.create', { ...TRAINEES[0]!, nameEn: 'Ms Somsri Jaidee (office)' });
    keptSomsri = local.id;
    await trainer.call('session.signOut', {});
    await trainer.call('admin.unlock', { passphrase: 'ผู้ดูแล เครื่องวิทยากร' });
    await trainer.call('trainer.unlock', { passphrase: 'วิทยากร ห้องเรียน 2569' });
    await trainer.call('admin.mergeLearners', { keepId: local.id, mergeId: ids[0]! });
    await trainer.call('admin.deleteLearner', { id: ids[1]!, confirmName: TRAINEES[1]!.nameEn });

    // Both trainees keep learning on their own laptops and export again.
    await trainees[0]!.call('progress.openLesson', { courseId: QUIZ_LAB, lessonId: 'm1-l1-personal-data' });
    await trainees[1]!.call('progress.completeLesson', { courseId: QUIZ_LAB, lessonId: 'm1-l2-breach' });
    const later = join(t.dir, 'later');
    mkdirSync(later);
    const paths = [await exportTo(trainees[0]!, later), await exportTo(trainees[1]!, later)];
    const eventsBefore = eventsOn('trainer');

    const preview = byName(
      (await trainer.call('bundles.preview', { uploadIds: await uploadAll(trainer, paths), sessionId })).bundles,
    );
    expect(preview['Ms Somsri Jaidee']).toMatchObject({
      status: 'ready',
      learners: [{ match: 'alias', localId: local.id, eventsNew: 1 }],
    });
    expect(preview['Mr Keng Riandee']).toMatchObject({
      status: 'rejected',
      reason: { code: 'learnerDeleted' },
      learners: [{ match: 'deleted', localId: null }],
    });

    const merged = byName(
      (await trainer.call('bundles.merge', { uploadIds: await uploadAll(trainer, paths), sessionId })).bundles,
    );
    expect(merged['Ms Somsri Jaidee']).toMatchObject({ status: 'merged', eventsNew: 1 });
    expect(merged['Mr Keng Riandee']).toMatchObject({ status: 'rejected' });
    expect(eventsOn('trainer')).toBe(eventsBefore + 1);
    expect(count('trainer', 'SELECT count(*) AS n FROM events WHERE profile_id = ?', ids[0])).toBe(0);
    expect(count('trainer', 'SELECT count(*) AS n FROM profiles WHERE id IN (?, ?)', ids[0], ids[1])).toBe(0);
    expect(count('trainer', 'SELECT count(*) AS n FROM events WHERE profile_id = ?', ids[1])).toBe(0);
  });
});

describe('a session bundle for the academy’s admin laptop', () => {
  let sessionFile = '';

  it('carries the session, its roster and attendance, and everyone’s progress', async () => {
    // Merging profiles on the trainer's laptop took the merged one off the roster; the trainer puts her back.
    await trainer.call('trainer.addToRoster', { sessionId, profileIds: [keptSomsri] });
    await trainer.call('trainer.markAttendance', {
      sessionId,
      marks: [
        { profileId: ids[2]!, day: '2026-12-01', part: 'morning', status: 'present' },
        { profileId: ids[2]!, day: '2026-12-01', part: 'afternoon', status: 'late' },
      ],
    });
    const file = await trainer.call('bundles.exportSession', { sessionId });
    expect(file.fileName).toMatch(/^rian-session-data-protection-basics-khon-kaen-\d{4}-\d{2}-\d{2}\.rianprogress$/);
    sessionFile = join(usb, file.fileName);
    writeFileSync(sessionFile, Buffer.from(file.base64, 'base64'));
    expect(await trainees[0]!.raw('bundles.exportSession', { sessionId })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
  });

  it('previews and merges on the admin laptop, which then shows the session’s results', async () => {
    const [preview] = (
      await admin.call('bundles.preview', { uploadIds: [await upload(admin, sessionFile)], sessionId: null })
    ).bundles;
    expect(preview).toMatchObject({
      status: 'ready',
      kind: 'session',
      session: { id: sessionId, title: SESSION.title, courseId: QUIZ_LAB, attendanceCount: 2 },
    });
    const rostered = count('trainer', 'SELECT count(*) AS n FROM session_roster WHERE session_id = ?', sessionId);
    expect(preview!.session!.rosterCount).toBe(rostered);
    expect(preview!.learners.every((l) => l.match === 'new')).toBe(true);

    const [merged] = (
      await admin.call('bundles.merge', { uploadIds: [await upload(admin, sessionFile)], sessionId: null })
    ).bundles;
    expect(merged).toMatchObject({ status: 'merged', eventsNew: preview!.eventsNew });
    expect(eventsOn('academy-admin')).toBe(preview!.eventsNew);
    const detail = await admin.call('trainer.session', { sessionId });
    expect(detail.session.title).toBe(SESSION.title);
    expect(detail.roster).toHaveLength(rostered);
    expect(detail.attendance).toEqual(
      expect.arrayContaining([expect.objectContaining({ profileId: ids[2], part: 'afternoon', status: 'late' })]),
    );
    const records = await recordsOn(admin);
    expect(records.find((r) => r.learnerId === keptSomsri)).toMatchObject({
      status: 'completed',
      certificateId: expect.any(String),
    });
    expect(records.find((r) => r.learnerId === ids[2])).toMatchObject({ status: 'inProgress' });
    expect((await admin.call('bundles.lastMerged', { sessionId })).length).toBe(rostered);
  });

  it('changes nothing when merged again', async () => {
    const before = { events: eventsOn('academy-admin'), records: await recordsOn(admin) };
    const [again] = (
      await admin.call('bundles.merge', { uploadIds: [await upload(admin, sessionFile)], sessionId: null })
    ).bundles;
    expect(again).toMatchObject({ status: 'merged', eventsNew: 0, certificatesNew: 0, notes: [] });
    expect(eventsOn('academy-admin')).toBe(before.events);
    expect(await recordsOn(admin)).toEqual(before.records);
  });
});

/** The laptop's series in a certificate number: DGA-2569-K7Q2-000001. */
const SERIES = /^(\w+-\d{4})-[2-9A-Z]{4}-/;

describe('certificate numbers from different laptops', () => {
  it('never clash: each laptop numbers in its own series, so every certificate arrives', async () => {
    await completeQuizLab(trainees[2]!);
    const [nokCertificate] = await trainees[2]!.call('certificates.mine', {});
    const [somsriCertificate] = (await recordsOn(trainer)).filter((r) => r.learnerId === keptSomsri && r.certificateId);
    expect(nokCertificate!.id.replace(SERIES, '$1-')).toBe(somsriCertificate!.certificateId!.replace(SERIES, '$1-'));
    expect(nokCertificate!.id).not.toBe(somsriCertificate!.certificateId);

    const folder = join(t.dir, 'nok-again');
    mkdirSync(folder);
    const [merged] = (
      await trainer.call('bundles.merge', {
        uploadIds: [await upload(trainer, await exportTo(trainees[2]!, folder))],
        sessionId,
      })
    ).bundles;
    expect(merged).toMatchObject({ status: 'merged', certificatesNew: 1, notes: [] });
    expect((await recordsOn(trainer)).find((r) => r.learnerId === ids[2])).toMatchObject({
      status: 'completed',
      certificateId: nokCertificate!.id,
    });
  });
});

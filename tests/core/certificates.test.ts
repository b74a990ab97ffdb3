import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsqrModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfSettingsStore } from '../../electron/core/settings/conf-settings-store.ts';
import { PROJECT_ROOT } from '../../electron/paths.ts';
import { createChromiumPdfRenderer } from '../../electron/server/chromium-pdf.ts';
import { startBackend, type TestBackend } from '../support/backend.ts';
import { completeQuizLab } from '../support/quiz-lab.ts';
import { coursesFixture, QUIZ_LAB, tempDir } from '../support/temp.ts';

// jsqr is CommonJS with a default export: reach it the same way under ESM and its types.
const jsQR = ((jsqrModule as unknown as { default?: unknown }).default ?? jsqrModule) as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;
const ARTIFACTS = join(PROJECT_ROOT, 'tests', 'artifacts', 'certificates');
const LEARNERS = [
  { nameTh: 'นางผู้ใหญ่บ้าน ใจดี', nameEn: 'Mrs Phuyaiban Jaidee' },
  { nameTh: 'นางสาวปิ่นมณี ศักดิ์สิทธิ์', nameEn: 'Ms Pinmanee Saksit' },
  { nameTh: 'นายฤๅชา กิ๊กก้อง', nameEn: "Mr Ruecha Kik-Kong O'Brien" },
];

const t = tempDir('rian-certs-');
let backend: TestBackend;
beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  backend = startBackend(t.dir, coursesFixture(t.dir, [QUIZ_LAB]), undefined, {
    pdfRenderer: createChromiumPdfRenderer(),
  });
});
afterAll(() => {
  backend.close();
  t.cleanup();
});

function pdfText(pdf: Buffer): string {
  writeFileSync(join(t.dir, 'x.pdf'), pdf);
  return execFileSync('pdftotext', ['-raw', join(t.dir, 'x.pdf'), '-']).toString();
}

describe('issuing certificates', () => {
  it('issues one certificate when a course is completed, and never a duplicate', async () => {
    await backend.call('profiles.create', { ...LEARNERS[0]!, agency: 'กรมการปกครอง', position: 'ผู้ใหญ่บ้าน' });
    const done = await completeQuizLab(backend);
    expect(done.progress.status).toBe('completed');
    const mine = await backend.call('certificates.mine', {});
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      id: expect.stringMatching(/^DGA-2569-[2-9A-Z]{4}-000001$/),
      courseId: QUIZ_LAB,
      kind: 'completion',
      score: 100,
      revoked: false,
    });
    // A retake of the final exam does not issue another.
    const retake = await backend.call('quizzes.start', { courseId: QUIZ_LAB, quizId: 'final-exam' });
    await backend.call('quizzes.submit', { attemptId: retake.attemptId });
    expect(await backend.call('certificates.mine', {})).toHaveLength(1);
  });

  it('makes a PDF with every Thai name exact, Sarabun embedded and a QR that verifies', async () => {
    for (const [i, learner] of LEARNERS.entries()) {
      if (i > 0) {
        await backend.call('profiles.create', { ...learner, agency: 'สำนักงานพัฒนารัฐบาลดิจิทัล', position: 'นักวิชาการ' });
        await completeQuizLab(backend);
      }
      const [certificate] = await backend.call('certificates.mine', {});
      const file = await backend.call('certificates.pdf', { id: certificate!.id });
      const pdf = Buffer.from(file.base64, 'base64');
      const text = pdfText(pdf);
      expect(text).toContain(learner.nameTh);
      expect(text).toContain(learner.nameEn);
      expect(text).toContain('ห้องทดลองแบบทดสอบ');
      expect(text).toContain('Quiz Lab');
      expect(text).toMatch(/\d{1,2} พฤศจิกายน 2569|\d{1,2} [ก-๙.]+ 25\d\d/);

      const pdfPath = join(t.dir, `${certificate!.id}.pdf`);
      writeFileSync(pdfPath, pdf);
      expect(execFileSync('pdffonts', [pdfPath]).toString()).toMatch(
        /Sarabun-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/,
      );
      execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', pdfPath, join(t.dir, 'page')]);
      const png = PNG.sync.read(readFileSync(join(t.dir, 'page.png')));
      const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(qr?.data).toBe(certificate!.code);
      expect(await backend.call('certificates.verify', { code: qr!.data })).toMatchObject({
        verdict: 'valid',
        payload: { nameTh: learner.nameTh, id: certificate!.id },
      });
      expect(await backend.call('certificates.verify', { pdfBase64: file.base64 })).toMatchObject({ verdict: 'valid' });
      if (i === 1) copyFileSync(join(t.dir, 'page.png'), join(ARTIFACTS, 'certificate-pinmanee.png'));
    }
  });

  it('exports an Open Badges 3.0 credential that verifies, and names a tampered field', async () => {
    const [certificate] = await backend.call('certificates.mine', {});
    const file = await backend.call('certificates.credential', { id: certificate!.id });
    const json = Buffer.from(file.base64, 'base64').toString('utf8');
    const credential = JSON.parse(json);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(await backend.call('certificates.verify', { credentialJson: json })).toMatchObject({ verdict: 'valid' });
    credential.credentialSubject.achievement.creditsAvailable = 40;
    expect(await backend.call('certificates.verify', { credentialJson: JSON.stringify(credential) })).toMatchObject({
      verdict: 'invalid',
      mismatchedFields: ['hours'],
    });
  });

  it('refuses another learner’s certificate and rejects a file that is not a certificate', async () => {
    const [certificate] = await backend.call('certificates.mine', {});
    await backend.call('profiles.create', { nameTh: 'นายคนอื่น', nameEn: 'Mr Other', agency: 'x', position: 'y' });
    expect(await backend.raw('certificates.pdf', { id: certificate!.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await backend.call('certificates.verify', { pdfBase64: Buffer.from('%PDF-1.4 hello').toString('base64') }),
    ).toMatchObject({
      verdict: 'invalid',
      reason: 'format',
    });
  });
});

describe('certificate numbers', () => {
  it('stay gap-free and unique when several processes issue at once', async () => {
    const script = join(PROJECT_ROOT, 'tests', 'support', 'number-issuer.ts');
    const file = join(t.dir, 'rian.sqlite');
    const runs = await Promise.all(
      [0, 1, 2, 3].map(
        () =>
          new Promise<number[]>((resolve, reject) => {
            const child = spawn(process.execPath, [script, file, '25'], { stdio: ['ignore', 'pipe', 'inherit'] });
            let out = '';
            child.stdout.on('data', (c: Buffer) => (out += c.toString()));
            child.on('exit', (code) =>
              code === 0 ? resolve(out.trim().split('\n').map(Number)) : reject(new Error(`exit ${code}`)),
            );
          }),
      ),
    );
    const numbers = runs.flat().sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });
});

describe('certificates of participation', () => {
  it('are issued once per learner and course version, and say so on the PDF', async () => {
    const { createServices } = await import('../../electron/core/services.ts');
    const dir = tempDir('rian-participation-');
    const result = createServices({
      dataDir: dir.dir,
      coursesDir: coursesFixture(dir.dir, [QUIZ_LAB]),
      settings: createConfSettingsStore(dir.dir),
      appVersion: 'test',
      pdfRenderer: createChromiumPdfRenderer(),
    });
    if (!result.ok) throw new Error('services did not start');
    const s = result.services;
    const profile = await s.profiles.create({
      nameTh: 'นางสาวฤๅชา ใจดี',
      nameEn: 'Ms Ruecha Jaidee',
      agency: 'อบต.',
      position: 'SME',
      email: null,
      employeeId: null,
      pin: null,
    });
    const pkg = s.library.get(QUIZ_LAB);
    const first = s.db.transaction(() =>
      s.certificates.issueParticipation(profile.id, pkg, '2026-11-20T03:00:00.000Z'),
    )();
    const again = s.db.transaction(() =>
      s.certificates.issueParticipation(profile.id, pkg, '2026-11-21T03:00:00.000Z'),
    )();
    expect(again.id).toBe(first.id);
    expect(s.certificates.verify(first.code)).toMatchObject({
      verdict: 'valid',
      payload: { kind: 'participation', score: null, completedOn: '2026-11-20' },
    });
    expect(pdfText(await s.certificates.pdf(profile.id, first.id))).toMatch(/Certificate of Participation/i);
    s.close();
    dir.cleanup();
  });
});

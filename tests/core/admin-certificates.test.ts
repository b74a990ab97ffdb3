import { createSession } from '../../electron/core/session.ts';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIssuerKey } from '../../electron/core/certificates/signing.ts';
import { createChromiumPdfRenderer } from '../../electron/server/chromium-pdf.ts';
import { CHANNELS, contract } from '../../electron/shared/contract.ts';
import { DEFAULT_ISSUER } from '../../electron/shared/certificates/issuer.ts';
import { startBackend, type TestBackend } from '../support/backend.ts';
import { completeQuizLab } from '../support/quiz-lab.ts';
import { coursesFixture, QUIZ_LAB, tempDir } from '../support/temp.ts';

const t = tempDir('rian-admin-');
let backend: TestBackend;
let certificateId = '';
beforeAll(async () => {
  backend = startBackend(t.dir, coursesFixture(t.dir, [QUIZ_LAB]), undefined, {
    pdfRenderer: createChromiumPdfRenderer(),
  });
  await backend.call('profiles.create', {
    nameTh: 'นายกิ๊ก ฤๅชา',
    nameEn: 'Mr Kik Ruecha',
    agency: 'กรมส่งเสริมการค้าระหว่างประเทศ',
    position: 'นักวิชาการพาณิชย์',
  });
  await completeQuizLab(backend);
  certificateId = (await backend.call('certificates.mine', {}))[0]!.id;
});
afterAll(() => {
  backend.close();
  t.cleanup();
});

const ADMIN_CHANNELS = CHANNELS.filter((c) => contract[c].role === 'admin');

describe('the admin role', () => {
  it('refuses every admin channel to a learner, before any passphrase exists and after', async () => {
    expect(ADMIN_CHANNELS.length).toBeGreaterThan(10);
    for (const channel of ADMIN_CHANNELS) {
      expect(await backend.raw(channel, {}), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('sets a passphrase once (stored as a scrypt hash), then needs it to unlock', async () => {
    expect(await backend.raw('admin.setPassphrase', { passphrase: 'short' })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await backend.call('admin.setPassphrase', { passphrase: 'ครูสอนดี 2569 รักการเรียน' })).toEqual({
      hasPassphrase: true,
      isUnlocked: true,
    });
    expect(await backend.raw('admin.setPassphrase', { passphrase: 'another passphrase' })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    await backend.call('admin.lock', {});
    expect(await backend.raw('admin.issuer', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await backend.raw('admin.unlock', { passphrase: 'wrong passphrase' })).toMatchObject({
      error: { code: 'WRONG_PIN' },
    });
    const other = createSession();
    expect(await backend.raw('admin.issuer', {}, other)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    await backend.call('admin.unlock', { passphrase: 'ครูสอนดี 2569 รักการเรียน' });
    expect((await backend.call('admin.issuer', {})).key.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });
});

describe('certificates for admins', () => {
  it('revokes with a reason (audited), and verification then says revoked', async () => {
    const code = (await backend.call('certificates.mine', {}))[0]!.code;
    await backend.call('admin.revokeCertificate', { id: certificateId, reason: 'issued to the wrong person' });
    expect(await backend.call('certificates.verify', { code })).toMatchObject({
      verdict: 'revoked',
      revokedReason: 'issued to the wrong person',
    });
    expect(await backend.call('admin.certificates', { courseId: null, query: 'กิ๊ก', status: 'revoked' })).toHaveLength(
      1,
    );
    expect((await backend.call('admin.auditLog', {})).map((e) => e.action)).toContain('certificate.revoke');
  });

  it('reissues under a new number with the current issuer settings; the old one is superseded', async () => {
    const view = await backend.call('admin.issuer', {});
    await backend.call('admin.updateIssuer', {
      ...view.profile,
      idPrefix: 'TDGA',
      name: { ...DEFAULT_ISSUER.name, en: 'TDGA Academy' },
    });
    const fresh = await backend.call('admin.reissueCertificate', { id: certificateId });
    expect(fresh.id).toMatch(/^TDGA-25\d\d-[2-9A-Z]{4}-000001$/);
    const mine = await backend.call('certificates.mine', {});
    expect(mine.map((c) => c.id)).toEqual([fresh.id]);
    expect(await backend.call('certificates.verify', { code: fresh.code })).toMatchObject({
      verdict: 'valid',
      payload: { issuerNameEn: 'TDGA Academy' },
    });
  });

  it('signs with an imported academy key from then on, and trusts another laptop’s key on request', async () => {
    const academy = generateIssuerKey();
    const pem = academy.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(await backend.raw('admin.importIssuerKey', { pem: 'not a key' })).toMatchObject({
      error: { code: 'IMPORT_REJECTED' },
    });
    expect((await backend.call('admin.importIssuerKey', { pem })).keyId).toBe(academy.keyId);
    const reissued = await backend.call('admin.reissueCertificate', {
      id: (await backend.call('certificates.mine', {}))[0]!.id,
    });
    expect((await backend.call('certificates.verify', { code: reissued.code })).payload?.issuerKeyId).toBe(
      academy.keyId,
    );

    const laptop = generateIssuerKey();
    const trusted = await backend.call('admin.trustIssuer', {
      publicKey: laptop.publicKey,
      name: { th: 'แล็ปท็อปวิทยากร', en: 'Trainer laptop' },
    });
    expect(trusted.keyId).toBe(laptop.keyId);
  });

  it('exports a ZIP of PDFs and a manifest in the background, with progress', async () => {
    const { jobId } = await backend.call('admin.exportCertificates', { courseId: QUIZ_LAB });
    let job = await backend.call('admin.job', { jobId });
    for (let i = 0; i < 200 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = await backend.call('admin.job', { jobId });
    }
    expect(job).toMatchObject({ state: 'done', done: 1, total: 1 });
    const files = unzipSync(readFileSync(job.path!));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(2);
    expect(names[1]).toBe('manifest.csv');
    expect(strFromU8(files[names[0]!]!.subarray(0, 5))).toBe('%PDF-');
    expect(strFromU8(files['manifest.csv']!)).toContain('นายกิ๊ก ฤๅชา');
    expect(job.path!.startsWith(join(t.dir, 'exports'))).toBe(true);
  });
});

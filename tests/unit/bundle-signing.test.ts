import fc from 'fast-check';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../electron/core/bundles/bundle-reader.ts';
import { signBundle } from '../../electron/core/bundles/bundle-signature.ts';
import { learnerFileStem, sessionFileStem, writeBundle } from '../../electron/core/bundles/bundle-writer.ts';
import { createDeviceKeySource, type DeviceKey } from '../../electron/core/bundles/device-key.ts';
import { generateIssuerKey, signPayload } from '../../electron/core/certificates/signing.ts';
import { BUNDLE_LIMITS, type BundlePayload, type UnsignedBundle } from '../../electron/shared/bundles/bundle-format.ts';
import type { CertificatePayload } from '../../electron/shared/certificates/payload.ts';

const newDeviceKey = (): DeviceKey => createDeviceKeySource({ load: () => null, save: () => {} })();
const deviceKey = newDeviceKey();

const profile = {
  id: '0192f0a0-0000-7000-8000-000000000001',
  nameTh: 'นางสาวสมศรี ใจดี',
  nameEn: 'Ms Somsri Jaidee',
  agency: 'กรมการปกครอง',
  position: 'นักวิเคราะห์นโยบายและแผน',
  email: null,
  employeeId: 'E-001',
  createdAt: '2026-11-20T02:00:00.000Z',
};

function event(n: number, overrides: Partial<BundlePayload['events'][number]> = {}) {
  return {
    id: `0192f0a0-0000-7000-8000-${String(n).padStart(12, '0')}`,
    profileId: profile.id,
    courseId: 'cyber-hygiene-essentials',
    courseVersion: '1.0.0',
    lessonId: `lesson-${n % 5}`,
    type: n % 2 ? ('lesson.completed' as const) : ('lesson.opened' as const),
    deviceId: 'trainee-laptop',
    occurredAt: new Date(Date.UTC(2026, 10, 21, 3, 0, n)).toISOString(),
    payload: {},
    ...overrides,
  };
}

const issuer = generateIssuerKey();
function certificate() {
  const payload: CertificatePayload = {
    v: 1,
    id: 'DGA-2569-K7Q2-000001',
    kind: 'completion',
    nameTh: profile.nameTh,
    nameEn: profile.nameEn,
    agency: profile.agency,
    courseId: 'cyber-hygiene-essentials',
    courseVersion: '1.0.0',
    courseTitleTh: 'สุขอนามัยไซเบอร์',
    courseTitleEn: 'Cyber hygiene',
    hours: 3,
    score: 90,
    completedOn: '2026-11-21',
    issuerNameTh: 'สพร.',
    issuerNameEn: 'TDGA',
    issuerKeyId: issuer.keyId,
    issuerPublicKey: issuer.publicKey,
  };
  return {
    id: payload.id,
    profileId: profile.id,
    courseId: payload.courseId,
    courseVersion: payload.courseVersion,
    kind: payload.kind,
    code: signPayload(payload, issuer),
    issuedAt: '2026-11-21T04:00:00.000Z',
  };
}

const payload = () => ({
  profiles: [profile],
  events: [1, 2, 3, 4].map((n) => event(n)),
  certificates: [certificate()],
});

function bundleBytes(content = payload(), key = deviceKey): Buffer {
  const file = writeBundle(
    { kind: 'learner', payload: content },
    { id: 'trainee-laptop', name: 'LAPTOP-07', key },
    {
      createdAt: '2026-11-21T05:00:00.000Z',
      appVersion: '0.1.0',
      fileStem: 'rian-progress-test',
    },
  );
  return Buffer.from(file.base64, 'base64');
}

/** The JSON inside a bundle file, edited, then packed again as a careful forger would. */
function edited(bytes: Buffer, edit: (json: Record<string, unknown>) => void): Buffer {
  const json = JSON.parse(gunzipSync(bytes).toString('utf8')) as Record<string, unknown>;
  edit(json);
  return gzipSync(JSON.stringify(json));
}

/** A bundle signed properly by its own key, whatever it holds: for checks that come after the signature. */
function signed(content: Record<string, unknown>): Buffer {
  const unsigned = {
    format: 'rian-progress-bundle',
    version: 1,
    kind: 'learner',
    createdAt: '2026-11-21T05:00:00.000Z',
    appVersion: '0.1.0',
    device: { id: 'trainee-laptop', name: 'LAPTOP-07', publicKey: deviceKey.publicKey },
    ...content,
  };
  const signature = signBundle(unsigned as UnsignedBundle, deviceKey.privateKey);
  return gzipSync(JSON.stringify({ ...unsigned, signature }));
}

const reasonOf = (bytes: Uint8Array) => {
  const read = readBundle(bytes);
  return read.ok ? 'accepted' : read.reason.code;
};

describe('a progress bundle', () => {
  it('reads back exactly what was signed, naming the laptop and its key', () => {
    const read = readBundle(bundleBytes());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.bundle.payload).toEqual(payload());
    expect(read.bundle.device).toEqual({ id: 'trainee-laptop', name: 'LAPTOP-07', publicKey: deviceKey.publicKey });
    expect(read.bundle.kind).toBe('learner');
  });

  it('keeps the same device key across restarts once it is made', () => {
    let stored: string | null = null;
    const vault = { load: () => stored, save: (pem: string) => void (stored = pem) };
    const first = createDeviceKeySource(vault)();
    const again = createDeviceKeySource(vault)();
    expect(again.publicKey).toBe(first.publicKey);
    expect(again.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('is rejected as changed when anything in it is edited and packed again', () => {
    const bytes = bundleBytes();
    const edits: ((json: Record<string, unknown>) => void)[] = [
      (j) => ((j.payload as BundlePayload).events[0]!.occurredAt = '2026-11-01T00:00:00.000Z'),
      (j) => (j.payload as BundlePayload).events.pop(),
      (j) => ((j.payload as BundlePayload).profiles[0]!.nameEn = 'Mr Someone Else'),
      (j) => ((j.device as { id: string }).id = 'another-laptop'),
      (j) => (j.createdAt = '2027-01-01T00:00:00.000Z'),
    ];
    for (const edit of edits) expect(reasonOf(edited(bytes, edit))).toBe('tampered');
  });

  it('is rejected as changed when signed again with another key but still naming the original one', () => {
    const forger = newDeviceKey();
    const bytes = edited(bundleBytes(), (j) => {
      const { signature: _signature, ...rest } = j;
      j.signature = signBundle(rest as UnsignedBundle, forger.privateKey);
    });
    expect(reasonOf(bytes)).toBe('tampered');
  });

  it('never lets a changed byte through: the file is rejected or reads back the same signed content', () => {
    const bytes = bundleBytes();
    const original = readBundle(bytes);
    for (let i = 0; i < bytes.length; i++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const changed = Buffer.from(bytes);
        changed[i]! ^= mask;
        const read = readBundle(changed);
        // gzip's header time and the unused bits after the last compressed block change nothing that is read.
        if (read.ok) expect(read).toEqual(original);
      }
    }
    const middle = Buffer.from(bytes);
    middle[Math.floor(bytes.length / 2)]! ^= 0x10;
    expect(['damaged', 'truncated', 'tampered', 'malformed', 'foreign']).toContain(reasonOf(middle));
  });

  it('is rejected as incomplete when cut short anywhere', () => {
    const bytes = bundleBytes();
    for (let n = 2; n < bytes.length; n++) expect(reasonOf(bytes.subarray(0, n))).toBe('truncated');
    expect(reasonOf(bytes.subarray(0, 0))).toBe('empty');
  });

  it('is told apart from other files: plain JSON, other gzip files, PDFs and zips are foreign', () => {
    const json = JSON.stringify({ hello: 'world' });
    expect(reasonOf(Buffer.from(json))).toBe('foreign');
    expect(reasonOf(gunzipSync(bundleBytes()))).toBe('foreign');
    expect(reasonOf(gzipSync(json))).toBe('foreign');
    expect(reasonOf(gzipSync('not json at all'))).toBe('foreign');
    expect(reasonOf(gzipSync(JSON.stringify([1, 2, 3])))).toBe('foreign');
    expect(reasonOf(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('foreign');
    expect(reasonOf(Buffer.from('PK\u0003\u0004rest-of-a-zip'))).toBe('foreign');
  });

  it('from a newer Rian asks for an update rather than guessing', () => {
    expect(reasonOf(edited(bundleBytes(), (j) => (j.version = 2)))).toBe('newerVersion');
  });

  it('must hold what the format promises, even when properly signed', () => {
    const base = { kind: 'learner', payload: payload() };
    expect(reasonOf(signed({ ...base, payload: { ...payload(), certificates: undefined } }))).toBe('malformed');
    expect(reasonOf(signed({ ...base, payload: { ...payload(), profiles: [] } }))).toBe('malformed');
    expect(reasonOf(signed({ ...base, extra: true }))).toBe('malformed');
    // An event of someone the bundle does not name, a quiz event the rollups could not read, a forged certificate.
    const stranger = { ...payload(), events: [event(1, { profileId: 'someone-else' })] };
    expect(reasonOf(signed({ ...base, payload: stranger }))).toBe('malformed');
    const badQuiz = { ...payload(), events: [event(1, { type: 'quiz.submitted', payload: { attemptId: 'a' } })] };
    expect(reasonOf(signed({ ...base, payload: badQuiz }))).toBe('malformed');
    const forged = { ...payload(), certificates: [{ ...certificate(), courseId: 'another-course' }] };
    expect(reasonOf(signed({ ...base, payload: forged }))).toBe('malformed');
    const read = readBundle(signed({ ...base, payload: stranger }));
    expect(!read.ok && read.reason.message.en).toContain('payload.events[0]');
  });

  it('spells its key and signature one way only', () => {
    const bytes = bundleBytes();
    const json = JSON.parse(gunzipSync(bytes).toString('utf8')) as { signature: string };
    // The last character of a 64-byte signature carries 2 bits; "B" decodes to the same bytes as "A" would.
    const last = json.signature.at(-1)!;
    const twin = { A: 'B', Q: 'R', g: 'h', w: 'x' }[last]!;
    const respelled = edited(bytes, (j) => (j.signature = json.signature.slice(0, -1) + twin));
    expect(reasonOf(respelled)).toBe('malformed');
  });
});

describe('bundle limits', () => {
  it('refuses files larger than a bundle may be, before reading them', () => {
    const huge = Buffer.alloc(BUNDLE_LIMITS.fileBytes + 1);
    huge.set([0x1f, 0x8b]);
    expect(reasonOf(huge)).toBe('tooLarge');
  });

  it('stops inflating a small file that would fill the memory', () => {
    const bomb = gzipSync(Buffer.alloc(BUNDLE_LIMITS.contentBytes + 1, 0x20));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(reasonOf(bomb)).toBe('tooLarge');
  });

  it('refuses more events than one import may take, with a message that says so', () => {
    const many = Array.from({ length: BUNDLE_LIMITS.events + 1 }, () => ({}));
    const read = readBundle(
      signed({ kind: 'learner', payload: { profiles: [profile], events: many, certificates: [] } }),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason.code).toBe('tooManyEvents');
    expect(read.reason.message.en).toContain('300,000');
  });

  it('is never written beyond the limits, so every bundle Rian makes, Rian can read', () => {
    const many = Array.from({ length: BUNDLE_LIMITS.events + 1 }, (_, n) => event(n));
    expect(() => bundleBytes({ profiles: [profile], events: many, certificates: [] })).toThrow(/more progress/);
  });
});

describe('bundle file names', () => {
  it('tell a trainer whose bundle it is and when it was made', () => {
    expect(learnerFileStem('Ms Somsri Jaidee', 'p-1', '2026-11-21')).toBe('rian-progress-ms-somsri-jaidee-2026-11-21');
    expect(learnerFileStem('นางสาวสมศรี', '0192f0a0-aaaa-bbbbcccc', '2026-11-21')).toBe(
      'rian-progress-bbbbcccc-2026-11-21',
    );
    expect(sessionFileStem('Big Data for Executives #2', 's-1', '2026-11-21')).toBe(
      'rian-session-big-data-for-executives-2-2026-11-21',
    );
  });

  it('never carry a path separator or anything but plain letters, digits and dashes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        expect(learnerFileStem(name, 'abcdefgh', '2026-11-21')).toMatch(/^rian-progress-[a-z0-9-]+-2026-11-21$/);
      }),
    );
  });
});

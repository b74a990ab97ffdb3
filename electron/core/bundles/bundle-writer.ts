import {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_LIMITS,
  BUNDLE_VERSION,
  bundleSchema,
  type Bundle,
  type UnsignedBundle,
} from '../../shared/bundles/bundle-format.ts';
import { AppError } from '../../shared/errors.ts';
import { encodeBundleFile } from './bundle-codec.ts';
import { signBundle } from './bundle-signature.ts';
import type { DeviceKey } from './device-key.ts';

export type BundleFile = { fileName: string; mimeType: string; base64: string };

/**
 * Signs and packs a bundle. Refuses to write one that no Rian would accept, so a trainer learns about the limit at
 * export time rather than at the admin's desk.
 */
export function writeBundle(
  content: Pick<UnsignedBundle, 'kind' | 'payload'>,
  device: { id: string; name: string; key: DeviceKey },
  meta: { createdAt: string; appVersion: string; fileStem: string },
): BundleFile {
  const p = content.payload;
  const overLimit =
    p.events.length > BUNDLE_LIMITS.events ||
    p.profiles.length > BUNDLE_LIMITS.profiles ||
    p.certificates.length > BUNDLE_LIMITS.certificates ||
    ('attendance' in p && p.attendance.length > BUNDLE_LIMITS.attendanceRows);
  if (overLimit) throw tooLarge();
  const unsigned = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    kind: content.kind,
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    device: { id: device.id, name: device.name, publicKey: device.key.publicKey },
    payload: content.payload,
  } as UnsignedBundle;
  const bundle = { ...unsigned, signature: signBundle(unsigned, device.key.privateKey) } as Bundle;
  // A stored row the format cannot carry is a bug to fix here, not a file for a trainer to find unreadable later.
  const checked = bundleSchema.safeParse(bundle);
  if (!checked.success) throw new Error(`A bundle would not pass its own format: ${checked.error.message}`);
  const bytes = encodeBundleFile(JSON.stringify(bundle));
  if (bytes.length > BUNDLE_LIMITS.fileBytes) throw tooLarge();
  return {
    fileName: `${meta.fileStem}${BUNDLE_EXTENSION}`,
    mimeType: 'application/octet-stream',
    base64: bytes.toString('base64'),
  };
}

function tooLarge(): AppError {
  return new AppError(
    'CONFLICT',
    `This is more progress than one bundle may carry (at most ${BUNDLE_LIMITS.events.toLocaleString('en')} events, ${BUNDLE_LIMITS.profiles.toLocaleString('en')} learners and ${BUNDLE_LIMITS.fileBytes / 1024 / 1024} MB).`,
    `ความก้าวหน้ามีมากเกินกว่าที่ไฟล์หนึ่งไฟล์จะรับได้ (ไม่เกิน ${BUNDLE_LIMITS.events.toLocaleString('en')} รายการ ผู้เรียน ${BUNDLE_LIMITS.profiles.toLocaleString('en')} คน และ ${BUNDLE_LIMITS.fileBytes / 1024 / 1024} MB)`,
  );
}

/** `ms-somsri-jaidee`: lower-case ASCII words from an English name or title; empty when there are none. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `rian-progress-ms-somsri-jaidee-2026-11-21`: whose it is and when, readable in a folder of forty such files. */
export function learnerFileStem(nameEn: string, profileId: string, date: string): string {
  return `rian-progress-${slug(nameEn) || profileId.slice(-8)}-${date}`;
}

export function sessionFileStem(title: string, sessionId: string, date: string): string {
  return `rian-session-${slug(title) || sessionId.slice(-8)}-${date}`;
}

import { gunzipSync, gzipSync } from 'node:zlib';
import { BUNDLE_LIMITS } from '../../shared/bundles/bundle-format.ts';
import { rejection, type Rejection } from '../../shared/bundles/bundle-rejections.ts';

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * The file is standard gzip around UTF-8 JSON: compact for a USB stick or a shared folder (JSON of learning events
 * shrinks about tenfold, so most learners' bundles fit one upload piece), readable with any gunzip, and gzip's CRC
 * tells a damaged file from a truncated one before the signature is even checked.
 */
export function encodeBundleFile(json: string): Buffer {
  return gzipSync(Buffer.from(json, 'utf8'), { level: 9 });
}

/** The JSON value inside a bundle file, or why there is none. Bounded: a small file cannot inflate without limit. */
export function decodeBundleFile(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; reason: Rejection } {
  if (bytes.length === 0) return { ok: false, reason: rejection('empty') };
  if (bytes.length > BUNDLE_LIMITS.fileBytes) return { ok: false, reason: rejection('tooLarge') };
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return { ok: false, reason: rejection('foreign') };
  let text: string;
  try {
    const inflated = gunzipSync(bytes, { maxOutputLength: BUNDLE_LIMITS.contentBytes });
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR') return { ok: false, reason: rejection('truncated') };
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: rejection('tooLarge') };
    return { ok: false, reason: rejection('damaged') };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // Some other program's gzip file: it inflates, but what is inside is not JSON.
    return { ok: false, reason: rejection('foreign') };
  }
}

import { randomUUID } from 'node:crypto';
import { BUNDLE_LIMITS } from '../../shared/bundles/bundle-format.ts';
import { AppError } from '../../shared/errors.ts';

type Upload = { fileName: string; size: number; parts: Buffer[]; received: number; touchedAt: number };

/** Files arrive in pieces because a door carries at most a mebibyte per call; they wait here, in memory, briefly. */
const KEEP_MS = 60 * 60 * 1000;
/** Room for four of the largest bundles at once; a whole class's learner bundles take a few megabytes. */
const MAX_HELD_BYTES = 4 * BUNDLE_LIMITS.fileBytes;
/** Several classes' worth of files at once; empty files count too. */
const MAX_HELD_FILES = 1000;

/**
 * Chosen bundle files while a trainer previews and merges them. Uploads are held in memory only (nothing of an
 * unchecked file touches the disk), forgotten an hour after their last use, and the oldest are dropped first when
 * too much is held: a dropped file is reported "did not arrive completely" and is simply chosen again.
 */
export function createBundleUploads(now: () => Date) {
  const uploads = new Map<string, Upload>();

  function forgetStale(): void {
    const cutoff = now().getTime() - KEEP_MS;
    for (const [id, u] of uploads) if (u.touchedAt < cutoff) uploads.delete(id);
    let held = [...uploads.values()].reduce((n, u) => n + u.size, 0);
    for (const [id, u] of uploads) {
      if (held <= MAX_HELD_BYTES && uploads.size <= MAX_HELD_FILES) break;
      uploads.delete(id);
      held -= u.size;
    }
  }

  return {
    /** Adds the next piece of a file (a new file when uploadId is null); pieces must come in order. */
    receive(input: { uploadId: string | null; fileName: string; size: number; offset: number; base64: string }) {
      const bytes = Buffer.from(input.base64, 'base64');
      const upload: Upload = input.uploadId
        ? (uploads.get(input.uploadId) ?? gone())
        : { fileName: input.fileName, size: input.size, parts: [], received: 0, touchedAt: 0 };
      if (input.offset !== upload.received || upload.received + bytes.length > upload.size) {
        throw new AppError(
          'CONFLICT',
          'A piece of the file arrived out of order. Choose the file again.',
          'ได้รับข้อมูลไฟล์ไม่เป็นลำดับ กรุณาเลือกไฟล์อีกครั้ง',
        );
      }
      const uploadId = input.uploadId ?? randomUUID();
      upload.parts.push(bytes);
      upload.received += bytes.length;
      upload.touchedAt = now().getTime();
      // Re-inserted, so the map's order stays least recently used first.
      uploads.delete(uploadId);
      uploads.set(uploadId, upload);
      forgetStale();
      return { uploadId, received: upload.received, isComplete: upload.received === upload.size };
    },
    /** A complete file's name and bytes, or null when it is missing or still incomplete. */
    file(uploadId: string): { fileName: string; bytes: Buffer } | null {
      const upload = uploads.get(uploadId);
      if (!upload || upload.received !== upload.size) return null;
      upload.touchedAt = now().getTime();
      uploads.delete(uploadId);
      uploads.set(uploadId, upload);
      upload.parts = [Buffer.concat(upload.parts)];
      return { fileName: upload.fileName, bytes: upload.parts[0]! };
    },
    fileName: (uploadId: string) => uploads.get(uploadId)?.fileName ?? null,
    forget: (uploadId: string) => void uploads.delete(uploadId),
  };
}

function gone(): never {
  throw new AppError(
    'NOT_FOUND',
    'That file is no longer waiting to be imported. Choose it again.',
    'ไม่พบไฟล์ที่รอนำเข้าแล้ว กรุณาเลือกไฟล์อีกครั้ง',
  );
}

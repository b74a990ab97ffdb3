import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';

/** A finished export is read back a mebibyte at a time: no door carries a 60 MB message. */
export const EXPORT_CHUNK_BYTES = 1024 * 1024;

export function readExportChunk(file: string, mimeType: string, offset: number) {
  const size = statSync(file).size;
  const length = Math.max(0, Math.min(EXPORT_CHUNK_BYTES, size - offset));
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  const next = offset + length;
  return {
    fileName: basename(file),
    mimeType,
    size,
    base64: buffer.toString('base64'),
    nextOffset: next < size ? next : null,
  };
}

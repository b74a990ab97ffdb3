import { UPLOAD_CHUNK_BASE64 } from '../../../../electron/shared/bundles/bundle-report.ts';
import { lms } from '../../api/lms-client.ts';
import { readFileBase64 } from './readFileBase64.ts';

/** Raw bytes per piece: three bytes become four base64 characters, so a piece stays within one call's limit. */
const PIECE_BYTES = (UPLOAD_CHUNK_BASE64 / 4) * 3;

/** Sends a chosen file to the backend piece by piece (a door carries at most a mebibyte a call); returns its id. */
export async function uploadBundle(file: File): Promise<string> {
  let uploadId: string | null = null;
  let offset = 0;
  do {
    const base64 = await readFileBase64(file.slice(offset, offset + PIECE_BYTES));
    const sent: { uploadId: string; received: number } = await lms.bundles.upload({
      uploadId,
      fileName: file.name,
      size: file.size,
      offset,
      base64,
    });
    uploadId = sent.uploadId;
    offset = sent.received;
  } while (offset < file.size);
  return uploadId;
}

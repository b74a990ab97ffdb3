import { Zip, ZipPassThrough, ZipDeflate } from 'fflate';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { JobContext } from '../admin/jobs.ts';
import type { CertificateService } from './certificate-service.ts';
import { certificateManifestCsv } from './manifest-csv.ts';

/**
 * A ZIP of every matching certificate's PDF plus manifest.csv (id, names, course, date, verification code), streamed
 * to `<file>.part` and renamed only when complete: a cancel or failure leaves nothing under the final name.
 */
export async function writeCertificateZip(
  service: CertificateService,
  filter: { courseId: string | null; since: string | null },
  file: string,
  ctx: JobContext,
): Promise<string | null> {
  const list = service.all(filter);
  ctx.setTotal(list.length);
  const partial = `${file}.part`;
  const out = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  const zip = new Zip((error, chunk, final) => {
    if (error) out.destroy(error);
    else {
      out.write(chunk);
      if (final) out.end();
    }
  });
  const finished = new Promise<void>((resolve) => out.on('finish', resolve));
  try {
    let current = list[0]?.pdf();
    for (const [i, c] of list.entries()) {
      if (ctx.isCancelled()) {
        zip.terminate();
        out.destroy();
        rmSync(partial, { force: true });
        return null;
      }
      const next = list[i + 1]?.pdf();
      const entry = new ZipPassThrough(`${c.id}.pdf`);
      zip.add(entry);
      entry.push(await Promise.race([current!, failed]), true);
      current = next;
      ctx.step();
    }
    const manifest = new ZipDeflate('manifest.csv', { level: 6 });
    zip.add(manifest);
    manifest.push(new TextEncoder().encode(certificateManifestCsv(list)), true);
    zip.end();
    await Promise.race([finished, failed]);
    renameSync(partial, file);
    return file;
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';

/**
 * A file written through `<file>.part` with back-pressure, renamed into place only by `commit`: a failure or a cancel
 * (`abort`) leaves nothing under the final name.
 */
export function streamedFile(file: string) {
  const partial = `${file}.part`;
  const out = createWriteStream(partial);
  let failure: Error | null = null;
  out.on('error', (error) => (failure = error));
  return {
    async write(text: string | Uint8Array): Promise<void> {
      if (failure) throw failure;
      // once() rejects when the stream errors, so waiting for drain alone cannot hang.
      if (!out.write(text)) await once(out, 'drain');
      if (failure) throw failure;
    },
    async commit(): Promise<void> {
      out.end();
      if (!out.closed) await once(out, 'close');
      if (failure) throw failure;
      renameSync(partial, file);
    },
    async abort(): Promise<void> {
      if (!out.closed) {
        out.destroy();
        await once(out, 'close');
      }
      rmSync(partial, { force: true });
    },
  };
}

/** Lets the event loop breathe (progress polls, cancels, other requests) during a long export. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

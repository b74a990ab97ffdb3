import { BrowserWindow } from 'electron';
import type { PdfRenderer } from '../core/certificates/pdf-renderer.ts';

/** Certificate PDFs in the app: Chromium's own printToPDF in one hidden, reused, locked-down window. */
export function createPrintToPdfRenderer(): PdfRenderer {
  let window: BrowserWindow | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const ensure = () =>
    (window ??= new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    }));
  async function renderNow(html: string): Promise<Buffer> {
    const w = ensure();
    await w.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return w.webContents.printToPDF({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
  }
  return {
    render(html) {
      const next = queue.then(() => renderNow(html));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      window?.destroy();
      window = null;
    },
  };
}

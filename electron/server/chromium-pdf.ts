import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { PdfRenderer } from '../core/certificates/pdf-renderer.ts';
import { AppError } from '../shared/errors.ts';

const CANDIDATES = [
  process.env.RIAN_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * PDFs through Chromium (the only renderer here that shapes Thai correctly), for `rian serve`, the CLI and tests.
 * One browser and one warm page are reused, so a batch costs tens of milliseconds per certificate.
 */
export function createChromiumPdfRenderer(): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  let page: Promise<Page> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function warmPage(): Promise<Page> {
    if (!page) {
      const executablePath = CANDIDATES.find((p): p is string => !!p && existsSync(p));
      if (!executablePath) {
        throw new AppError(
          'INTERNAL',
          'Chromium is needed to make PDFs outside the app: install it or set RIAN_CHROMIUM to its path.',
          'ต้องมีโปรแกรม Chromium เพื่อสร้างไฟล์ PDF กรุณาติดตั้งหรือกำหนด RIAN_CHROMIUM',
        );
      }
      // Loaded on first use: most sessions never make a PDF, and start-up should not pay for it.
      browser = import('playwright-core').then(({ chromium }) =>
        chromium.launch({
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        }),
      );
      page = browser.then((b) => b.newPage());
    }
    return page;
  }

  let loadedHead: string | null = null;

  /**
   * A batch shares one head (styles and inlined fonts): after the first certificate only the body and title are
   * swapped, so fonts are not decoded again for every page.
   */
  async function renderNow(html: string): Promise<Buffer> {
    const p = await warmPage();
    const title = html.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '';
    const head = html.match(/<head>([\s\S]*?)<\/head>/)?.[1]?.replace(/<title>[\s\S]*?<\/title>/, '') ?? null;
    const body = html.match(/<body>([\s\S]*)<\/body>/)?.[1] ?? null;
    const isSameHead = head !== null && body !== null && head === loadedHead;
    if (!isSameHead) {
      await p.setContent(html, { waitUntil: 'load' });
      loadedHead = head;
    }
    // One round trip: swap the body and title when the head is unchanged, then wait for every font to be ready.
    const fontsLoaded = await p.evaluate(
      async ([swap, b, t]) => {
        if (swap) {
          document.body.innerHTML = b;
          document.title = new DOMParser().parseFromString(`<title>${t}</title>`, 'text/html').title;
        }
        await document.fonts.ready;
        return [...document.fonts].every((f) => f.status === 'loaded' || f.status === 'unloaded');
      },
      [isSameHead, body ?? '', title] as const,
    );
    if (!fontsLoaded) throw new Error('a certificate font failed to load');
    return p.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  }

  return {
    // One page, so renders run one after another.
    render(html) {
      const next = queue.then(() => renderNow(html));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      if (browser) await (await browser).close();
      browser = null;
      page = null;
    },
  };
}

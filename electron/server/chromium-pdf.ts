import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { PdfRenderer } from '../core/certificates/pdf-renderer.ts';
import { AppError } from '../shared/errors.ts';

const CHROMIUM_CANDIDATES = [
  process.env.RIAN_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
/** Flags for headless Chromium on an offline laptop: no sandbox helper, no GPU, no background network calls. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Two warm pages in separate contexts (separate renderer processes) print in parallel on a two-core laptop. */
const PAGES = 2;

type Slot = { page: Promise<Page>; queue: Promise<unknown>; pending: number; loadedHead: string | null };

/** RIAN_CHROMIUM, else the usual system locations. */
export function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new AppError(
      'INTERNAL',
      'Chromium is needed to make PDFs outside the app: install it or set RIAN_CHROMIUM to its path.',
      'ต้องมีโปรแกรม Chromium เพื่อสร้างไฟล์ PDF กรุณาติดตั้งหรือกำหนด RIAN_CHROMIUM',
    );
  }
  // Loaded on first use: most sessions never make a PDF, and start-up should not pay for it.
  return import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS }));
}

/**
 * Swaps only body and title when the head (styles, inlined fonts) is the one already loaded, so a batch does not
 * decode the fonts again for every certificate; then waits for every font before printing.
 */
async function print(slot: Slot, html: string): Promise<Buffer> {
  const page = await slot.page;
  const title = html.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '';
  const head = html.match(/<head>([\s\S]*?)<\/head>/)?.[1]?.replace(/<title>[\s\S]*?<\/title>/, '') ?? null;
  const body = html.match(/<body>([\s\S]*)<\/body>/)?.[1] ?? null;
  const isSameHead = head !== null && body !== null && head === slot.loadedHead;
  if (!isSameHead) {
    await page.setContent(html, { waitUntil: 'load' });
    slot.loadedHead = head;
  }
  const fontsLoaded = await page.evaluate(
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
  return page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
}

/**
 * PDFs through Chromium (the only renderer here that shapes Thai correctly), for `rian serve`, the CLI and tests.
 * One browser with warm pages reused for every certificate; each page prints one at a time.
 */
export function createChromiumPdfRenderer(): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  let slots: Slot[] = [];

  function ensureSlots(): Slot[] {
    if (slots.length === 0) {
      const b = launch();
      browser = b;
      slots = Array.from({ length: PAGES }, () => ({
        page: b.then((x) => x.newContext()).then((c) => c.newPage()),
        queue: Promise.resolve(),
        pending: 0,
        loadedHead: null,
      }));
    }
    return slots;
  }

  return {
    render(html) {
      const slot = ensureSlots().reduce((a, b) => (b.pending < a.pending ? b : a));
      slot.pending += 1;
      const next = slot.queue.then(() => print(slot, html)).finally(() => (slot.pending -= 1));
      slot.queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      const b = browser;
      browser = null;
      slots = [];
      if (b) await (await b).close();
    },
  };
}

/** Turns one HTML page into a PDF: Electron's printToPDF in the app, Chromium through playwright-core elsewhere. */
export type PdfRenderer = { render(html: string): Promise<Buffer>; close(): Promise<void> };

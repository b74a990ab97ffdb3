/**
 * The signed code a Rian certificate PDF carries as its document title (Chromium writes the page's <title> into the
 * PDF's Info dictionary as a plain literal string). Returns null when there is none.
 */
export function codeFromPdf(pdf: Buffer): string | null {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return null;
  const match = pdf.toString('latin1').match(/\/Title\s*\((RIAN1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\)/);
  return match?.[1] ?? null;
}

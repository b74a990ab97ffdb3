/**
 * One CSV cell: RFC 4180 quoting, and cells that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or CR) made inert with a leading apostrophe (OWASP CSV injection). Numbers stay numbers.
 */
export function csvCell(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value ?? '');
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvLine = (cells: readonly unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** UTF-8 byte order mark: without it Excel reads Thai as mojibake. */
export const CSV_BOM = '\uFEFF';

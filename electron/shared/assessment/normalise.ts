const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const THAI_DIGITS = /[\u0E50-\u0E59]/g;
const SPACE_AND_PUNCTUATION = /[\s\p{P}]+/gu;

/**
 * Short answers compare after Thai-aware normalisation: Unicode NFC, zero-width characters removed, Thai digits as
 * Arabic digits, case folded, and whitespace and punctuation removed (Thai is often typed with or without spaces,
 * and "พ.ร.บ." with or without its dots).
 */
export function normaliseShortAnswer(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50))
    .toLocaleLowerCase('en')
    .replace(SPACE_AND_PUNCTUATION, '');
}

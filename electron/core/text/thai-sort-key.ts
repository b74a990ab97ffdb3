/** เ แ โ ใ ไ are written before the consonant they follow in speech; dictionaries order by that consonant. */
const PREPOSED_VOWEL = /([\u0E40-\u0E44])([\u0E01-\u0E2E])/g;
/** Tone marks and other signs that only break ties (ICU's secondary level). */
const TIE_BREAKING_SIGNS = /[\u0E47-\u0E4E]/g;
/** Thai collation (CLDR) sets spaces and punctuation aside at the first level, as ICU's `alternate=shifted`. */
const SHIFTED = /[\p{P}\p{Z}\p{S}]/gu;

/**
 * A key whose plain binary order (SQLite's default collation, so an index can serve ORDER BY) is Thai dictionary
 * order: preposed vowels swapped behind their consonant, tone marks, spaces and punctuation left to break ties. Latin is case-folded.
 */
export function thaiSortKey(name: string): string {
  const normalised = name.normalize('NFC').trim().toLocaleLowerCase('en');
  const primary = normalised.replace(PREPOSED_VOWEL, '$2$1').replace(TIE_BREAKING_SIGNS, '').replace(SHIFTED, '');
  return `${primary}\u0001${normalised}`;
}

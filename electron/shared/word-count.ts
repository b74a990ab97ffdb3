import type { Language } from './bilingual.ts';

const segmenters = new Map<Language, Intl.Segmenter>();

/** Words as a reader counts them: Thai has no spaces, so it is segmented with ICU's dictionary. */
export function countWords(markdown: string, language: Language): number {
  const text = markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/[#>*|`_\-[\]()]/g, ' ');
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Lesson Markdown as readable plain text: no image links, URLs, table pipes, emphasis marks or callout tags. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*>\s*\[![A-Z]+\]\s*$/gm, ' ')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ')
    .replace(/^\s*(?:[-+*]|\d+\.)\s+/gm, ' ')
    .replace(/\*\*|__|[*`]/g, '')
    .replace(/[#>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words separated by spaces, for FTS5: Thai has no spaces between words, so ICU's dictionary segmenter (the same in
 * Node and Chromium) finds them. The same function segments queries, so both sides agree.
 */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text.normalize('NFC')))
    if (s.isWordLike) words.push(s.segment.toLocaleLowerCase('en'));
  return words;
}

export type SnippetPart = { text: string; isHit: boolean };

/** A window of the original text around the first match, with every match marked (no HTML: the UI renders parts). */
export function makeSnippet(text: string, terms: readonly string[], radius = 90): SnippetPart[] {
  const lower = text.toLocaleLowerCase('en');
  const needles = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  const first = Math.min(...needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  const centre = Number.isFinite(first) ? first : 0;
  let start = Math.max(0, centre - radius);
  let end = Math.min(text.length, centre + radius * 2);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > centre ? text.lastIndexOf(' ', end) : end;
  const window = text.slice(start, end);
  const windowLower = lower.slice(start, end);
  const parts: SnippetPart[] = [];
  let at = 0;
  while (at < window.length) {
    let next = -1;
    let needle = '';
    for (const n of needles) {
      const i = windowLower.indexOf(n, at);
      if (i >= 0 && (next < 0 || i < next)) [next, needle] = [i, n];
    }
    if (next < 0) break;
    if (next > at) parts.push({ text: window.slice(at, next), isHit: false });
    parts.push({ text: window.slice(next, next + needle.length), isHit: true });
    at = next + needle.length;
  }
  if (at < window.length) parts.push({ text: window.slice(at), isHit: false });
  if (start > 0) parts.unshift({ text: '… ', isHit: false });
  if (end < text.length) parts.push({ text: ' …', isHit: false });
  // A Thai query word may be segmented into pieces; adjacent pieces read as one highlighted word.
  return parts.reduce<SnippetPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && last.isHit === part.isHit) last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}

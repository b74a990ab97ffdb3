import { describe, expect, it } from 'vitest';
import { makeSnippet, markdownToPlainText, segmentWords } from '../../electron/core/search/text.ts';

describe('search text', () => {
  it('segments Thai into words with ICU, and lower-cases English', () => {
    expect(segmentWords('มิจฉาชีพอาศัยอารมณ์มากกว่าเทคโนโลยี')).toEqual(['มิจฉาชีพ', 'อาศัย', 'อารมณ์', 'มากกว่า', 'เทคโนโลยี']);
    expect(segmentWords('Use a Password Manager.')).toEqual(['use', 'a', 'password', 'manager']);
  });

  it('turns lesson Markdown into readable text', () => {
    expect(
      markdownToPlainText(
        '## หัวข้อ\n\n> [!TIP]\n> **ใช้** [ลิงก์](https://x.example) ![ภาพ](assets/a.svg)\n\n| a | b |\n|---|---|\n',
      ),
    ).toBe('หัวข้อ ใช้ ลิงก์ a b');
  });

  it('cuts a snippet around the first match from the original text and marks every match', () => {
    const text = `${'ก'.repeat(300)} มิจฉาชีพอาศัยอารมณ์มากกว่าเทคโนโลยี และอารมณ์ร่วม ${'ข'.repeat(300)}`;
    const parts = makeSnippet(text, ['อารมณ์']);
    expect(parts[0]!.text.startsWith('… ')).toBe(true);
    expect(parts.at(-1)!.text.endsWith(' …')).toBe(true);
    expect(parts.filter((p) => p.isHit).map((p) => p.text)).toEqual(['อารมณ์', 'อารมณ์']);
    expect(parts.map((p) => p.text).join('')).toContain('มิจฉาชีพอาศัยอารมณ์มากกว่าเทคโนโลยี');
  });

  it('marks a word split into several segments as one highlight', () => {
    const parts = makeSnippet('หลักธรรมาภิบาลข้อมูลภาครัฐ', segmentWords('ธรรมาภิบาลข้อมูล'));
    expect(parts.filter((p) => p.isHit).map((p) => p.text)).toEqual(['ธรรมาภิบาลข้อมูล']);
  });
});

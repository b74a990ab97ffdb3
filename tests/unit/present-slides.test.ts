import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PIECES, splitLesson } from '../../electron/core/present/slides.ts';
import { BUNDLED_COURSES_DIR } from '../../electron/paths.ts';
import type { SlidePair } from '../../electron/shared/present.ts';

const same = (md: string) => ({ th: md, en: md });
const bodies = (slides: SlidePair[], language: 'th' | 'en' = 'en') => slides.map((s) => s[language].markdown);
const headings = (slides: SlidePair[]) => slides.map((s) => s.en.heading);
const items = (markdown: string) => markdown.split('\n').filter((line) => /^(\d+\.|-) /.test(line));

describe('splitting a lesson into slides', () => {
  it('starts a slide at every heading, gives the heading as plain text, and keeps an untitled opening', () => {
    const slides = splitLesson(same('Opening words.\n\n## The **first** idea\n\nOne.\n\n### A `second` idea\n\nTwo.'));
    expect(headings(slides)).toEqual([null, 'The first idea', 'A second idea']);
    expect(bodies(slides)).toEqual(['Opening words.', 'One.', 'Two.']);
    expect(slides.every((s) => !s.en.continued)).toBe(true);
  });

  it('starts an untitled slide at a horizontal rule, and drops the rule', () => {
    const slides = splitLesson(same('## Before\n\nA.\n\n---\n\nB.'));
    expect(headings(slides)).toEqual(['Before', null]);
    expect(bodies(slides)).toEqual(['A.', 'B.']);
  });

  it('spreads a long list evenly over slides, numbering on where it left off', () => {
    const list = Array.from({ length: 7 }, (_, i) => `${i + 1}. Step number ${i + 1} of the procedure`).join('\n');
    const slides = splitLesson(same(`## Steps\n\n${list}`));
    expect(bodies(slides).map((b) => items(b).length)).toEqual([4, 3]);
    expect(items(slides[1]!.en.markdown)[0]).toBe('5. Step number 5 of the procedure');
    expect(slides.map((s) => [s.en.heading, s.en.continued])).toEqual([
      ['Steps', false],
      ['Steps', true],
    ]);
  });

  it('repeats a split table’s header row on every slide', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `| Row ${i} | ${'a long explanation of the row '.repeat(3)} |`);
    const slides = splitLesson(same(['| Term | Meaning |', '| --- | --- |', ...rows].join('\n')));
    expect(slides.length).toBeGreaterThan(1);
    for (const body of bodies(slides))
      expect(body.split('\n').slice(0, 2)).toEqual(['| Term | Meaning |', '| --- | --- |']);
    expect(bodies(slides).flatMap((b) => b.split('\n').slice(2))).toEqual(rows);
  });

  it('keeps a lead-in ending with a colon on the slide of the list it introduces', () => {
    const long = 'This paragraph is long enough to fill a good part of a projected slide on its own. '.repeat(4);
    const list = Array.from({ length: 4 }, (_, i) => `- Point ${i}: ${'two lines of words '.repeat(5).trim()}`).join(
      '\n',
    );
    const slides = splitLesson(same(`${long}\n\nThe points are:\n\n${list}`));
    expect(bodies(slides)).toEqual([long.trim(), `The points are:\n\n${list}`]);
  });

  it('never puts more than the most pieces on a slide, and loses nothing (any list length)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 40 }), (lengths) => {
        const list = lengths.map((n, i) => `- item${i} ${'x'.repeat(n)}`);
        const slides = splitLesson(same(`## Many\n\n${list.join('\n')}`));
        expect(bodies(slides).every((b) => items(b).length <= MAX_PIECES)).toBe(true);
        expect(bodies(slides).flatMap(items)).toEqual(list);
      }),
    );
  });

  it('breaks Thai and English at the same places, sized by the longer language', () => {
    const en = '## Key points\n\n- One\n- Two\n- Three\n- Four';
    const th = `## สรุป\n\n${['หนึ่ง', 'สอง', 'สาม', 'สี่'].map((w) => `- ${w}${' ยาวมาก'.repeat(40)}`).join('\n')}`;
    const slides = splitLesson({ th, en });
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => items(s.en.markdown).length)).toEqual(slides.map((s) => items(s.th.markdown).length));
    expect(slides.map((s) => s.th.heading)).toEqual(slides.map(() => 'สรุป'));
  });

  it('gives differently built translations the same number of slides, each language complete', () => {
    const en = '## Tips\n\nFirst.\n\n- a\n- b\n- c\n\nLast.';
    const th = '## เคล็ดลับ\n\nแรก\n\nสุดท้าย';
    const slides = splitLesson({ th, en });
    expect(bodies(slides, 'en').join('\n\n')).toBe('First.\n\n- a\n- b\n- c\n\nLast.');
    expect(bodies(slides, 'th').filter(Boolean).join('\n\n')).toBe('แรก\n\nสุดท้าย');
  });

  it('adds reference-link definitions to every slide, so links keep working', () => {
    const slides = splitLesson(
      same('## A\n\nSee [the act][pdpa].\n\n## B\n\nAgain [the act][pdpa].\n\n[pdpa]: https://example.org'),
    );
    expect(bodies(slides).every((b) => b.endsWith('[pdpa]: https://example.org'))).toBe(true);
  });
});

describe('the bundled lessons as slides', () => {
  const lessons = readdirSync(BUNDLED_COURSES_DIR)
    .filter((course) => existsSync(join(BUNDLED_COURSES_DIR, course, 'lessons')))
    .flatMap((course) =>
      readdirSync(join(BUNDLED_COURSES_DIR, course, 'lessons'))
        .filter((f) => f.endsWith('.en.md'))
        .map((f) => join(BUNDLED_COURSES_DIR, course, 'lessons', f.slice(0, -'.en.md'.length))),
    );

  it('keep every line of both languages, on slides of at most a few pieces', () => {
    expect(lessons.length).toBeGreaterThan(50);
    const withoutNumber = (line: string) => line.trim().replace(/^\d+[.)] /, '');
    for (const base of lessons) {
      const markdown = { th: readFileSync(`${base}.th.md`, 'utf8'), en: readFileSync(`${base}.en.md`, 'utf8') };
      const slides = splitLesson(markdown);
      for (const language of ['th', 'en'] as const) {
        const shown = new Set(bodies(slides, language).flatMap((b) => b.split('\n').map(withoutNumber)));
        const lost = markdown[language]
          .split('\n')
          .filter((line) => line.trim() && !/^(#+ |---$)/.test(line))
          .map(withoutNumber)
          .filter((line) => !shown.has(line));
        expect(lost, `${base}.${language}.md`).toEqual([]);
        expect(bodies(slides, language).every((b) => items(b).length <= MAX_PIECES)).toBe(true);
      }
    }
  });
});

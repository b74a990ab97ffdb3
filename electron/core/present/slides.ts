import type { Bilingual } from '../../shared/bilingual.ts';
import type { Slide, SlidePair } from '../../shared/present.ts';
import { lessonSections, piecesMarkdown, SLIDE_LINES, type Piece, type Section } from './slide-pieces.ts';

/** At most this many paragraphs, list items or table rows on one slide, however short they are. */
export const MAX_PIECES = 5;
/** Added to a slide's cost for each rule it breaks, so a split breaks one only when nothing else fits. */
const PENALTY = 1000;
/** What ending a slide inside a list or table costs, in lines: a block shown whole reads better. */
const SPLIT_BLOCK = 2;

type Load = {
  lines: number;
  keepWithNext: boolean;
  block: number | null;
  table: { id: number; headerLines: number } | null;
};

function loadOf(p: Piece): Load {
  const table = p.group?.kind === 'table' ? { id: p.group.id, headerLines: p.group.headerLines } : null;
  return { lines: p.lines, keepWithNext: p.keepWithNext, block: p.group?.id ?? null, table };
}

/**
 * How full pieces [from, to) make a slide: their lines, each table's header once, and penalties. `cuts` weighs in
 * cutting a list or table, which evens out the slides once their number is known but must not add to that number.
 */
function cost(loads: readonly Load[], from: number, to: number, cuts = true): number {
  const tables = new Set<number>();
  let lines = Math.max(0, to - from - MAX_PIECES) * PENALTY;
  // A lead-in ending a slide would be separated from what it introduces (the section's last piece introduces nothing).
  if (to < loads.length && loads[to - 1]!.keepWithNext) lines += PENALTY;
  // A list or table cut in two weighs on both of its slides, so the cut falls where it evens them out.
  const cutAt = (i: number) =>
    i > 0 && i < loads.length && loads[i]!.block !== null && loads[i]!.block === loads[i - 1]!.block;
  if (cuts && cutAt(from)) lines += SPLIT_BLOCK;
  if (cuts && cutAt(to)) lines += SPLIT_BLOCK;
  for (const load of loads.slice(from, to)) {
    lines += load.lines;
    if (load.table && !tables.has(load.table.id)) {
      tables.add(load.table.id);
      lines += load.table.headerLines;
    }
  }
  return lines;
}

/** The fewest slides the pieces fit on, filling each in turn; a piece too big for any slide gets one of its own. */
function slideCount(loads: readonly Load[]): number {
  let count = 0;
  for (let from = 0; from < loads.length; count += 1) {
    let to = from + 1;
    while (to < loads.length && cost(loads, from, to + 1, false) <= SLIDE_LINES) to += 1;
    from = to;
  }
  return Math.max(1, count);
}

/**
 * Where each of `count` slides starts, spreading the pieces as evenly as possible (the fullest slide as light as it
 * can be): seven list items become 4 + 3, not 5 + 2. Fewer slides when there are fewer pieces than slides.
 */
function partition(loads: readonly Load[], count: number): number[] {
  const n = loads.length;
  const slides = Math.max(1, Math.min(count, n));
  if (n === 0) return [0];
  // best[k][j]: the lightest fullest slide showing the first j pieces on k slides; start[k][j]: where slide k starts.
  const best = Array.from({ length: slides + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const start = Array.from({ length: slides + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= slides; k += 1) {
    for (let j = k; j <= n; j += 1) {
      for (let i = k - 1; i < j; i += 1) {
        const value = Math.max(best[k - 1]![i]!, cost(loads, i, j));
        // `<=` prefers the later break, so the earlier slide is the fuller one when both are equally good.
        if (value <= best[k]![j]!) {
          best[k]![j] = value;
          start[k]![j] = i;
        }
      }
    }
  }
  const starts: number[] = [];
  for (let k = slides, j = n; k > 0; k -= 1) {
    starts.unshift(start[k]![j]!);
    j = start[k]![j]!;
  }
  return starts;
}

function sectionSlides(section: Section, starts: readonly number[], definitions: readonly string[]): Slide[] {
  return starts.map((from, k) => {
    const body = piecesMarkdown(section.pieces.slice(from, starts[k + 1] ?? section.pieces.length));
    return {
      heading: section.heading,
      // Reference-style links need their definitions on every slide that might use them.
      markdown: [body, ...definitions].filter(Boolean).join('\n\n'),
      continued: k > 0,
    };
  });
}

/** The section's blocks and pieces in order ("text item0 item0 row1"), to tell whether two translations match. */
function shape(section: Section): string {
  const groups: number[] = [];
  return section.pieces
    .map((p) => {
      if (!p.group) return p.kind;
      if (!groups.includes(p.group.id)) groups.push(p.group.id);
      return `${p.kind}${groups.indexOf(p.group.id)}`;
    })
    .join(' ');
}

/** Pairs slides by position; where one language has fewer, its side stays blank under the same heading. */
function zip(th: readonly Slide[], en: readonly Slide[]): SlidePair[] {
  const blankAfter = (slides: readonly Slide[]): Slide => ({
    heading: slides.at(-1)?.heading ?? null,
    markdown: '',
    continued: true,
  });
  return Array.from({ length: Math.max(th.length, en.length) }, (_, i) => ({
    th: th[i] ?? blankAfter(th),
    en: en[i] ?? blankAfter(en),
  }));
}

type Lexed = ReturnType<typeof lessonSections>;

function pairSection(th: Section, en: Section, thLexed: Lexed, enLexed: Lexed): SlidePair[] {
  const thLoads = th.pieces.map(loadOf);
  const enLoads = en.pieces.map(loadOf);
  if (shape(th) === shape(en)) {
    // Translations with the same blocks break at the same places, sized by whichever language runs longer.
    const joint = thLoads.map((t, i): Load => {
      const e = enLoads[i]!;
      const table =
        t.table && e.table ? { id: t.table.id, headerLines: Math.max(t.table.headerLines, e.table.headerLines) } : null;
      return {
        lines: Math.max(t.lines, e.lines),
        keepWithNext: t.keepWithNext || e.keepWithNext,
        block: t.block,
        table,
      };
    });
    const starts = partition(joint, slideCount(joint));
    return zip(sectionSlides(th, starts, thLexed.definitions), sectionSlides(en, starts, enLexed.definitions));
  }
  // Differently built translations of a section still get the same number of slides, each split evenly.
  const count = Math.max(slideCount(thLoads), slideCount(enLoads));
  return zip(
    sectionSlides(th, partition(thLoads, count), thLexed.definitions),
    sectionSlides(en, partition(enLoads, count), enLexed.definitions),
  );
}

function alone(lexed: Lexed): Slide[] {
  return lexed.sections.flatMap((section) => {
    const loads = section.pieces.map(loadOf);
    return sectionSlides(section, partition(loads, slideCount(loads)), lexed.definitions);
  });
}

/**
 * A lesson as slides, one idea per screen: a new slide at every heading and horizontal rule, and a long section spread
 * evenly over as few slides as hold it at projector size (lists and tables continue, with their numbering and header).
 * Thai and English are split together so that slide n says the same thing in both languages.
 */
export function splitLesson(markdown: Bilingual): SlidePair[] {
  const th = lessonSections(markdown.th);
  const en = lessonSections(markdown.en);
  if (th.sections.length !== en.sections.length) return zip(alone(th), alone(en));
  return th.sections.flatMap((section, i) => pairSection(section, en.sections[i]!, th, en));
}

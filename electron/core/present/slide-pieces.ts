import { marked, type Token, type Tokens } from 'marked';

/**
 * A lesson cut into the smallest pieces a slide break may fall between: a paragraph, one list item, one table row,
 * a callout, a code block, an image. Each piece carries an estimate of how many lines it fills on a projected slide.
 */
export type Piece = {
  kind: 'text' | 'item' | 'row' | 'box' | 'code' | 'image';
  markdown: string;
  lines: number;
  /** A lead-in such as "Version B uses:" stays on the slide of what it introduces. */
  keepWithNext: boolean;
  /** List items and table rows of one block, so neighbours on a slide are joined back into that block. */
  group: PieceGroup | null;
  /** Where an item or row sits in its block, so a list continued on the next slide keeps counting (4., 5., …). */
  position: number;
};
type PieceGroup =
  | { id: number; kind: 'list'; ordered: boolean; start: number; loose: boolean }
  | { id: number; kind: 'table'; header: string; headerLines: number };

/** A heading (or a horizontal rule, which has none) and everything up to the next one. */
export type Section = { heading: string | null; pieces: Piece[] };

/** Characters per line of body text at projector size; Thai marks above and below a letter take no width. */
const LINE_CHARS = 76;
/** How many lines of body text a slide holds under its heading before it reads as a wall of text. */
export const SLIDE_LINES = 11;

const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0300-\u036F\u200B-\u200D]/g;

/** Markdown reduced to the words a reader sees: link targets, emphasis markers and callout tags removed. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i, '')
    .replace(/[*_`~]/g, '')
    .trim();
}

function linesOf(markdown: string, width = LINE_CHARS): number {
  return Math.max(1, Math.ceil(plainText(markdown).replace(ZERO_WIDTH, '').length / width));
}

function listPieces(token: Tokens.List, group: PieceGroup): Piece[] {
  return token.items.map((item, position) => ({
    kind: 'item',
    markdown: item.raw.trimEnd(),
    lines: item.text.split('\n').reduce((n, line) => n + linesOf(line, LINE_CHARS - 3), 0) + 0.3,
    keepWithNext: false,
    group,
    position,
  }));
}

function tablePieces(token: Tokens.Table, id: number): Piece[] {
  const lines = token.raw.trimEnd().split('\n');
  // Tables are set at 80% of the body size, and the browser shares a row's width among its cells by their length,
  // so a row takes about as many lines as its whole text would in one column of the table's width.
  const rowLines = (cells: { text: string }[]) =>
    linesOf(cells.map((c) => c.text).join(' '), (LINE_CHARS * 0.85) / 0.8) * 0.8 + 0.4;
  // A row written over several source lines cannot be told apart here, so such a table stays whole.
  if (lines.length !== token.rows.length + 2) return [piece('box', token.raw, rowLines(token.header) * 2)];
  const group: PieceGroup = {
    id,
    kind: 'table',
    header: lines.slice(0, 2).join('\n'),
    headerLines: rowLines(token.header),
  };
  return token.rows.map((row, position) => ({
    kind: 'row',
    markdown: lines[position + 2]!,
    lines: rowLines(row),
    keepWithNext: false,
    group,
    position,
  }));
}

function piece(kind: Piece['kind'], markdown: string, lines: number, keepWithNext = false): Piece {
  return { kind, markdown: markdown.trimEnd(), lines, keepWithNext, group: null, position: 0 };
}

function paragraphPiece(token: Tokens.Paragraph): Piece {
  if (token.tokens.some((t) => t.type === 'image')) return piece('image', token.raw, SLIDE_LINES);
  return piece('text', token.raw, linesOf(token.text) + 0.6, /[:：]\s*$/.test(token.text));
}

/** Splits one language's lesson Markdown into sections of pieces; link definitions are returned to add to each slide. */
export function lessonSections(markdown: string): { sections: Section[]; definitions: string[] } {
  const sections: Section[] = [];
  const definitions: string[] = [];
  const open = (heading: string | null): Section => {
    const section: Section = { heading, pieces: [] };
    sections.push(section);
    return section;
  };
  // Text before the first heading gets an untitled section; a lesson that opens with a heading has none.
  const pieces = () => (sections.at(-1) ?? open(null)).pieces;
  let groupId = 0;
  for (const token of marked.lexer(markdown, { gfm: true }) as Token[]) {
    switch (token.type) {
      case 'space':
        break;
      case 'heading':
        open(plainText((token as Tokens.Heading).text));
        break;
      case 'hr':
        open(null);
        break;
      case 'def':
        definitions.push(token.raw.trimEnd());
        break;
      case 'paragraph':
        pieces().push(paragraphPiece(token as Tokens.Paragraph));
        break;
      case 'list': {
        const list = token as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        const group: PieceGroup = { id: ++groupId, kind: 'list', ordered: list.ordered, start, loose: list.loose };
        pieces().push(...listPieces(list, group));
        break;
      }
      case 'table':
        pieces().push(...tablePieces(token as Tokens.Table, ++groupId));
        break;
      case 'blockquote':
        pieces().push(piece('box', token.raw, linesOf((token as Tokens.Blockquote).text) + 1.8));
        break;
      case 'code':
        pieces().push(piece('code', token.raw, (token as Tokens.Code).text.split('\n').length * 0.9 + 1));
        break;
      default:
        pieces().push(piece('text', token.raw, linesOf(token.raw) + 0.6));
    }
  }
  return { sections: sections.length ? sections : [{ heading: null, pieces: [] }], definitions };
}

/** The Markdown of a run of pieces: list items and table rows of one block are joined back into that block. */
export function piecesMarkdown(pieces: readonly Piece[]): string {
  const blocks: string[] = [];
  for (let i = 0; i < pieces.length;) {
    const group = pieces[i]!.group;
    let end = i + 1;
    while (group && end < pieces.length && pieces[end]!.group?.id === group.id) end += 1;
    const run = pieces.slice(i, end).map((p) => p.markdown);
    if (group?.kind === 'table') blocks.push([group.header, ...run].join('\n'));
    else if (group?.kind === 'list') {
      const first = group.ordered ? renumber(run[0]!, group.start + pieces[i]!.position) : run[0]!;
      blocks.push([first, ...run.slice(1)].join(group.loose ? '\n\n' : '\n'));
    } else blocks.push(...run);
    i = end;
  }
  return blocks.join('\n\n');
}

function renumber(itemMarkdown: string, number: number): string {
  return itemMarkdown.replace(/^(\s*)\d+([.)])/, `$1${number}$2`);
}

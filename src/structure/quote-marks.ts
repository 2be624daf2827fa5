/** One quotation found between quotation marks: the outermost one, nested quotations are part of it. */
export interface MarkedQuote {
  start: number;
  end: number;
  unclosed: boolean;
}

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either';

interface Mark {
  family: Family;
  role: Role;
}

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/\u201C\u2018"'«‹]/u;
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-\u201D\u2019"'»›…]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * What a mark can be, judged by its glyph and neighbours. Curly marks say
 * which way they face; a straight mark faces away from the space beside it.
 * A single mark between two letters, or a ’ after a word with no single
 * quotation open, is an apostrophe (don't, Hamas’ leaders).
 */
function markAt(text: string, i: number, from: number, to: number): Mark | undefined {
  const c = text.charAt(i);
  const before = i > from ? text.charAt(i - 1) : ' ';
  const after = i + 1 < to ? text.charAt(i + 1) : ' ';
  const opensHere = OPENING_CONTEXT.test(before);
  const closesHere = CLOSING_CONTEXT.test(after);
  const facing = (): Role => (opensHere && !closesHere ? 'open' : closesHere && !opensHere ? 'close' : 'either');
  switch (c) {
    case '\u201C': case '\u201E': case '«':
      return { family: 'double', role: 'open' };
    case '\u201D': case '»':
      return { family: 'double', role: 'close' };
    case '"':
      return { family: 'double', role: facing() };
    case '\u2018': case '‹':
      return { family: 'single', role: 'open' };
    case '\u2019': case '›': case "'":
      if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) return undefined;
      if (c === "'" && opensHere && !closesHere) return { family: 'single', role: 'open' };
      return closesHere ? { family: 'single', role: 'close' } : undefined;
    default:
      return undefined;
  }
}

const MARK_CHARS = /["'\u201C\u201D\u201E\u2018\u2019«»‹›]/gu;

/**
 * The quotations in one paragraph (text[from, to)), outermost only. Marks are
 * paired with a stack, so a quotation inside a quotation nests, even with
 * straight marks on both levels; a stray closing mark is ignored; a double
 * quotation never closed runs to the end of the paragraph (flagged), while a
 * single one never closed was most likely an apostrophe and is dropped.
 */
export function markedQuotes(text: string, from: number, to: number): MarkedQuote[] {
  const found: MarkedQuote[] = [];
  const open: { family: Family; at: number }[] = [];
  const close = (depth: number, end: number): void => {
    const entry = open[depth] as { at: number };
    found.push({ start: entry.at, end, unclosed: false });
    open.length = depth;
  };
  // The paragraph only: a search on from `from` would read on to the next mark in the whole text, for every paragraph.
  const paragraph = text.slice(from, to);
  MARK_CHARS.lastIndex = 0;
  for (let found = MARK_CHARS.exec(paragraph); found !== null; found = MARK_CHARS.exec(paragraph)) {
    const m = { index: from + found.index };
    const mark = markAt(text, m.index, from, to);
    if (!mark) continue;
    let depth = -1;
    for (let d = open.length - 1; d >= 0; d--) {
      if (open[d]?.family === mark.family) {
        depth = d;
        break;
      }
    }
    // An ambiguous straight mark closes when its family is open innermost, else opens.
    const role = mark.role === 'either' ? (depth >= 0 && depth === open.length - 1 ? 'close' : 'open') : mark.role;
    if (role === 'open') open.push({ family: mark.family, at: m.index });
    else if (depth >= 0) close(depth, m.index + 1);
  }
  const unclosed = open.find((entry) => entry.family === 'double');
  if (unclosed) found.push({ start: unclosed.at, end: to, unclosed: true });
  // Quotations nest or lie apart (the stack pairs them), so in start order an outermost one starts after every earlier one ends.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const outermost: MarkedQuote[] = [];
  let reach = from;
  for (const q of found) {
    if (q.start < reach) continue;
    outermost.push(q);
    reach = q.end;
  }
  return outermost;
}

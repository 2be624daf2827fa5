import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import type { PageSpan, PageSpanKind } from './types.js';

/** Elements that start a new line of text; everything else flows inline. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELLS = new Set(['td', 'th']);
/** Never text: code, media and anything a page could run. */
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'select', 'button', 'input', 'textarea', 'head', 'title', 'link', 'meta']);

/** The attribute the cleaning step sets on a pull quote, which a block quotation otherwise looks like. */
export const KIND_ATTRIBUTE = 'data-framelens-kind';

interface Block {
  text: string;
  kind?: PageSpanKind;
  /** Blocks of one quotation share its number, so the quotation is one span. */
  group?: number;
}

/** One line of text built from inline pieces; white space collapses as a browser shows it. */
class Lines {
  readonly blocks: Block[] = [];
  private pieces: string[] = [];

  /** Text as written: white space collapses, except inside `<pre>`, where line breaks stay. */
  add(text: string, preformatted = false): void {
    this.pieces.push(preformatted ? text.replace(/\r\n?/g, '\n') : text.replace(/\s+/g, ' '));
  }

  /** A line break the markup asks for (`<br>`). */
  breakLine(): void {
    this.pieces.push('\n');
  }

  /** Ends the current block (if it holds text): `<br>` inside it becomes a line break. */
  flush(kind: PageSpanKind | undefined, group: number | undefined): void {
    if (this.pieces.length === 0) return;
    const lines = this.pieces
      .join('')
      .split('\n')
      .map((l) => l.replace(/[^\S\n]+/g, ' ').trim())
      .filter((l) => l !== '');
    this.pieces = [];
    if (lines.length > 0) this.blocks.push({ text: lines.join('\n'), kind, group });
  }
}

interface Frame {
  node: DomNode;
  leaving: boolean;
}

/** Which quotation (and of what kind) an element opens, if any. */
function quoteKind(element: DomElement): PageSpanKind | undefined {
  const marked = element.getAttribute(KIND_ATTRIBUTE);
  if (marked === 'pullquote') return 'pullquote';
  return element.localName === 'blockquote' ? 'blockquote' : undefined;
}

/**
 * The text of an article element as lines, with what the markup says of
 * them: headings are subheads, block quotations and pull quotes are spans
 * over all their lines. An explicit stack, not recursion: a page may nest
 * elements a hundred thousand deep.
 */
export function blocksOf(root: DomElement): Block[] {
  const lines = new Lines();
  const quotes: { kind: PageSpanKind; group: number }[] = [];
  let groups = 0;
  let heading = 0;
  let preformatted = 0;
  const current = (): [PageSpanKind | undefined, number | undefined] => {
    const quote = quotes[quotes.length - 1];
    if (quote) return [quote.kind, quote.group];
    return [heading > 0 ? 'subhead' : undefined, undefined];
  };
  const stack: Frame[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as Frame;
    if (!isElement(node)) {
      if (node.nodeType === TEXT_NODE) lines.add(node.textContent ?? '', preformatted > 0);
      continue;
    }
    const tag = node.localName;
    if (SILENT.has(tag)) continue;
    const block = BLOCKS.has(tag);
    if (leaving) {
      if (block) lines.flush(...current());
      if (HEADINGS.has(tag)) heading--;
      if (tag === 'pre') preformatted--;
      if (quoteKind(node)) quotes.pop();
      if (CELLS.has(tag)) lines.add(' ');
      continue;
    }
    if (tag === 'br') {
      lines.breakLine();
      continue;
    }
    if (block) lines.flush(...current());
    const kind = quoteKind(node);
    // A block quotation inside a pull quote is the pull quote's own setting, not a quotation of its own.
    if (kind && quotes[quotes.length - 1]?.kind !== 'pullquote') quotes.push({ kind, group: groups++ });
    else if (kind) quotes.push(quotes[quotes.length - 1] as { kind: PageSpanKind; group: number });
    if (HEADINGS.has(tag)) heading++;
    if (tag === 'pre') preformatted++;
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as DomNode, leaving: false });
  }
  lines.flush(...current());
  return lines.blocks;
}

/** The headline and blocks as one text, paragraphs apart by a blank line, with the spans over it. */
export function layOut(headline: string | undefined, blocks: Block[]): { text: string; markup: PageSpan[] } {
  const all: Block[] = headline ? [{ text: headline.replace(/\s+/g, ' ').trim(), kind: 'headline' }, ...blocks] : blocks;
  const markup: PageSpan[] = [];
  let text = '';
  let open: (PageSpan & { group?: number }) | undefined;
  for (const block of all) {
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += block.text;
    const end = text.length;
    if (open && block.kind === open.kind && block.group !== undefined && block.group === open.group) {
      open.end = end;
      continue;
    }
    open = undefined;
    if (block.kind) {
      open = { start, end, kind: block.kind, group: block.group };
      markup.push(open);
    }
  }
  return { text, markup: markup.map(({ start, end, kind }) => ({ start, end, kind })) };
}

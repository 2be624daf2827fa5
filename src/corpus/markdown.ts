import type { Nodes, Parents, Root, RootContent, Yaml } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { alignValue } from './align.js';
import { frontMatterFacts, type FrontMatter } from './front-matter.js';
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js';
import type { ArticleFacts, MarkupKind, MarkupSpan } from './types.js';

/** An HTML comment in a Markdown file, with its place in the file: where directives such as `framelens-disable` live. */
export interface SourceComment {
  /** Offsets in the source file. */
  start: number;
  end: number;
  /** What is between `<!--` and `-->`, trimmed. */
  body: string;
}

/** A Markdown file read as an article: its prose as plain text, what the markup said about it, and the way back to the file. */
export interface MarkdownArticle {
  /** The prose, one line per paragraph, heading or list item, blocks apart by a blank line. */
  text: string;
  markup: MarkupSpan[];
  /** Facts from the YAML front matter (title, date, outlet, url, author as byline). */
  facts: Partial<ArticleFacts>;
  /** From offsets in `text` to offsets in the file. */
  map: OffsetMap;
  comments: SourceComment[];
  /** Where the front matter is in the file, fences included. */
  frontMatter?: { start: number; end: number };
}

/** The article text being built: lines of prose, each with its runs in the offset map. */
class ProseWriter {
  text = '';
  readonly map = new OffsetMapBuilder();
  readonly markup: MarkupSpan[] = [];
  private readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  /** Writes one line from inline nodes; returns its text span, or undefined when it holds no prose. */
  line(nodes: readonly Nodes[], comments: SourceComment[]): { start: number; end: number } | undefined {
    const collected = new OffsetMapBuilder();
    let body = '';
    const visit = (node: Nodes): void => {
      switch (node.type) {
        case 'text': {
          const from = node.position?.start.offset;
          const to = node.position?.end.offset;
          if (from === undefined || to === undefined) return;
          body += alignValue(node.value, this.source, from, to, collected);
          return;
        }
        case 'break': {
          const at = node.position?.start.offset ?? 0;
          collected.add(1, at, node.position?.end.offset ?? at, false);
          body += ' ';
          return;
        }
        case 'html':
          commentsIn(node.value, node.position?.start.offset ?? 0, comments);
          return;
        // Code is not prose; an image is not text on the page (its alt text is not the article's words).
        case 'inlineCode':
        case 'image':
        case 'imageReference':
          return;
        default:
          if ('children' in node) for (const child of node.children) visit(child);
      }
    };
    for (const node of nodes) visit(node);
    if (body.trim() === '') return undefined;
    if (this.text.length > 0) {
      // Blocks are apart by a blank line; it stands for the source between them.
      const at = collected.build().sourceStarts[0] ?? 0;
      this.map.add(2, at, at, false);
      this.text += '\n\n';
    }
    const start = this.text.length;
    const runs = collected.build();
    runs.textStarts.forEach((t, r) => {
      const next = runs.textStarts[r + 1] ?? runs.textLength;
      this.map.add(next - t, runs.sourceStarts[r] as number, runs.sourceEnds[r] as number, runs.exact[r] as boolean);
    });
    this.text += body;
    return { start, end: this.text.length };
  }

  mark(start: number, end: number, kind: MarkupKind): void {
    if (end > start) this.markup.push({ start, end, kind });
  }
}

const COMMENT = /<!--([\s\S]*?)-->/g;

function commentsIn(html: string, offset: number, into: SourceComment[]): void {
  for (const m of html.matchAll(COMMENT)) {
    const start = offset + (m.index ?? 0);
    into.push({ start, end: start + m[0].length, body: (m[1] as string).trim() });
  }
}

/** Whether the document has a level-1 heading outside block quotations: then it, not the front matter's title, is the headline. */
function hasTopHeading(root: Root): boolean {
  return root.children.some((n) => n.type === 'heading' && n.depth === 1);
}

/**
 * Reads a Markdown file (CommonMark, with YAML front matter) as an article:
 * paragraphs, headings and list items become lines of text; a block
 * quotation is marked `blockquote` (someone's words, not the outlet's);
 * the first level-1 heading is the headline (or the front matter's title,
 * when the text has none) and other headings are subheads; links keep
 * their text; code, images, raw HTML and front matter are not prose. Every
 * offset of the text maps back to the file through `map`. A pure function:
 * the caller reads the file.
 */
export function parseMarkdown(file: string, source: string): MarkdownArticle {
  const root = fromMarkdown(source, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
  const writer = new ProseWriter(source);
  const comments: SourceComment[] = [];
  const yaml = root.children.find((n): n is Yaml => n.type === 'yaml');
  const front: FrontMatter = yaml ? frontMatterFacts(file, source, yaml) : { facts: {} };
  let headline = false;

  if (front.title && !hasTopHeading(root)) {
    const span = writer.line([front.title], comments);
    if (span) writer.mark(span.start, span.end, 'headline');
    headline = true;
  }

  const blocks = (nodes: readonly RootContent[], quoted: boolean): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading': {
          const span = writer.line(node.children, comments);
          if (!span || quoted) break;
          const kind = node.depth === 1 && !headline ? 'headline' : 'subhead';
          if (kind === 'headline') headline = true;
          writer.mark(span.start, span.end, kind);
          break;
        }
        case 'paragraph':
          writer.line(node.children, comments);
          break;
        case 'blockquote': {
          const start = writer.text.length;
          blocks(node.children, true);
          // The span starts at the quotation's first line, after the blank line that parts it from what came before.
          if (!quoted) writer.mark(start === 0 ? 0 : start + 2, writer.text.length, 'blockquote');
          break;
        }
        case 'html':
          commentsIn(node.value, node.position?.start.offset ?? 0, comments);
          break;
        case 'code':
        case 'yaml':
        case 'definition':
        case 'thematicBreak':
          break;
        default:
          if ('children' in node) blocks((node as Parents).children as RootContent[], quoted);
      }
    }
  };
  blocks(root.children, false);
  const fence = yaml?.position;
  return {
    text: writer.text,
    markup: writer.markup,
    facts: front.facts,
    map: writer.map.build(),
    comments,
    ...(fence?.start.offset !== undefined && fence.end.offset !== undefined ? { frontMatter: { start: fence.start.offset, end: fence.end.offset } } : {}),
  };
}

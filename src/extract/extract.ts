import { Readability } from '@mozilla/readability';
import { parseDocument, type DomElement } from './dom.js';
import { removeFurniture } from './furniture.js';
import { readMetadata } from './metadata.js';
import { removeInlinePromos } from './promos.js';
import { blocksOf, layOut } from './text.js';
import type { ExtractedPage } from './types.js';

export interface ExtractOptions {
  /** The page's address, when known: resolves relative addresses in its metadata. */
  url?: string;
}

const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The body's first line, when it is the headline again (the page's h1 kept in the article), goes: the text starts with the headline already. */
function withoutRepeatedHeadline<B extends { text: string }>(blocks: B[], title: string | undefined): B[] {
  const first = blocks[0];
  return first && title !== undefined && comparable(first.text) === comparable(title) ? blocks.slice(1) : blocks;
}

/** A headline without the site's name that page titles append ("… | TheHill", "… - BBC News"). */
export function withoutSiteName(title: string, names: (string | undefined)[]): string {
  const match = /^(.+?)\s+[|\-–—:·]\s+([^|\-–—:·]+)$/u.exec(title);
  if (!match) return title;
  const suffix = comparable(match[2] as string).replace(/ /g, '');
  return names.some((n) => n !== undefined && comparable(n).replace(/ /g, '') === suffix) ? (match[1] as string) : title;
}

const wordsIn = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * The article in a web page: its text (headline, then the body, one
 * paragraph a line), what its markup says of the parts, and its metadata.
 * Call `pageRefusal` first for a page from a stranger.
 */
export function extractPage(html: string, options: ExtractOptions = {}): ExtractedPage {
  const document = parseDocument(html);
  const metadata = readMetadata(document, options.url);
  removeFurniture(document);
  const reader = new Readability<DomElement>(document, { serializer: (node: unknown) => node as DomElement, keepClasses: true });
  const article = reader.parse();
  const content = article?.content ?? undefined;
  if (content) removeInlinePromos(content);
  const found = metadata.title ?? (article?.title || undefined);
  const title = found === undefined ? undefined : withoutSiteName(found, [metadata.siteName, metadata.publisher, article?.siteName ?? undefined]);
  const blocks = withoutRepeatedHeadline(content ? blocksOf(content) : [], title);
  const { text, markup } = layOut(title, blocks);
  return {
    ...metadata,
    ...(title === undefined ? {} : { title }),
    text,
    markup,
    bodyWords: blocks.reduce((n, b) => n + wordsIn(b.text), 0),
  };
}

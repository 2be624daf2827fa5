import { Parser } from 'htmlparser2';

/** Deeper than any real page (browsers stop nesting at 512); past it, reading the tree costs time that grows with the square of the depth. */
export const MAX_NESTING = 1000;
/** Larger than any real page, 50 MB inline images included. */
export const MAX_PAGE_CHARS = 128 * 1024 * 1024;

export type PageRefusal = { message: string; expected: string };

class TooDeep extends Error {}

/** How deep the page's elements nest, read by the tokenizer alone (no tree is built), stopping once past `limit`. */
export function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > deepest) deepest = depth;
        if (deepest > limit) throw new TooDeep();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
  }
  return deepest;
}

/** Why framelens will not read this page, or undefined when it will. */
export function pageRefusal(html: string): PageRefusal | undefined {
  if (html.length > MAX_PAGE_CHARS) {
    return { message: `the page is ${Math.round(html.length / 1048576)} MB of HTML`, expected: `a web page of at most ${MAX_PAGE_CHARS / 1048576} MB` };
  }
  const depth = nestingDepth(html, MAX_NESTING);
  if (depth > MAX_NESTING) {
    return {
      message: `elements are nested more than ${MAX_NESTING} deep`,
      expected: `a web page whose elements nest at most ${MAX_NESTING} deep (no real page nests so deep); save the article's text as a .txt file instead`,
    };
  }
  return undefined;
}

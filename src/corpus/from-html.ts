import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { UserInputError } from '../errors.js';
import { extractPage } from '../extract/extract.js';
import { MAX_PAGE_CHARS, pageRefusal } from '../extract/limits.js';
import type { ExtractedPage } from '../extract/types.js';
import { decodeText } from './decode.js';
import type { Article, ArticleFacts } from './types.js';

/** File names framelens reads as web pages. */
export const PAGE_FILE = /\.(?:html?|html?\.gz)$/i;

const A_PAGE = 'a web page (HTML) holding a news article';
/** Fewer words than the shortest news brief: what is left of a page that holds no article (a menu, a login wall, a script's empty shell). */
export const MIN_ARTICLE_WORDS = 20;

/** The bytes of a page, gunzipped when they are gzip (a saved `.html.gz`), refusing a gzip bomb. */
function ungzip(source: string, bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_PAGE_CHARS });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = code === 'ERR_BUFFER_TOO_LARGE' ? `unpacks to more than ${MAX_PAGE_CHARS / 1048576} MB` : 'not a valid gzip file';
    throw new UserInputError([{ file: source, message, expected: A_PAGE }]);
  }
}

/** The encoding a page declares in its first bytes (`<meta charset>` or the http-equiv form), if Node can decode it. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (label === undefined || label === 'utf-8' || label === 'utf8') return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** A page's text: as its byte-order mark or `<meta charset>` says, else UTF-8 (checked, as for any text file). */
export function decodePage(source: string, bytes: Uint8Array): string {
  const raw = ungzip(source, bytes);
  const declared = raw[0] === 0xef || raw[0] === 0xfe || raw[0] === 0xff ? undefined : declaredEncoding(raw);
  return declared === undefined ? decodeText(source, raw) : new TextDecoder(declared).decode(raw);
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** News agencies whose copy other sites run under their own name, the agency named as publisher. */
const WIRE_AGENCY = /^(?:the )?(?:associated press|ap|reuters|thomson reuters|afp|agence france-presse|agence france presse|dpa|deutsche presse-agentur|anadolu(?: agency| ajansı)?|aa|efe|agencia efe|ansa|xinhua(?: news agency)?|kyodo(?: news)?|tass|upi|united press international|press association|pa media|pti|press trust of india|bernama|yonhap(?: news agency)?)$/i;

/** A wire agency named as the page's publisher on a site of another name: the site ran the agency's copy. */
export function wireSourceOf(page: ExtractedPage): string | undefined {
  return page.publisher && page.siteName && WIRE_AGENCY.test(page.publisher.trim()) && !WIRE_AGENCY.test(page.siteName.trim()) ? page.publisher : undefined;
}

/** The outlet a page names: its publisher (unless that is a wire agency whose copy the site ran), its site name, else its address's host. */
export function outletOf(page: ExtractedPage): string | undefined {
  if (page.publisher && !wireSourceOf(page)) return page.publisher;
  if (page.siteName) return page.siteName;
  return page.url ? new URL(page.url).hostname.replace(/^www\./, '') : undefined;
}

/** The article in a page, refusing a page too deep or too large to read and one that holds no article. */
export function pageFromHtml(source: string, html: string, url?: string): ExtractedPage {
  const refusal = pageRefusal(html);
  if (refusal) throw new UserInputError([{ file: source, ...refusal }]);
  const page = extractPage(html, url ? { url } : {});
  if (page.bodyWords < MIN_ARTICLE_WORDS) {
    throw new UserInputError([
      {
        file: source,
        message: `no article found in the page (${page.bodyWords} word(s) of body text: an index, a login wall or a page of scripts?)`,
        expected: `${A_PAGE}; save the article's own page, or its text as a .txt file`,
      },
    ]);
  }
  return page;
}

/** The article taken out of a page's HTML; what is given (a manifest entry, a JSONL line) overrides what the page says. */
export function articleFromHtml(source: string, html: string, given: { id: string } & Partial<ArticleFacts>, sourceSha256: string): Article {
  const page = pageFromHtml(source, html, given.url);
  const outlet = given.outlet ?? outletOf(page);
  if (outlet === undefined) {
    throw new UserInputError([{ file: source, message: 'the page names no publisher, site or address to take its outlet from', expected: 'an "outlet" for it in the corpus manifest (or JSONL line)' }]);
  }
  const fromPage: Partial<ArticleFacts> = { title: page.title, date: page.date, url: page.url, byline: page.author, wireSource: wireSourceOf(page) };
  const facts = Object.fromEntries(Object.entries({ ...fromPage, ...given }).filter(([, v]) => v !== undefined));
  return { ...facts, id: given.id, outlet, text: page.text, source, markup: page.markup, origin: { format: 'html', sha256: sourceSha256 } };
}

/** A page file read as an article: bytes in (gzipped or not), the article out. */
export function articleFromPageFile(source: string, bytes: Uint8Array, given: { id: string } & Partial<ArticleFacts>): Article {
  return articleFromHtml(source, decodePage(source, bytes), given, sha256(bytes));
}

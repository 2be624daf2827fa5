import { foldForMatching } from './fold.js';
import { normalizeForMatch, HYPHEN_CHARS } from './normalize.js';
import type { AnalyzedText, Sentence, Token, TokenColumns, TokenKind } from './types.js';
import { wink } from './wink.js';

/** A token's kind from its first character: cheaper than asking wink for its type, and all matching needs. */
function kindOf(value: string): TokenKind {
  const c = value.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'word';
  if (c >= 0x30 && c <= 0x39) return 'number';
  if (c === 0x0a || c === 0x0d || c === 0x09) return 'linebreak';
  if (c < 0x80) return /[!-/:-@[-`{-~]/.test(value.charAt(0)) ? 'punctuation' : 'other';
  if (/^\p{L}|^\p{M}/u.test(value)) return 'word';
  if (/^\p{N}/u.test(value)) return 'number';
  if (/^\p{P}/u.test(value)) return 'punctuation';
  if (/^\p{S}/u.test(value)) return 'symbol';
  if (/^\s/u.test(value)) return 'linebreak';
  return 'other';
}

/*
 * wink keeps a possessive fused (`Israel’s`) when it saw that word before
 * punctuation earlier in the process, so its tokens depend on what was read
 * before. Splitting every fused possessive ourselves makes tokens a function
 * of the text alone.
 */
const FUSED_POSSESSIVE = /^(.*[\p{L}\p{N}])(['\u2019\u02BC][sS])$/u;
/** A hyphen of any kind between two letters or digits inside one wink token (wink splits only ASCII ones). */
const INNER_HYPHEN = new RegExp(`(?<=[\\p{L}\\p{N}])${HYPHEN_CHARS.source}(?=[\\p{L}\\p{N}])`, 'gu');

/** One of the tokens a wink token becomes, relative to the wink token's start. */
interface Part {
  offset: number;
  text: string;
  norm: string;
  /** Overrides the wink token's POS and kind (a split-off 's or hyphen). */
  pos?: string;
  kind?: TokenKind;
}

function part(offset: number, text: string, pos?: string, kind?: TokenKind): Part {
  return { offset, text, norm: normalizeForMatch(text), pos, kind };
}

function splitToken(value: string, wordLike: boolean): Part[] {
  const possessive = value.length > 2 ? FUSED_POSSESSIVE.exec(value) : null;
  if (possessive && possessive[1]) {
    const base = possessive[1];
    return [...splitToken(base, wordLike), part(base.length, value.slice(base.length), 'PART', 'word')];
  }
  if (wordLike && value.length > 2 && HYPHEN_CHARS.test(value)) {
    const parts: Part[] = [];
    let from = 0;
    for (const m of value.matchAll(INNER_HYPHEN)) {
      const at = m.index ?? 0;
      parts.push(part(from, value.slice(from, at)), part(at, m[0], 'PUNCT', 'punctuation'));
      from = at + m[0].length;
    }
    parts.push(part(from, from === 0 ? value : value.slice(from)));
    return parts;
  }
  return [part(0, value)];
}

/*
 * News vocabulary is small next to its token count, so how each distinct
 * wink token splits and normalises is remembered; the cache is dropped when
 * it grows past a bound, so memory stays flat on any corpus.
 */
interface Split {
  kind: TokenKind;
  parts: Part[];
}

const splits = new Map<string, Split>();
const SPLIT_CACHE_LIMIT = 200_000;

/** A wink token's kind and the tokens it becomes. */
function splitOf(value: string): Split {
  let split = splits.get(value);
  if (split === undefined) {
    const kind = kindOf(value);
    split = { kind, parts: splitToken(value, kind === 'word') };
    if (splits.size >= SPLIT_CACHE_LIMIT) splits.clear();
    splits.set(value, split);
  }
  return split;
}

/*
 * wink's tokenizer takes time quadratic in the length of a run without
 * whitespace (a megabyte of letters takes minutes). No real word is this
 * long, so such a run is cut for wink by putting a space in place of one
 * character every MAX_RUN characters; wink reads a copy of the same length,
 * so offsets are unchanged, and the cut characters belong to no token.
 */
const MAX_RUN = 256;

/** The characters wink splits tokens on (its model's "splitter"). */
function isWinkSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 || (code >= 0x2002 && code <= 0x2005) || code === 0x2009 || code === 0x200a || code === 0x202f || code === 0x205f;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The text as wink should read it: the same, or with very long runs cut by spaces at the same length. */
export function textForWink(text: string): string {
  let run = 0;
  let fed: string | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWinkSpace(code)) run = 0;
    else if (++run >= MAX_RUN && !isLowSurrogate(code)) {
      // A character outside the BMP (a surrogate pair) is cut whole, so no half of it is left behind.
      const width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      fed = `${fed ?? ''}${text.slice(from, i)}${' '.repeat(width)}`;
      from = i + width;
      i += width - 1;
      run = 0;
    }
  }
  return fed === undefined ? text : fed + text.slice(from);
}

/**
 * Where wink's next token starts, at or after `cursor`: only whitespace lies
 * between two tokens, so it is the first occurrence of the token's value.
 * Skipping wink's spaces finds it without a search; a token that is itself
 * whitespace (a line break), or anything unexpected, falls back to searching.
 */
function tokenStart(fed: string, value: string, cursor: number): number {
  let at = cursor;
  if (!isWinkSpace(value.charCodeAt(0))) {
    while (at < fed.length && isWinkSpace(fed.charCodeAt(at))) at++;
    if (fed.startsWith(value, at)) return at;
  }
  const found = fed.indexOf(value, cursor);
  return found >= 0 ? found : cursor;
}

/**
 * Tokens and sentences of a text with character offsets into it: wink's
 * token values are found in the text in order, so offsets are exact.
 */
export function analyzeText(text: string): AnalyzedText {
  const nlp = wink();
  const its = nlp.its;
  // wink reads the text folded for matching (invisible characters, Turkish i, compatibility forms: fold.ts), with
  // very long runs cut; offsets are found in what it read and mapped back to the original.
  const folded = foldForMatching(text);
  const fed = textForWink(folded.text);
  const doc = nlp.readDoc(fed);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];

  // How each wink token splits is looked up once; the count sizes the offset columns exactly.
  const splitList: Split[] = new Array<Split>(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const split = splitOf(values[i] as string);
    splitList[i] = split;
    count += split.parts.length;
  }
  const tokens: TokenColumns = { starts: new Int32Array(count), ends: new Int32Array(count), texts: [], norms: [], pos: [], kinds: [] };
  const { starts, ends, texts, norms, pos: tagsOut, kinds } = tokens;
  /** Index of our first token for each wink token, plus one entry past the end. */
  const firstOf = new Int32Array(values.length + 1);
  let cursor = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    cursor = tokenStart(fed, value, cursor);
    firstOf[i] = n;
    const { kind, parts } = splitList[i] as Split;
    const pos = tags[i] ?? 'X';
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k] as Part;
      const start = cursor + p.offset;
      starts[n] = folded.startOf(start);
      ends[n] = p.text.length === 0 ? (starts[n] as number) : folded.endOf(start + p.text.length - 1);
      n++;
      texts.push(p.text);
      norms.push(p.norm);
      tagsOut.push(p.pos ?? pos);
      kinds.push(p.kind ?? kind);
    }
    cursor += value.length;
  }
  firstOf[values.length] = n;

  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    const firstToken = firstOf[first] ?? 0;
    const endToken = firstOf[last + 1] ?? n;
    if (endToken <= firstToken) continue;
    sentences.push({ start: starts[firstToken] as number, end: ends[endToken - 1] as number, firstToken, endToken });
  }
  return { tokens, sentences };
}

/** The tokens of an analysed text as objects, for tests and inspection (the pipeline reads the columns). */
export function tokenList({ tokens }: AnalyzedText): Token[] {
  return Array.from(tokens.starts, (start, i) => ({
    start,
    end: tokens.ends[i] as number,
    text: tokens.texts[i] as string,
    norm: tokens.norms[i] as string,
    pos: tokens.pos[i] as string,
    kind: tokens.kinds[i] as TokenKind,
  }));
}

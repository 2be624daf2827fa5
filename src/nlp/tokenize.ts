import { normalizeForMatch, HYPHEN_CHARS } from './normalize.js';
import type { AnalyzedText, Sentence, Token, TokenKind } from './types.js';
import { wink } from './wink.js';

const KIND_OF_WINK_TYPE: Record<string, TokenKind> = {
  word: 'word',
  number: 'number',
  ordinal: 'number',
  punctuation: 'punctuation',
  symbol: 'symbol',
  currency: 'symbol',
  tabCRLF: 'linebreak',
};

/*
 * wink keeps a possessive fused (`Israel’s`) when it saw that word before
 * punctuation earlier in the process, so its tokens depend on what was read
 * before. Splitting every fused possessive ourselves makes tokens a function
 * of the text alone.
 */
const FUSED_POSSESSIVE = /^(.*[\p{L}\p{N}])(['\u2019\u02BC][sS])$/u;
/** A hyphen of any kind between two letters or digits inside one wink token (wink splits only ASCII ones). */
const INNER_HYPHEN = new RegExp(`(?<=[\\p{L}\\p{N}])${HYPHEN_CHARS.source}(?=[\\p{L}\\p{N}])`, 'gu');

function pushToken(out: Token[], text: string, start: number, end: number, pos: string, kind: TokenKind): void {
  const value = text.slice(start, end);
  out.push({ start, end, text: value, norm: normalizeForMatch(value), pos, kind });
}

function pushWordParts(out: Token[], text: string, start: number, end: number, pos: string, kind: TokenKind): void {
  const value = text.slice(start, end);
  const possessive = FUSED_POSSESSIVE.exec(value);
  if (possessive && possessive[1]) {
    const baseEnd = start + possessive[1].length;
    pushWordParts(out, text, start, baseEnd, pos, kind);
    pushToken(out, text, baseEnd, end, 'PART', 'word');
    return;
  }
  if (kind === 'word') {
    let from = start;
    for (const m of value.matchAll(INNER_HYPHEN)) {
      const at = start + (m.index ?? 0);
      pushToken(out, text, from, at, pos, kind);
      pushToken(out, text, at, at + m[0].length, 'PUNCT', 'punctuation');
      from = at + m[0].length;
    }
    pushToken(out, text, from, end, pos, kind);
    return;
  }
  pushToken(out, text, start, end, pos, kind);
}

/**
 * Tokens and sentences of a text with character offsets into it. wink's
 * tokens are aligned to the text by their preceding whitespace; where that
 * ever disagrees, the token is searched for, so offsets are always exact.
 */
export function analyzeText(text: string): AnalyzedText {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];

  const tokens: Token[] = [];
  /** Index of our first token for each wink token, plus one entry past the end. */
  const firstOf: number[] = new Array<number>(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    firstOf[i] = tokens.length;
    const kind = KIND_OF_WINK_TYPE[types[i] ?? ''] ?? 'other';
    pushWordParts(tokens, text, cursor, cursor + value.length, tags[i] ?? 'X', kind);
    cursor += value.length;
  }
  firstOf[values.length] = tokens.length;

  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    const firstToken = firstOf[first] ?? 0;
    const endToken = firstOf[last + 1] ?? tokens.length;
    if (endToken <= firstToken) continue;
    sentences.push({
      start: (tokens[firstToken] as Token).start,
      end: (tokens[endToken - 1] as Token).end,
      firstToken,
      endToken,
    });
  }
  return { tokens, sentences };
}

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'linebreak' | 'other';

/** A token with its exact place in the original text: `text.slice(start, end) === token.text`. */
export interface Token {
  start: number;
  end: number;
  /** The characters as written. */
  text: string;
  /** Lower-cased, NFKC, with every apostrophe as ' and every dash or hyphen as -: what matching compares. */
  norm: string;
  /** Universal POS tag from wink (Israeli is PROPN). */
  pos: string;
  kind: TokenKind;
}

/** A sentence as a half-open range of tokens and of characters. */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
}

/**
 * A text's tokens as parallel columns, token i being entry i of each: a
 * corpus has millions of tokens, and one object each was a large part of
 * the pipeline's time and garbage. `tokenList` gives them as objects.
 */
export interface TokenColumns {
  starts: Int32Array;
  ends: Int32Array;
  texts: string[];
  norms: string[];
  pos: string[];
  kinds: TokenKind[];
}

export interface AnalyzedText {
  tokens: TokenColumns;
  sentences: Sentence[];
}

import type { AnalyzedText, TokenColumns } from '../nlp/types.js';

/**
 * The units of a text that patterns are matched against: line breaks
 * dropped, and a hyphen that joins two words dropped too, so that `al-Aqsa`
 * and `Al Aqsa` give the same units. Unit j is token `at[j]` of `tokens`
 * (the columns are read in place: copying them per text was most of the
 * matcher's garbage). `sentenceEnds[s]` is one past the last unit of
 * sentence s.
 */
export interface MatchUnits {
  tokens: TokenColumns;
  at: Int32Array;
  sentenceEnds: number[];
}

function isJoiningHyphen(tokens: TokenColumns, i: number): boolean {
  if (tokens.norms[i] !== '-' || i === 0 || i + 1 >= tokens.norms.length) return false;
  const { starts, ends, kinds } = tokens;
  return ends[i - 1] === starts[i] && starts[i + 1] === ends[i] && kinds[i - 1] !== 'punctuation' && kinds[i + 1] !== 'punctuation';
}

export function matchUnits(analyzed: AnalyzedText): MatchUnits {
  const { tokens } = analyzed;
  const { norms, kinds } = tokens;
  const at = new Int32Array(norms.length);
  const sentenceEnds: number[] = [];
  let n = 0;
  for (const sentence of analyzed.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (kinds[i] === 'linebreak' || (norms[i] as string).trim() === '' || isJoiningHyphen(tokens, i)) continue;
      at[n++] = i;
    }
    sentenceEnds.push(n);
  }
  return { tokens, at: at.subarray(0, n), sentenceEnds };
}

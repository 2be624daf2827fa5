import type { AnalyzedText, TokenColumns } from '../nlp/types.js';

/**
 * The units of a text that patterns are matched against, as parallel arrays
 * (one object per token would be most of the matcher's garbage): line breaks
 * dropped, and a hyphen that joins two words dropped too, so that `al-Aqsa`
 * and `Al Aqsa` give the same units. `sentenceEnds[s]` is one past the last
 * unit of sentence s.
 */
export interface MatchUnits {
  keys: string[];
  /** Each unit as written, for case-sensitive pattern words. */
  texts: string[];
  /** Each unit's Universal POS tag, for part-of-speech slots. */
  pos: string[];
  starts: number[];
  ends: number[];
  sentenceEnds: number[];
}

function isJoiningHyphen(tokens: TokenColumns, i: number): boolean {
  if (tokens.norms[i] !== '-' || i === 0 || i + 1 >= tokens.norms.length) return false;
  const { starts, ends, kinds } = tokens;
  return ends[i - 1] === starts[i] && starts[i + 1] === ends[i] && kinds[i - 1] !== 'punctuation' && kinds[i + 1] !== 'punctuation';
}

export function matchUnits(analyzed: AnalyzedText): MatchUnits {
  const { tokens } = analyzed;
  const { norms, texts, pos, starts, ends, kinds } = tokens;
  const units: MatchUnits = { keys: [], texts: [], pos: [], starts: [], ends: [], sentenceEnds: [] };
  for (const sentence of analyzed.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const norm = norms[i] as string;
      if (kinds[i] === 'linebreak' || norm.trim() === '' || isJoiningHyphen(tokens, i)) continue;
      units.keys.push(norm);
      units.texts.push(texts[i] as string);
      units.pos.push(pos[i] as string);
      units.starts.push(starts[i] as number);
      units.ends.push(ends[i] as number);
    }
    units.sentenceEnds.push(units.keys.length);
  }
  return units;
}

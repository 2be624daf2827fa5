import type { AnalyzedText, Token } from '../nlp/types.js';

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

function isJoiningHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.norm !== '-') return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before !== undefined && after !== undefined && before.end === t.start && after.start === t.end && before.kind !== 'punctuation' && after.kind !== 'punctuation';
}

export function matchUnits(analyzed: AnalyzedText): MatchUnits {
  const { tokens } = analyzed;
  const units: MatchUnits = { keys: [], texts: [], pos: [], starts: [], ends: [], sentenceEnds: [] };
  for (const sentence of analyzed.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'linebreak' || t.norm.trim() === '' || isJoiningHyphen(tokens, i)) continue;
      units.keys.push(t.norm);
      units.texts.push(t.text);
      units.pos.push(t.pos);
      units.starts.push(t.start);
      units.ends.push(t.end);
    }
    units.sentenceEnds.push(units.keys.length);
  }
  return units;
}

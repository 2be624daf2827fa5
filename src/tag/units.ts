import type { AnalyzedText, Token } from '../nlp/types.js';

/** A token as matching sees it: its normalised key and its place in the text. */
export interface MatchUnit {
  key: string;
  start: number;
  end: number;
}

function isJoiningHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.norm !== '-') return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before !== undefined && after !== undefined && before.end === t.start && after.start === t.end && before.kind !== 'punctuation' && after.kind !== 'punctuation';
}

/**
 * The units of each sentence that patterns are matched against: line breaks
 * dropped, and a hyphen that joins two words dropped too, so that `al-Aqsa`
 * and `Al Aqsa` give the same units.
 */
export function matchUnitsBySentence(analyzed: AnalyzedText): MatchUnit[][] {
  const { tokens } = analyzed;
  return analyzed.sentences.map((sentence) => {
    const units: MatchUnit[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'linebreak' || t.norm.trim() === '' || isJoiningHyphen(tokens, i)) continue;
      units.push({ key: t.norm, start: t.start, end: t.end });
    }
    return units;
  });
}

import { normalizeForMatch } from '../nlp/normalize.js';
import { wordMatches } from '../nlp/words.js';

/** A rendering's text in pieces, each word marked when the reference rendering does not have it. */
export interface DiffPiece {
  text: string;
  differs: boolean;
}

/** Marks the words of `text` missing from `reference`, so a reader sees where two outlets' wording differs. */
export function wordDiff(text: string, reference: string): DiffPiece[] {
  const known = new Set([...wordMatches(reference)].map((m) => normalizeForMatch(m[0])));
  const pieces: DiffPiece[] = [];
  let cursor = 0;
  for (const m of wordMatches(text)) {
    const at = m.index ?? 0;
    if (at > cursor) pieces.push({ text: text.slice(cursor, at), differs: false });
    pieces.push({ text: m[0], differs: !known.has(normalizeForMatch(m[0])) });
    cursor = at + m[0].length;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), differs: false });
  return pieces;
}

import { dice, fingerprint } from '../nlp/similarity.js';
import type { CopyDifference } from './types.js';

/** Paragraphs this alike (Dice of character bigrams) are one paragraph reworded; below, one was added and one cut. */
const REWORDED = 0.6;

function paragraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

function best(paragraph: string, among: string[]): { text: string; similarity: number } | undefined {
  let found: { text: string; similarity: number } | undefined;
  for (const other of among) {
    const similarity = other === paragraph ? 1 : dice(fingerprint(paragraph), fingerprint(other));
    if (!found || similarity > found.similarity) found = { text: other, similarity };
  }
  return found;
}

/** What a copy added, cut or reworded against another, paragraph by paragraph. */
export function copyDifferences(copy: string, original: string): CopyDifference[] {
  const mine = paragraphs(copy);
  const theirs = paragraphs(original);
  const changes: CopyDifference[] = [];
  const matched = new Set<string>();
  for (const p of mine) {
    const match = best(p, theirs);
    if (match && match.similarity >= REWORDED) {
      matched.add(match.text);
      if (match.similarity < 1) changes.push({ kind: 'reworded', text: p, other: match.text, similarity: match.similarity });
    } else changes.push({ kind: 'added', text: p });
  }
  for (const p of theirs) if (!matched.has(p)) changes.push({ kind: 'cut', text: p });
  return changes;
}

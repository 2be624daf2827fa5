import { dice, fingerprint, type Fingerprint } from '../nlp/similarity.js';
import type { CopyDifference } from './types.js';

/** Paragraphs this alike (Dice of character bigrams) are one paragraph reworded; below, one was added and one cut. */
const REWORDED = 0.6;

function paragraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** A paragraph with its fingerprint, made once: each paragraph of a copy is compared with every paragraph of the original. */
interface Paragraph {
  text: string;
  print: Fingerprint;
}

function best(paragraph: Paragraph, among: Paragraph[]): { text: string; similarity: number } | undefined {
  let found: { text: string; similarity: number } | undefined;
  for (const other of among) {
    const similarity = other.text === paragraph.text ? 1 : dice(paragraph.print, other.print);
    if (!found || similarity > found.similarity) found = { text: other.text, similarity };
  }
  return found;
}

const withPrint = (text: string): Paragraph => ({ text, print: fingerprint(text) });

/** What a copy added, cut or reworded against another, paragraph by paragraph. */
export function copyDifferences(copy: string, original: string): CopyDifference[] {
  const mine = paragraphs(copy);
  const theirs = paragraphs(original).map(withPrint);
  const changes: CopyDifference[] = [];
  const matched = new Set<string>();
  for (const p of mine) {
    const match = best(withPrint(p), theirs);
    if (match && match.similarity >= REWORDED) {
      matched.add(match.text);
      if (match.similarity < 1) changes.push({ kind: 'reworded', text: p, other: match.text, similarity: match.similarity });
    } else changes.push({ kind: 'added', text: p });
  }
  for (const { text } of theirs) if (!matched.has(text)) changes.push({ kind: 'cut', text });
  return changes;
}

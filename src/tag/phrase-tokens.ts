import { analyzeText } from '../nlp/tokenize.js';
import { matchUnits } from './units.js';

/** A phrase's units as article text would give them: normalised keys and the units as written. */
export interface PhraseUnits {
  keys: string[];
  texts: string[];
}

/** Keeps phrases apart in the batch: a blank line is whitespace to the tokenizer and never joins two words. */
const SEPARATOR = '\n\n';

/**
 * The units of many phrases, tokenised exactly as article text is but in
 * one wink document: one `readDoc` per phrase costs ~20× more on a large
 * lexicon. Each unit goes to the phrase its offset falls in.
 */
export function phraseUnits(phrases: string[]): PhraseUnits[] {
  const result: PhraseUnits[] = phrases.map(() => ({ keys: [], texts: [] }));
  if (phrases.length === 0) return result;
  const ends: number[] = [];
  let length = 0;
  for (const phrase of phrases) {
    length += phrase.length;
    ends.push(length);
    length += SEPARATOR.length;
  }
  const { tokens, at } = matchUnits(analyzeText(phrases.join(SEPARATOR)));
  let phrase = 0;
  for (const t of at) {
    const start = tokens.starts[t] as number;
    while (start >= (ends[phrase] as number)) phrase++;
    const target = result[phrase] as PhraseUnits;
    target.keys.push(tokens.norms[t] as string);
    target.texts.push(tokens.texts[t] as string);
  }
  return result;
}

/** The units of one phrase on its own: the reference that the batched form must equal. */
export function phraseUnitsAlone(phrase: string): PhraseUnits {
  const { tokens, at } = matchUnits(analyzeText(phrase));
  return { keys: Array.from(at, (t) => tokens.norms[t] as string), texts: Array.from(at, (t) => tokens.texts[t] as string) };
}

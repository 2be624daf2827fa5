import { countWords } from '../nlp/words.js';
import { OUT_OF_ARTICLE, OWN_VOICE_QUOTES, type ArticleStructure } from './types.js';

/** Words of an article by part (boilerplate counts captions and bylines too: everything that is not the article's text). narrator = total − boilerplate − quoted; topNarrator is the narrator's words in headline and lede. */
export interface PartWords {
  total: number;
  boilerplate: number;
  quoted: number;
  narrator: number;
  topNarrator: number;
}

/** Words of the text in [start, end) that lie outside every quotation. */
function unquotedWords(text: string, start: number, end: number, quotes: ArticleStructure['quotes']): number {
  let n = countWords(text, start, end);
  for (const q of quotes) {
    if (q.end <= start || q.start >= end) continue;
    n -= countWords(text, Math.max(q.start, start), Math.min(q.end, end));
  }
  return n;
}

/** Quotations and segment edges fall on marks and line breaks, never inside a word, so the parts add up to the total. */
export function partWords(text: string, structure: ArticleStructure): PartWords {
  const total = countWords(text);
  // Scare quotes are the outlet's own words.
  const quotes = structure.quotes.filter((q) => !OWN_VOICE_QUOTES.has(q.kind));
  let boilerplate = 0;
  let topNarrator = 0;
  for (const s of structure.segments) {
    if (OUT_OF_ARTICLE.has(s.kind)) boilerplate += countWords(text, s.start, s.end);
    else if (s.kind === 'headline' || s.kind === 'lede') topNarrator += unquotedWords(text, s.start, s.end, quotes);
  }
  const quoted = quotes.reduce((n, q) => n + countWords(text, q.start, q.end), 0);
  return { total, boilerplate, quoted, narrator: total - boilerplate - quoted, topNarrator };
}

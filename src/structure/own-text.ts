import { OUT_OF_ARTICLE, OWN_VOICE_QUOTES, type ArticleStructure } from './types.js';

export interface Range {
  start: number;
  end: number;
}

/** The text with the given ranges blanked out (a line break each, so words on either side never join). */
function textWithout(text: string, ranges: Range[]): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const r of sorted) {
    if (r.end <= cursor) continue;
    out += `${text.slice(cursor, Math.max(cursor, r.start))}\n`;
    cursor = Math.max(cursor, r.end);
  }
  return out + text.slice(cursor);
}

function boilerplateRanges(structure: ArticleStructure): Range[] {
  return structure.segments.filter((s) => OUT_OF_ARTICLE.has(s.kind));
}

/** The article without its page boilerplate: what two copies of one story are compared on. */
export function articleText(text: string, structure: ArticleStructure, includeBoilerplate: boolean): string {
  return includeBoilerplate ? text : textWithout(text, boilerplateRanges(structure));
}


/** The ranges left out of the article's own text: boilerplate unless included. */
export function notArticleRanges(structure: ArticleStructure, includeBoilerplate: boolean): Range[] {
  return includeBoilerplate ? [] : boilerplateRanges(structure);
}

/** The ranges left out of the outlet's own voice: quotations (scare quotes are its own), and boilerplate unless included. */
export function notOwnVoiceRanges(structure: ArticleStructure, includeBoilerplate: boolean): Range[] {
  return [...notArticleRanges(structure, includeBoilerplate), ...structure.quotes.filter((q) => !OWN_VOICE_QUOTES.has(q.kind))];
}

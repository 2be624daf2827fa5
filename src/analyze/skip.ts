import type { Article } from '../corpus/types.js';
import { hasWord } from '../nlp/words.js';
import type { SkippedArticle } from './types.js';

/**
 * Why an article cannot be scored, or undefined when it can: a rate per
 * 1,000 words needs at least one word, and an empty file is far more often
 * a failed download than an article.
 */
export function skipReason(text: string): string | undefined {
  if (text.length === 0) return 'empty';
  if (text.trim() === '') return 'only whitespace';
  return hasWord(text) ? undefined : 'no words (only punctuation or symbols)';
}

/** The articles to analyse and those set aside, each with its reason; both in the order given. */
export function setAsideWordless(articles: Article[]): { analysable: Article[]; skipped: SkippedArticle[] } {
  const analysable: Article[] = [];
  const skipped: SkippedArticle[] = [];
  for (const article of articles) {
    const reason = skipReason(article.text);
    if (reason === undefined) analysable.push(article);
    else skipped.push({ article, reason });
  }
  return { analysable, skipped };
}

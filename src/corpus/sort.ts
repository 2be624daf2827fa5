import type { Article } from './types.js';

/** Articles in id order, so that no result depends on the order files were listed or lines written. */
export function sortArticles(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

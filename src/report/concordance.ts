import type { ArticleAnalysis } from '../analyze/index.js';
import type { VoicedHit } from '../tag/types.js';

/** One keyword-in-context line: the hit with the words around it, and where it is. */
export interface ConcordanceLine {
  articleId: string;
  outlet: string;
  hit: VoicedHit;
  /** 1-based number of the hit on its article page (anchor `#hit-N`). */
  n: number;
  left: string;
  right: string;
}

const CONTEXT_CHARS = 70;

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Context cut at a word boundary so a line never starts or ends mid-word. */
export function contextAround(text: string, start: number, end: number, width = CONTEXT_CHARS): { left: string; right: string } {
  let from = Math.max(0, start - width);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  let to = Math.min(text.length, end + width);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return { left: (from > 0 ? '… ' : '') + flatten(text.slice(from, start)), right: flatten(text.slice(end, to)) + (to < text.length ? ' …' : '') };
}

/** Every hit of the corpus as a concordance line, in article then text order. */
export function concordance(articles: ArticleAnalysis[]): ConcordanceLine[] {
  return articles.flatMap(({ article, hits }) =>
    hits.map((hit, i) => ({ articleId: article.id, outlet: article.outlet, hit, n: i + 1, ...contextAround(article.text, hit.start, hit.end) })),
  );
}

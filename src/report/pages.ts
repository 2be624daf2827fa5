import type { ArticleAnalysis } from '../analyze/index.js';
import { slug } from './slug.js';

/** File name of each article's page: its id made safe for a path, unique even when two ids sanitise alike. */
export function articlePagePaths(articles: ArticleAnalysis[]): Map<string, string> {
  const paths = new Map<string, string>();
  const used = new Set<string>();
  for (const { article } of articles) {
    const base = slug(article.id);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    paths.set(article.id, `articles/${name}.html`);
  }
  return paths;
}

/** File name of each referent's page, from its lexicon/referent key. */
export function referentPagePath(referentKey: string): string {
  return `referents/${slug(referentKey.replace('/', '--'))}.html`;
}

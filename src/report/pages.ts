import type { ArticleAnalysis } from '../analyze/index.js';

/** File name of each article's page: its id made safe for a path, unique even when two ids sanitise alike. */
export function articlePagePaths(articles: ArticleAnalysis[]): Map<string, string> {
  const paths = new Map<string, string>();
  const used = new Set<string>();
  for (const { article } of articles) {
    const base = article.id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'article';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    paths.set(article.id, `articles/${name}.html`);
  }
  return paths;
}

import type { AnalysisResult, StoryAnalysis } from '../analyze/index.js';
import { slug } from './slug.js';

export function storyPagePath(story: string): string {
  return `stories/${slug(story)}.html`;
}

/** The analysis narrowed to one story, so the index's views serve a story's page unchanged. */
export function storyScope(analysis: AnalysisResult, story: StoryAnalysis): AnalysisResult {
  const ids = new Set(story.articles);
  const articles = analysis.articles.filter((a) => ids.has(a.article.id));
  return {
    ...analysis,
    corpus: { ...analysis.corpus, title: story.story },
    articles,
    outlets: story.outlets,
    comparison: story.comparison,
    sharedCopies: analysis.sharedCopies.filter((g) => g.articles.some((id) => ids.has(id))),
    stories: [],
    totals: {
      articles: articles.length,
      skipped: 0,
      outlets: story.outlets.length,
      words: articles.reduce((n, a) => n + a.words, 0),
      hits: articles.reduce((n, a) => n + a.hits.length, 0),
    },
  };
}

import type { ReportModel, StoryModel } from '../model/types.js';
import type { IndexScope } from './view-index.js';

/** One story's share of the model, so the index's views serve a story's page unchanged. */
export function storyScope(story: StoryModel): IndexScope {
  return {
    title: story.story,
    outlets: story.outlets,
    comparison: story.comparison,
    totals: { articles: story.articles, skipped: 0, outlets: story.outlets.length, words: story.words, hits: story.hits },
  };
}

export function corpusScope(model: ReportModel): IndexScope {
  return { title: model.corpus.title ?? 'framelens report', outlets: model.outlets, comparison: model.comparison, totals: model.totals };
}

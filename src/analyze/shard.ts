import type { Article } from '../corpus/types.js';
import { wordsOutside } from '../nlp/token-words.js';
import { countWordTerms } from '../nlp/vocabulary.js';
import { notArticleRanges, notOwnVoiceRanges } from '../structure/own-text.js';
import { wordsFingerprint } from '../syndication/fingerprint.js';
import { minhashSignature } from '../syndication/minhash.js';
import { analyzeArticleTokens, type Prepared } from './article.js';
import type { ArticleFindings } from './types.js';

/** What one shard of articles yields; plain arrays so it crosses from a worker thread cheaply. */
export interface ShardResult {
  findings: ArticleFindings[];
  /** Per outlet, the content terms of its own voice with their counts in this shard. */
  vocabulary: [string, [string, number][]][];
  /** Per article, in order: the shingle fingerprint of its text without boilerplate, which shared-copy detection compares. */
  fingerprints: number[][];
  /** Per article, in order: the MinHash signature of that fingerprint (computed here, in parallel, rather than in the main thread). */
  signatures: Uint32Array[];
}

/** Analyses a shard of articles: the same code runs in this thread or in a worker. */
export function analyzeShard(articles: Article[], prepared: Prepared): ShardResult {
  const vocabulary = new Map<string, Map<string, number>>();
  const fingerprints: number[][] = [];
  const signatures: Uint32Array[] = [];
  const findings = articles.map((article) => {
    let terms = vocabulary.get(article.outlet);
    if (!terms) {
      terms = new Map();
      vocabulary.set(article.outlet, terms);
    }
    const { findings: found, tokens } = analyzeArticleTokens(article, prepared);
    countWordTerms(wordsOutside(tokens, notOwnVoiceRanges(found.structure, prepared.includeBoilerplate)), terms);
    const fingerprint = wordsFingerprint(wordsOutside(tokens, notArticleRanges(found.structure, prepared.includeBoilerplate)));
    fingerprints.push(fingerprint);
    signatures.push(minhashSignature(fingerprint));
    return found;
  });
  return { findings, vocabulary: [...vocabulary].map(([outlet, terms]) => [outlet, [...terms]]), fingerprints, signatures };
}

/** Sums shards' vocabularies; the sum does not depend on how the articles were split. */
export function mergeVocabularies(shards: ShardResult[]): Map<string, Map<string, number>> {
  const merged = new Map<string, Map<string, number>>();
  for (const shard of shards) {
    for (const [outlet, terms] of shard.vocabulary) {
      let into = merged.get(outlet);
      if (!into) {
        into = new Map();
        merged.set(outlet, into);
      }
      for (const [term, count] of terms) into.set(term, (into.get(term) ?? 0) + count);
    }
  }
  return merged;
}

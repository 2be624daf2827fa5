import type { Article } from '../corpus/types.js';
import { analyzeText } from '../nlp/tokenize.js';
import type { AnalyzedText } from '../nlp/types.js';
import { wordsOutside } from '../nlp/token-words.js';
import { countWordTerms } from '../nlp/vocabulary.js';
import { notArticleRanges, notOwnVoiceRanges } from '../structure/own-text.js';
import type { ArticleStructure } from '../structure/types.js';
import type { PartWords } from '../structure/word-counts.js';
import { wordsFingerprint } from '../syndication/fingerprint.js';
import { minhashSignature, SIGNATURE_SIZE } from '../syndication/minhash.js';
import { readArticle, scoreArticle, structureOfArticle, type Prepared, type ReadArticle } from './article.js';
import { shardsBySize } from './shards.js';
import { packHits, unpackHits, type PackedHits } from './packed-hits.js';
import type { ArticleFindings } from './types.js';

/** What reading one article found, besides its hits (which travel packed). */
export interface ShardArticle {
  words: number;
  partWords: PartWords;
  structure: ArticleStructure;
}

/**
 * What one shard of articles yields: plain arrays and typed arrays, so it
 * crosses from a worker thread cheaply. Scores are not in it: the thread
 * that receives the hits scores them, which costs less than cloning scores.
 */
export interface ShardResult {
  articles: ShardArticle[];
  hits: PackedHits;
  /** Per outlet, the content terms of its own voice with their counts in this shard. */
  vocabulary: [string, [string, number][]][];
  /** The articles' shingle fingerprints (of their text without boilerplate), one after another; `fingerprintEnds[i]` is where article i's ends. */
  fingerprints: Uint32Array;
  fingerprintEnds: Uint32Array;
  /** The MinHash signatures of those fingerprints, SIGNATURE_SIZE values per article (computed here, in parallel, rather than in the main thread). */
  signatures: Uint32Array;
}

/** A shard's findings, ready for the whole-corpus steps. */
export interface ShardFindings {
  findings: ArticleFindings[];
  fingerprints: Uint32Array[];
  signatures: Uint32Array[];
}

/*
 * A shard is read in batches, one step at a time over each batch: wink's
 * model and our patterns then stay in the processor's caches while a step
 * runs (a few per cent faster than every step per article). A batch is kept
 * small: at 200 KB a batch's data lived long enough to reach the old
 * generation, and peak memory rose by a sixth; at 50 KB it does not.
 */
const BATCH_CHARS = 50_000;

/** Analyses a shard of articles: the same code runs in this thread or in a worker. */
export function analyzeShard(articles: Article[], prepared: Prepared): ShardResult {
  const vocabulary = new Map<string, Map<string, number>>();
  const prints: Uint32Array[] = [];
  const signatures = new Uint32Array(articles.length * SIGNATURE_SIZE);
  const read: ReadArticle[] = [];
  for (const batch of shardsBySize(articles, (a) => a.text.length, BATCH_CHARS)) {
    const analyzed = batch.map((article) => analyzeText(article.text));
    const structures = batch.map((article) => structureOfArticle(article, prepared));
    batch.forEach((article, b) => {
      const text = analyzed[b] as AnalyzedText;
      const found = readArticle(article, { analyzed: text, structure: structures[b] as ArticleStructure }, prepared);
      let terms = vocabulary.get(article.outlet);
      if (!terms) {
        terms = new Map();
        vocabulary.set(article.outlet, terms);
      }
      countWordTerms(wordsOutside(text.tokens, notOwnVoiceRanges(found.structure, prepared.includeBoilerplate)), terms);
      const fingerprint = wordsFingerprint(wordsOutside(text.tokens, notArticleRanges(found.structure, prepared.includeBoilerplate)));
      signatures.set(minhashSignature(fingerprint), read.length * SIGNATURE_SIZE);
      prints.push(fingerprint);
      read.push(found);
    });
  }
  const fingerprintEnds = new Uint32Array(prints.length);
  let length = 0;
  prints.forEach((p, i) => (fingerprintEnds[i] = length += p.length));
  const fingerprints = new Uint32Array(length);
  prints.forEach((p, i) => fingerprints.set(p, (fingerprintEnds[i] as number) - p.length));
  return {
    articles: read.map(({ words, partWords, structure }) => ({ words, partWords, structure })),
    hits: packHits(
      read.map((r) => r.hits),
      prepared.variantIndex,
    ),
    vocabulary: [...vocabulary].map(([outlet, terms]) => [outlet, [...terms]]),
    fingerprints,
    fingerprintEnds,
    signatures,
  };
}

/** Unpacks a shard's hits and scores its articles (`articles` are the shard's, in the order analysed). */
export function expandShard(shard: ShardResult, articles: Article[], prepared: Prepared): ShardFindings {
  const hits = unpackHits(
    shard.hits,
    articles.map((a) => a.text),
    prepared.matcher.variants,
  );
  const findings = articles.map((article, i) => scoreArticle(article, { ...(shard.articles[i] as ShardArticle), hits: hits[i] ?? [] }, prepared));
  const fingerprints = articles.map((_, i) => shard.fingerprints.subarray(i === 0 ? 0 : shard.fingerprintEnds[i - 1], shard.fingerprintEnds[i]));
  const signatures = articles.map((_, i) => shard.signatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE));
  return { findings, fingerprints, signatures };
}

/** Sums shards' vocabularies; the sum does not depend on how the articles were split. */
export function mergeVocabularies(shards: readonly { vocabulary: ShardResult['vocabulary'] }[]): Map<string, Map<string, number>> {
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

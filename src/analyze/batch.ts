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
import type { ArticleRecord } from './types.js';

/** What reading one article found, besides its hits (which travel packed). */
export interface BatchArticle {
  words: number;
  partWords: PartWords;
  structure: ArticleStructure;
}

/**
 * What one batch of articles yields: plain arrays and typed arrays, so it
 * crosses from a worker thread cheaply. Scores are not in it: the thread
 * that receives the hits scores them, which costs less than cloning scores.
 */
export interface BatchResult {
  articles: BatchArticle[];
  hits: PackedHits;
  /** Each article's own-voice content terms, one article after another (in term order); `termEnds[i]` is where article i's end. */
  terms: string[];
  termCounts: Uint32Array;
  termEnds: Uint32Array;
  /** The articles' shingle fingerprints (of their text without boilerplate), one after another; `fingerprintEnds[i]` is where article i's ends. */
  fingerprints: Uint32Array;
  fingerprintEnds: Uint32Array;
  /** The MinHash signatures of those fingerprints, SIGNATURE_SIZE values per article. */
  signatures: Uint32Array;
}

/*
 * A batch is read in steps of about 50 KB, one step at a time over each
 * step's articles: wink's model and our patterns then stay in the
 * processor's caches while a step runs; kept small, a step's data dies young.
 */
const STEP_CHARS = 50_000;

function concat(parts: Uint32Array[]): { values: Uint32Array; ends: Uint32Array } {
  const ends = new Uint32Array(parts.length);
  let length = 0;
  parts.forEach((p, i) => (ends[i] = length += p.length));
  const values = new Uint32Array(length);
  parts.forEach((p, i) => values.set(p, (ends[i] as number) - p.length));
  return { values, ends };
}

/** Reads a batch of articles (structure, tokens, hits, vocabulary, copy fingerprints, MinHash): the same code in this thread or a worker. */
export function readBatch(prepared: Prepared, articles: Article[]): BatchResult {
  const prints: Uint32Array[] = [];
  const signatures = new Uint32Array(articles.length * SIGNATURE_SIZE);
  const read: ReadArticle[] = [];
  const terms: string[] = [];
  const counts: number[] = [];
  const termEnds = new Uint32Array(articles.length);
  for (const step of shardsBySize(articles, (a) => a.text.length, STEP_CHARS)) {
    const analyzed = step.map((article) => analyzeText(article.text));
    const structures = step.map((article) => structureOfArticle(article, prepared));
    step.forEach((article, b) => {
      const text = analyzed[b] as AnalyzedText;
      const found = readArticle(article, { analyzed: text, structure: structures[b] as ArticleStructure }, prepared);
      const own = new Map<string, number>();
      countWordTerms(wordsOutside(text.tokens, notOwnVoiceRanges(found.structure, prepared.includeBoilerplate)), own);
      for (const term of [...own.keys()].sort()) {
        terms.push(term);
        counts.push(own.get(term) as number);
      }
      termEnds[read.length] = terms.length;
      const fingerprint = wordsFingerprint(wordsOutside(text.tokens, notArticleRanges(found.structure, prepared.includeBoilerplate)));
      signatures.set(minhashSignature(fingerprint), read.length * SIGNATURE_SIZE);
      prints.push(fingerprint);
      read.push(found);
    });
  }
  const { values: fingerprints, ends: fingerprintEnds } = concat(prints);
  return {
    articles: read.map(({ words, partWords, structure }) => ({ words, partWords, structure })),
    hits: packHits(
      read.map((r) => r.hits),
      prepared.variantIndex,
    ),
    terms,
    termCounts: Uint32Array.from(counts),
    termEnds,
    fingerprints,
    fingerprintEnds,
    signatures,
  };
}

/** The batch's articles as records: hits unpacked and scored (`articles` are the batch's, in the order read). */
export function recordsOf(batch: BatchResult, articles: Article[], prepared: Prepared): ArticleRecord[] {
  const hits = unpackHits(
    batch.hits,
    articles.map((a) => a.text),
    prepared.matcher.variants,
  );
  return articles.map((article, i) => {
    const from = i === 0 ? 0 : (batch.termEnds[i - 1] as number);
    const vocabulary: [string, number][] = [];
    for (let t = from; t < (batch.termEnds[i] as number); t++) vocabulary.push([batch.terms[t] as string, batch.termCounts[t] as number]);
    return {
      article,
      ...scoreArticle(article, { ...(batch.articles[i] as BatchArticle), hits: hits[i] ?? [] }, prepared),
      vocabulary,
      fingerprint: batch.fingerprints.slice(i === 0 ? 0 : batch.fingerprintEnds[i - 1], batch.fingerprintEnds[i]),
      signature: batch.signatures.slice(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE),
    };
  });
}

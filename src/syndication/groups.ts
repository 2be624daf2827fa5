import { copyDifferences } from './diff.js';
import { bandKeys, minhashSignature } from './minhash.js';
import type { SharedCopyGroup, SharedPair } from './types.js';

/** What shared-copy detection looks at: the text that counts (boilerplate left out where known) and its fingerprint. */
export interface CopyInput {
  id: string;
  text: string;
  /** copyFingerprint(text), computed where the article was analysed: sorted, without repeats. */
  fingerprint: ArrayLike<number> & Iterable<number>;
  /** minhashSignature(fingerprint), when it was computed there too. */
  signature?: Uint32Array;
  title?: string;
  wireSource?: string;
}
/** Two articles sharing at least this Jaccard similarity of shingles print the same copy. */
export const SHARED_THRESHOLD = 0.5;
/** Texts with fewer shingles than this are too short to call a copy of anything. */
const MIN_SHINGLES = 10;
/** 16 bands of 4 rows: a pair at similarity 0.7 becomes a candidate with probability 0.99, at 0.5 with 0.64. */
const BANDS = 16;

/** Jaccard similarity of two sorted lists of distinct hashes, by one merge. */
function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let common = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    const p = this.parent.get(x);
    if (p === undefined || p === x) return x;
    const root = this.find(p);
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)].sort();
    if (ra !== rb) this.parent.set(rb as string, ra as string);
  }
}

/**
 * Groups articles that print the same copy (Jaccard similarity of their
 * 5-word shingle fingerprints ≥ 0.5). MinHash with banded LSH proposes candidates, so the work
 * grows with the corpus, not with its square; each candidate is confirmed
 * with the exact Jaccard similarity. In a band shared by many articles each
 * is compared with the band's first, which keeps a flood of identical items
 * linear too.
 */
export function findSharedCopies(inputs: CopyInput[]): SharedCopyGroup[] {
  const articles = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const printOf = (id: string): ArrayLike<number> => byId.get(id)?.fingerprint ?? [];
  const buckets = new Map<string, string[]>();
  for (const article of articles) {
    if (article.fingerprint.length < MIN_SHINGLES) continue;
    for (const key of bandKeys(article.signature ?? minhashSignature(article.fingerprint), BANDS)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(article.id);
      else buckets.set(key, [article.id]);
    }
  }

  const seen = new Set<string>();
  const pairs: SharedPair[] = [];
  const groups = new UnionFind();
  for (const bucket of buckets.values()) {
    const first = bucket[0] as string;
    for (const other of bucket.slice(1)) {
      const key = `${first}\u0000${other}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const similarity = jaccard(printOf(first), printOf(other));
      if (similarity >= SHARED_THRESHOLD) {
        pairs.push({ a: first, b: other, similarity });
        groups.union(first, other);
      }
    }
  }

  // Both articles of a pair share a root, so a group is the pairs under one root, and its articles are theirs.
  const pairsOf = new Map<string, SharedPair[]>();
  for (const pair of pairs) {
    const root = groups.find(pair.a);
    const own = pairsOf.get(root);
    if (own) own.push(pair);
    else pairsOf.set(root, [pair]);
  }
  return [...pairsOf.values()]
    .map((inGroup) => {
      const sorted = [...new Set(inGroup.flatMap((p) => [p.a, p.b]))].sort();
      const first = byId.get(sorted[0] as string) as CopyInput;
      const agency = sorted.map((id) => byId.get(id)?.wireSource).find((w): w is string => w !== undefined && w !== '');
      return {
        articles: sorted,
        pairs: inGroup,
        minSimilarity: Math.min(...inGroup.map((p) => p.similarity)),
        agency,
        differences: sorted.slice(1).map((id) => {
          const copy = byId.get(id) as CopyInput;
          return { article: id, against: first.id, titleChanged: copy.title !== undefined && first.title !== undefined && copy.title !== first.title, changes: copyDifferences(copy.text, first.text) };
        }),
      };
    });
}

import { copyDifferences } from './diff.js';
import { minhashSignature } from './minhash.js';
import { CopyPrints } from './prints.js';
import type { SharedCopyGroup, SharedPair } from './types.js';

/** What shared-copy detection looks at: the text that counts (boilerplate left out where known) and its fingerprint. */
export interface CopyInput {
  id: string;
  outlet?: string;
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
const ROWS = 4;
/** Article indices take 21 bits in a packed sort key (up to 2 million articles). */
const INDEX_BITS = 2 ** 21;

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

function bandHash(signature: Uint32Array, band: number): number {
  let h = (0x811c9dc5 ^ band) >>> 0;
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = Math.imul(h ^ (signature[r] as number), 0x01000193) >>> 0;
  return h;
}

function sameBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) if (a[r] !== b[r]) return false;
  return true;
}

/** A group of copies before its members' texts are read: ids in id order, and its pairs. */
export interface CopyGroupIds {
  articles: string[];
  pairs: SharedPair[];
}

/**
 * Groups articles that print the same copy (Jaccard similarity of their
 * 5-word shingle fingerprints ≥ 0.5), from fingerprints and signatures
 * alone. MinHash with banded LSH proposes candidates, so the work grows with
 * the corpus, not with its square; each candidate is confirmed with the
 * exact Jaccard similarity. Articles sharing a band are compared with the
 * first of them (in id order), which keeps a flood of identical items
 * linear too. Bands are found by sorting packed numbers rather than through
 * a map of strings, so memory stays at a few bytes per article and band.
 */
export function copyGroups(prints: CopyPrints): CopyGroupIds[] {
  // prints were added in id order, so an article's index orders it as its id does.
  const keys: number[] = [];
  for (let i = 0; i < prints.size; i++) {
    if (prints.fingerprint(i).length < MIN_SHINGLES) continue;
    const signature = prints.signature(i);
    for (let b = 0; b < BANDS; b++) keys.push(bandHash(signature, b) * INDEX_BITS + i);
  }
  const sorted = Float64Array.from(keys).sort();
  const candidates: number[] = [];
  for (let run = 0; run < sorted.length; ) {
    const hash = Math.floor((sorted[run] as number) / INDEX_BITS);
    let end = run + 1;
    while (end < sorted.length && Math.floor((sorted[end] as number) / INDEX_BITS) === hash) end++;
    if (end - run > 1) {
      // One hash may stand for several bands (or band contents): split the run by exact contents, each part's first in index order.
      const members = Array.from(sorted.subarray(run, end), (k) => k % INDEX_BITS);
      const done = new Set<number>();
      for (const first of members) {
        if (done.has(first)) continue;
        done.add(first);
        const signature = prints.signature(first);
        for (let b = 0; b < BANDS; b++) {
          if (bandHash(signature, b) !== hash) continue;
          for (const other of members) {
            if (other === first || done.has(other) || !sameBand(signature, prints.signature(other), b)) continue;
            done.add(other);
            candidates.push(first * INDEX_BITS + other);
          }
        }
      }
    }
    run = end;
  }
  const pairs: SharedPair[] = [];
  const groups = new UnionFind();
  const unique = Float64Array.from(candidates).sort();
  for (let c = 0; c < unique.length; c++) {
    if (c > 0 && unique[c] === unique[c - 1]) continue;
    const a = Math.floor((unique[c] as number) / INDEX_BITS);
    const b = (unique[c] as number) % INDEX_BITS;
    const similarity = jaccard(prints.fingerprint(a), prints.fingerprint(b));
    if (similarity < SHARED_THRESHOLD) continue;
    const pair = { a: prints.ids[a] as string, b: prints.ids[b] as string, similarity };
    pairs.push(pair);
    groups.union(pair.a, pair.b);
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
    .map((inGroup) => ({ articles: [...new Set(inGroup.flatMap((p) => [p.a, p.b]))].sort(), pairs: inGroup }))
    .sort((x, y) => ((x.articles[0] as string) < (y.articles[0] as string) ? -1 : 1));
}

/** What describing a group needs of each member: the text compared (boilerplate left out), its title and the agency its manifest names. */
export interface CopyMember {
  id: string;
  outlet?: string;
  text: string;
  title?: string;
  wireSource?: string;
}

/** A group with its agency and what each copy changed against the first, from its members' texts. */
export function describeGroup(group: CopyGroupIds, members: ReadonlyMap<string, CopyMember>): SharedCopyGroup {
  const first = members.get(group.articles[0] as string) as CopyMember;
  const agency = group.articles.map((id) => members.get(id)?.wireSource).find((w): w is string => w !== undefined && w !== '');
  return {
    articles: group.articles,
    members: group.articles.map((id) => ({ id, outlet: members.get(id)?.outlet ?? '', title: members.get(id)?.title ?? null })),
    pairs: group.pairs,
    minSimilarity: Math.min(...group.pairs.map((p) => p.similarity)),
    agency,
    differences: group.articles.slice(1).map((id) => {
      const copy = members.get(id) as CopyMember;
      return { article: id, against: first.id, titleChanged: copy.title !== undefined && first.title !== undefined && copy.title !== first.title, changes: copyDifferences(copy.text, first.text) };
    }),
  };
}

/** Groups of shared copies among articles held in memory (the library's and the tests' way in). */
export function findSharedCopies(inputs: CopyInput[]): SharedCopyGroup[] {
  const articles = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const prints = new CopyPrints();
  for (const a of articles) prints.add(a.id, Uint32Array.from(a.fingerprint), a.signature ?? minhashSignature(Uint32Array.from(a.fingerprint)));
  const byId = new Map(articles.map((a) => [a.id, a]));
  return copyGroups(prints).map((group) => describeGroup(group, byId));
}

import type { AnalyzedText } from '../nlp/types.js';
import { normalizeKeepingCase } from '../nlp/normalize.js';
import { CASED, type Matcher } from './compile.js';
import { distancingHolds } from './distancing.js';
import type { TrieNode } from './trie.js';
import type { Hit, VariantInfo } from './types.js';
import { matchUnits, type MatchUnits } from './units.js';

interface Candidate {
  info: VariantInfo;
  start: number;
  end: number;
  units: number;
  sentence: number;
  /** Index of the first and the last unit of the match. */
  first: number;
  last: number;
}

/** The children a unit's key reaches from a node: by its own form and inflecting edges, then by prefix-wildcard edges (cased and POS edges depend on more than the key). */
type Children = readonly [readonly TrieNode[], readonly TrieNode[]];

const NONE: readonly TrieNode[] = [];
const NO_CHILDREN: Children = [NONE, NONE];
const NO_EDGES: readonly string[] = [];

function keyedChildren(node: TrieNode, matcher: Matcher, key: string): Children {
  const byKey: TrieNode[] = [];
  const next = node.next;
  if (next) {
    const own = next.get(key);
    if (own) byKey.push(own);
    for (const edge of matcher.inflectedEdges.get(key) ?? NO_EDGES) {
      const child = next.get(edge);
      if (child) byKey.push(child);
    }
  }
  const byPrefix: TrieNode[] = [];
  if (node.prefixes) {
    const [shortest, longest] = node.prefixLengths as [number, number];
    for (let n = shortest; n <= Math.min(longest, key.length); n++) {
      const child = node.prefixes.get(key.slice(0, n));
      if (child) byPrefix.push(child);
    }
  }
  return byKey.length === 0 && byPrefix.length === 0 ? NO_CHILDREN : [byKey, byPrefix];
}

/*
 * Every unit starts a walk at the root, and a corpus repeats a small
 * vocabulary, so what each key reaches from a node is remembered per node
 * (nodes belong to one matcher); a node's memo is dropped when it grows past
 * a bound, so memory stays flat on any corpus.
 */
const memos = new WeakMap<TrieNode, Map<string, Children>>();
const MEMO_LIMIT = 20_000;

function memoOf(node: TrieNode): Map<string, Children> {
  let memo = memos.get(node);
  if (!memo) {
    memo = new Map();
    memos.set(node, memo);
  }
  return memo;
}

function remember(memo: Map<string, Children>, node: TrieNode, matcher: Matcher, key: string): Children {
  const children = keyedChildren(node, matcher, key);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, children);
  return children;
}

/**
 * Walks the trie from every unit of every sentence, depth first; a token may
 * follow the edge of its own form, the inflecting edges it belongs to, its
 * case-sensitive form, and the node's prefix-wildcard and POS edges it fits.
 */
function findCandidates(units: MatchUnits, matcher: Matcher, found: Candidate[], exceptions: Candidate[]): void {
  const { at, sentenceEnds } = units;
  const { norms, texts, pos, starts, ends } = units.tokens;
  let sentence = 0;
  let start = 0;
  let sentenceStart = 0;
  let limit = 0;
  const root = matcher.root;
  const rootMemo = memoOf(root);

  const reach = (child: TrieNode, j: number): void => {
    for (const end of child.ends) {
      // Units covered, gaps included, so a proximity match ranks by the stretch of text it spans.
      const candidate: Candidate = { info: matcher.variants[end.variant] as VariantInfo, start: starts[at[start] as number] as number, end: ends[at[j] as number] as number, units: j - start + 1, sentence, first: start, last: j };
      (end.exception ? exceptions : found).push(candidate);
    }
    if (j + 1 < limit && (child.next || child.prefixes || child.pos || child.gaps)) walk(child, j + 1);
  };
  const walk = (node: TrieNode, j: number): void => {
    const t = at[j] as number;
    const key = norms[t] as string;
    const memo = node === root ? rootMemo : memoOf(node);
    const children = memo.get(key) ?? remember(memo, node, matcher, key);
    const byKey = children[0];
    for (let c = 0; c < byKey.length; c++) reach(byKey[c] as TrieNode, j);
    if (node.cased) {
      const child = node.next?.get(`${CASED}${normalizeKeepingCase(texts[t] as string)}`);
      if (child) reach(child, j);
    }
    const byPrefix = children[1];
    for (let c = 0; c < byPrefix.length; c++) reach(byPrefix[c] as TrieNode, j);
    if (node.pos) for (const edge of node.pos) if (edge.tags.has(pos[t] as string)) reach(edge.node, j);
    // A gap skips 0 to max units; what follows it is matched from there, within the sentence.
    if (node.gaps) for (const gap of node.gaps) for (let k = 1; k <= gap.max && j + k < limit; k++) walk(gap.node, j + k);
    if (node.gaps) for (const gap of node.gaps) walk(gap.node, j);
  };

  for (; sentence < sentenceEnds.length; sentence++) {
    limit = sentenceEnds[sentence] as number;
    for (start = sentenceStart; start < limit; start++) walk(matcher.root, start);
    sentenceStart = limit;
  }
}

/** Longer matches first (in units, then characters); then earlier; then earlier-declared variants. */
function precedence(a: Candidate, b: Candidate): number {
  return b.units - a.units || b.end - b.start - (a.end - a.start) || a.start - b.start || a.info.order - b.info.order;
}

/**
 * Hits of one text: every pattern match not cancelled by an exception of its
 * own variant, then, within each referent, the longest match wins and a span
 * counts once. Different referents may overlap.
 */
export function matchText(text: string, analyzed: AnalyzedText, matcher: Matcher): Hit[] {
  const found: Candidate[] = [];
  const exceptions: Candidate[] = [];
  const units = matchUnits(analyzed);
  findCandidates(units, matcher, found, exceptions);

  const unexcepted = exceptions.length === 0 ? found : found.filter((c) => !exceptions.some((e) => e.info === c.info && e.start <= c.start && e.end >= c.end));
  const live = unexcepted.filter((c) => !c.info.distanced || distancingHolds(units, c.first, c.last));
  live.sort(precedence);
  const taken = new Map<string, Candidate[]>();
  const kept: Candidate[] = [];
  for (const c of live) {
    const inReferent = taken.get(c.info.referentKey);
    if (inReferent?.some((k) => k.start < c.end && c.start < k.end)) continue;
    if (inReferent) inReferent.push(c);
    else taken.set(c.info.referentKey, [c]);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.info.order - b.info.order);
  return kept.map((c) => ({
    id: c.info.id,
    lexicon: c.info.lexicon,
    referent: c.info.referent,
    variant: c.info.variant,
    category: c.info.category,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    sentence: c.sentence,
  }));
}

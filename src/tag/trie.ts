/** What ends at a trie node: a pattern (or an exception) of one variant, so many units long. */
export interface PatternEnd {
  variant: number;
  length: number;
  exception: boolean;
}

/** A part-of-speech edge (`[ADJ|PROPN]`): taken by any unit with one of the tags. */
export interface PosEdge {
  key: string;
  tags: Set<string>;
  node: TrieNode;
}

/**
 * Exact edges (a unit's own key, an inflecting `~word`, a case-sensitive
 * word) are map lookups, and so are prefix-wildcard edges (`genocid*`: one
 * lookup per prefix length of the unit's key). Only the POS edges of a node
 * are checked one by one, and there is one per distinct set of tags. So
 * matching cost depends on the text, not on the number of entries. Maps are
 * made only where a node has such edges: most nodes of a large lexicon are
 * leaves.
 */
export interface TrieNode {
  next?: Map<string, TrieNode>;
  ends: PatternEnd[];
  /** Prefix-wildcard edges by normalised prefix. */
  prefixes?: Map<string, TrieNode>;
  /** The shortest and longest prefix of `prefixes`, to bound the lookups. */
  prefixLengths?: [number, number];
  pos?: PosEdge[];
  /** Proximity edges (`~n`): the next step may be taken up to `max` units further on. */
  gaps?: GapEdge[];
  /** Whether some edge of `next` is a case-sensitive word, so matching looks up the unit's cased form only where it can help. */
  cased?: boolean;
}

/** A proximity edge: what follows it may begin up to `max` units after the unit before it. */
export interface GapEdge {
  max: number;
  node: TrieNode;
}

/** How one step of a path leaves a node. */
export type TrieEdge = { kind: 'key'; key: string; cased?: boolean } | { kind: 'prefix'; prefix: string } | { kind: 'pos'; tags: string[] } | { kind: 'gap'; max: number };

export function newNode(): TrieNode {
  return { ends: [] };
}

function childIn(map: Map<string, TrieNode>, key: string): TrieNode {
  let next = map.get(key);
  if (!next) {
    next = newNode();
    map.set(key, next);
  }
  return next;
}

function child(node: TrieNode, edge: TrieEdge): TrieNode {
  if (edge.kind === 'key') {
    if (edge.cased) node.cased = true;
    return childIn((node.next ??= new Map()), edge.key);
  }
  if (edge.kind === 'prefix') {
    const [shortest, longest] = node.prefixLengths ?? [edge.prefix.length, edge.prefix.length];
    node.prefixLengths = [Math.min(shortest, edge.prefix.length), Math.max(longest, edge.prefix.length)];
    return childIn((node.prefixes ??= new Map()), edge.prefix);
  }
  if (edge.kind === 'gap') {
    node.gaps ??= [];
    let gap = node.gaps.find((g) => g.max === edge.max);
    if (!gap) node.gaps.push((gap = { max: edge.max, node: newNode() }));
    return gap.node;
  }
  const key = [...edge.tags].sort().join('|');
  node.pos ??= [];
  let found = node.pos.find((p) => p.key === key);
  if (!found) node.pos.push((found = { key, tags: new Set(edge.tags), node: newNode() }));
  return found.node;
}

/** Adds one path of edges. */
export function insertPath(root: TrieNode, edges: TrieEdge[], end: PatternEnd): void {
  let node = root;
  for (const edge of edges) node = child(node, edge);
  if (!node.ends.some((e) => e.variant === end.variant && e.exception === end.exception)) node.ends.push(end);
}

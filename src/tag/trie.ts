/** What ends at a trie node: a pattern (or an exception) of one variant, so many units long. */
export interface PatternEnd {
  variant: number;
  length: number;
  exception: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  ends: PatternEnd[];
}

export function newNode(): TrieNode {
  return { next: new Map(), ends: [] };
}

/**
 * Adds a phrase whose every position accepts a set of keys (a word and its
 * inflected forms). Matching cost then depends on the text, not on the
 * number of entries.
 */
export function insertPhrase(root: TrieNode, keySets: string[][], end: PatternEnd): void {
  let frontier = [root];
  for (const keys of keySets) {
    const nextFrontier: TrieNode[] = [];
    for (const node of frontier) {
      for (const key of keys) {
        let child = node.next.get(key);
        if (!child) {
          child = newNode();
          node.next.set(key, child);
        }
        if (!nextFrontier.includes(child)) nextFrontier.push(child);
      }
    }
    frontier = nextFrontier;
  }
  for (const node of frontier) {
    if (!node.ends.some((e) => e.variant === end.variant && e.exception === end.exception)) node.ends.push(end);
  }
}

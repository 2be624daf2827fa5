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

/** Adds one phrase as a path of edge keys; matching cost then depends on the text, not on the number of entries. */
export function insertPhrase(root: TrieNode, keys: string[], end: PatternEnd): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = newNode();
      node.next.set(key, child);
    }
    node = child;
  }
  if (!node.ends.some((e) => e.variant === end.variant && e.exception === end.exception)) node.ends.push(end);
}

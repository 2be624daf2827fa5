/** 32-bit FNV-1a of an id. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Which of `count` shards (1 to count) an article belongs to, from its id
 * alone: every process that reads the corpus agrees, whatever order it
 * reads it in, and no shard needs to know the others.
 */
export function shardOf(id: string, count: number): number {
  return (idHash(id) % count) + 1;
}
